#pragma once
// Contact moments with residents and their signals (loneliness, confused behaviour, nuisance, ...),
// with a referral and follow-up: the most sensitive data in the application.
//
// Who sees what: neighbourhood/signals.hpp (may_see_details).
// A resident's request (inzage, wissen) is answered by each organisation for its own records.
//
// Every read of personal data and every change writes an audit entry with its purpose, in the same
// transaction. The audit detail never holds the personal data itself.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "neighbourhood/signal_records.hpp"
#include "neighbourhood/signals.hpp"
#include "store/database.hpp"
#include "store/signal_sharing.hpp"
#include "store/users.hpp"

namespace leefbaar::store {

// The records (neighbourhood/signal_records.hpp), named here for the store's own code.
using neighbourhood::ContactFilter;
using neighbourhood::ContactInput;
using neighbourhood::ContactMoment;
using neighbourhood::ContactPage;
using neighbourhood::FollowUpChange;
using neighbourhood::FollowUpNote;
using neighbourhood::ResidentQuery;
using neighbourhood::SignalAccessDenied;
using neighbourhood::SignalArea;
using neighbourhood::SignalCount;

// Records a contact moment; throws SignalAccessDenied when `by` may not record signals, FieldError
// naming the field (neighbourhood::checked_contact, or a wijk or buurt the work area lacks).
// Answers its id, and its wijk and number of signals as stored (for the caller's audit entry).
struct RecordedContact {
  std::int64_t id = 0;
  std::string wijk;
  std::size_t signals = 0;
};
RecordedContact record_contact(Database& db, std::int64_t work_area, const User& by,
                               const ContactInput& input,
                               std::chrono::system_clock::time_point now);

// The contact moments of the work area whose details `viewer` may see and that match `filter`,
// newest first, one page of them, without the address, reference, note or follow-up notes
// (has_personal_data tells whether there are any); total: how many match in all. Nothing for a
// viewer who is not staff.
ContactPage list_contacts(Database& db, std::int64_t work_area, const User& viewer,
                          const ContactFilter& filter);
// Whether the work area has a contact moment with this id.
bool contact_exists(Database& db, std::int64_t work_area, std::int64_t id);
// One contact moment with its details and follow-up notes; nullopt when the work area has none
// with this id; SignalAccessDenied when viewer may not see it.
std::optional<ContactMoment> read_contact(Database& db, std::int64_t work_area, const User& viewer,
                                          std::int64_t id);

// A change of the follow-up (FollowUpChange): what changed (neighbourhood::apply_follow_up_change;
// empty when nothing did), nullopt when not found. Throws FieldError, SignalAccessDenied.
std::optional<std::vector<std::string>> update_follow_up(Database& db, std::int64_t work_area,
                                                         const User& by, std::int64_t id,
                                                         const FollowUpChange& change,
                                                         std::chrono::system_clock::time_point now);
// Adds a follow-up note (dated today); returns its id, nullopt when the contact is not found.
std::optional<std::int64_t> add_follow_up_note(Database& db, std::int64_t work_area, const User& by,
                                               std::int64_t id, const std::string& note,
                                               std::chrono::system_clock::time_point now);

// The wijken and buurten of the work area (for the form and the counts), sorted by code.
std::vector<SignalArea> signal_areas(Database& db, std::int64_t work_area);

// Counts of signals per month (YYYY-MM), wijk and kind, live records plus the anonymous counts of
// purged ones; no personal data, so for every role. year 0: all years.
std::vector<SignalCount> count_signals(Database& db, std::int64_t work_area, int year);

// A resident's request (GDPR, ResidentQuery; signals_residents.cpp). Both throw FieldError when the
// query names neither an address nor a reference.
//
// Every contact moment about the resident that the query's organisation recorded in the work
// area, with details (for its beheerder, who answers the request for the own records).
std::vector<ContactMoment> find_resident_contacts(Database& db, std::int64_t work_area,
                                                  const ResidentQuery& query);
// Erases them (their signals stay only as anonymous counts). Returns how many contact moments were
// erased.
int erase_resident_contacts(Database& db, std::int64_t work_area, const ResidentQuery& query);

namespace detail {
// Adds the signals of these contact moments to the anonymous count archive, then deletes them
// (their follow-up notes go with them). Inside the caller's transaction; returns how many.
int archive_and_delete_contacts(Database& db, std::int64_t work_area,
                                const std::vector<std::int64_t>& ids);
}  // namespace detail

}  // namespace leefbaar::store
