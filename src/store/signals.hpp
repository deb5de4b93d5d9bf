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
using neighbourhood::ContactInput;
using neighbourhood::ContactMoment;
using neighbourhood::FollowUpChange;
using neighbourhood::FollowUpNote;
using neighbourhood::ResidentQuery;
using neighbourhood::SignalAccessDenied;
using neighbourhood::SignalArea;
using neighbourhood::SignalCount;

// Records a contact moment; throws SignalAccessDenied when `by` may not record signals, FieldError
// naming the field (neighbourhood::checked_contact, or a wijk or buurt the work area lacks).
// Returns its id.
std::int64_t record_contact(Database& db, std::int64_t work_area, const User& by,
                            const ContactInput& input, std::chrono::system_clock::time_point now);

// The contact moments of the work area whose details `viewer` may see, newest first, without the
// address, reference, note or follow-up notes (has_personal_data tells whether there are any).
// Audited as a read with `purpose`; optional filter on year (0: all).
std::vector<ContactMoment> list_contacts(Database& db, std::int64_t work_area, const User& viewer,
                                         int year, const std::string& purpose);
// Whether the work area has a contact moment with this id.
bool contact_exists(Database& db, std::int64_t work_area, std::int64_t id);
// One contact moment with its details and follow-up notes; nullopt when the work area has none
// with this id; SignalAccessDenied when viewer may not see it. Audited with `purpose`.
std::optional<ContactMoment> read_contact(Database& db, std::int64_t work_area, const User& viewer,
                                          std::int64_t id, const std::string& purpose);

// A change of the follow-up (FollowUpChange). Throws FieldError, SignalAccessDenied; false when
// not found.
bool update_follow_up(Database& db, std::int64_t work_area, const User& by, std::int64_t id,
                      const FollowUpChange& change, std::chrono::system_clock::time_point now);
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
// area, with details (for its beheerder, who answers the request for the own records). Audited
// with `purpose` (inzageverzoek).
std::vector<ContactMoment> find_resident_contacts(Database& db, std::int64_t work_area,
                                                  const std::string& actor,
                                                  const ResidentQuery& query,
                                                  const std::string& purpose);
// Erases them (their signals stay only as anonymous counts); audited as verwijderverzoek. Returns
// how many contact moments were erased.
int erase_resident_contacts(Database& db, std::int64_t work_area, const std::string& actor,
                            const ResidentQuery& query);

namespace detail {
// Adds the signals of these contact moments to the anonymous count archive, then deletes them
// (their follow-up notes go with them). Inside the caller's transaction; returns how many.
int archive_and_delete_contacts(Database& db, std::int64_t work_area,
                                const std::vector<std::int64_t>& ids);
}  // namespace detail

}  // namespace leefbaar::store
