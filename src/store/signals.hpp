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
#include <stdexcept>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "neighbourhood/signals.hpp"
#include "store/database.hpp"
#include "store/signal_sharing.hpp"
#include "store/users.hpp"

namespace leefbaar::store {

// Thrown when a user asks for details they may not see (the API answers 403).
class SignalAccessDenied : public ForbiddenError {
 public:
  SignalAccessDenied()
      : ForbiddenError(
            "Alleen de organisatie die dit contact vastlegde ziet de details, en het wijkteam van "
            "deze wijk als die organisatie ze met uw organisatie deelt. U ziet de aantallen.") {}
};

struct ContactInput {
  std::string date;  // YYYY-MM-DD, not in the future
  std::string wijk, buurt, kind;
  std::vector<std::string> signals;  // at least one
  // Only when there is follow-up (a referral, or status open/bezig): an address or a reference.
  std::string postcode, huisnummer, toevoeging, resident_ref;
  std::string note;
  std::string referral;  // "" for none
  std::string follow_up_date, follow_up_status = "geen";
};

struct FollowUpNote {
  std::int64_t id = 0;
  std::string date, note, written_by;
};

struct ContactMoment {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string organisation, recorded_by;
  std::string date, wijk, buurt, kind;
  std::vector<std::string> signals;
  std::string postcode;
  int huisnummer = 0;  // 0: none
  std::string toevoeging, resident_ref, note, referral;
  std::string follow_up_date, follow_up_status, done_on;
  std::string created_at, updated_at;
  std::vector<FollowUpNote> notes;
  // Whether it holds an address, reference, note or follow-up notes (set in the list, which
  // leaves them out, so that the list says there is more without reading it).
  bool has_personal_data = false;
};

// Records a contact moment; throws FieldError naming the field. Returns its id.
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

// A change of the follow-up: each member set replaces the stored value ("" clears the referral or
// date); unset members stay. Throws FieldError, SignalAccessDenied; false when not found.
struct FollowUpChange {
  std::optional<std::string> referral, follow_up_date, follow_up_status;
};
bool update_follow_up(Database& db, std::int64_t work_area, const User& by, std::int64_t id,
                      const FollowUpChange& change, std::chrono::system_clock::time_point now);
// Adds a follow-up note (dated today); returns its id, nullopt when the contact is not found.
std::optional<std::int64_t> add_follow_up_note(Database& db, std::int64_t work_area, const User& by,
                                               std::int64_t id, const std::string& note,
                                               std::chrono::system_clock::time_point now);

// The wijken and buurten of the work area (for the form and the counts), sorted by code.
struct SignalArea {
  std::string code, name, wijk;  // wijk: the buurt's wijk ("" for a wijk)
};
std::vector<SignalArea> signal_areas(Database& db, std::int64_t work_area);

// Counts of signals per month (YYYY-MM), wijk and kind, live records plus the anonymous counts of
// purged ones; no personal data, so for every role. year 0: all years.
struct SignalCount {
  std::string month, wijk, kind;
  long long n = 0;
};
std::vector<SignalCount> count_signals(Database& db, std::int64_t work_area, int year);

// A resident's request (GDPR): the contact moments about one address (postcode + house number,
// optionally the addition) or one resident reference. Throws FieldError when neither is given.
struct ResidentQuery {
  std::int64_t organisation = 0;  // whose records: the beheerder's own organisation
  std::string postcode, huisnummer, toevoeging, resident_ref;
};
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
