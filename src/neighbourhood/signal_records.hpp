#pragma once
// The records of contact moments with residents and their signals, as the store keeps them and
// the use cases hand them on, and the checks of what a user enters for them. Pure: the checks
// against the work area (does the wijk exist, does the buurt lie in it) are the store's.
//
// Who may see and record what: neighbourhood/signals.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/errors.hpp"
#include "neighbourhood/addresses.hpp"

namespace leefbaar::neighbourhood {

// Thrown when a user asks for details they may not see, or does what only staff or a beheerder
// may do with signals (the API answers 403).
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

// Which contact moments a list shows: each member set narrows it; one page of limit rows from
// offset. The total is counted after the access rule, so it is what the viewer may see.
struct ContactFilter {
  int year = 0;                  // 0: every year
  std::string wijk;              // a wijk code
  std::string signal;            // a kind from signal_kinds(): contact moments with that signal
  std::string follow_up_status;  // from follow_up_statuses()
  long long limit = 50, offset = 0;
};
inline constexpr long long kMaxContactPage = 200;
// One page of such a list: its contact moments and how many match in all.
struct ContactPage {
  std::vector<ContactMoment> contacts;
  long long total = 0;
};

// A change of the follow-up: each member set replaces the stored value ("" clears the referral or
// date); unset members stay.
struct FollowUpChange {
  std::optional<std::string> referral, follow_up_date, follow_up_status;
};

// A wijk or buurt of the work area (for the form and the counts).
struct SignalArea {
  std::string code, name, wijk;  // wijk: the buurt's wijk ("" for a wijk)
};

// Signals counted per month (YYYY-MM), wijk and kind: no personal data.
struct SignalCount {
  std::string month, wijk, kind;
  long long n = 0;
};

// A resident's request (GDPR): the contact moments about one address (postcode + house number,
// optionally the addition) or one resident reference, among those one organisation recorded.
struct ResidentQuery {
  std::int64_t organisation = 0;  // whose records: the beheerder's own organisation
  std::string postcode, huisnummer, toevoeging, resident_ref;
};

// The checks of what is entered (signal_records.cpp). Each throws FieldError naming the field,
// with a Dutch message.

// An address of a contact moment (neighbourhood/addresses.hpp), read by the signals' own rule
// rather than parse_address's: the house number digits only, the addition as written (upper case,
// up to 10 characters). All empty when nothing was entered.
Address checked_contact_address(const std::string& postcode, const std::string& huisnummer,
                                const std::string& toevoeging);

// A contact moment as it is stored: trimmed, every value from its list, the signals sorted and
// without repeats, done_on set when the follow-up is completed. SignalAccessDenied when `by` may
// not record signals; FieldError("wijk") when not in this wijk. `today`: YYYY-MM-DD.
struct CheckedContact {
  std::string date, wijk, buurt, kind;
  std::vector<std::string> signals;
  Address address;
  std::string resident_ref, note, referral, follow_up_date, follow_up_status, done_on;
};
CheckedContact checked_contact(const User& by, const ContactInput& input, const std::string& today);

// The follow-up of a stored contact moment, and a change applied to it: answers the Dutch names
// of what changed (for the audit; empty when nothing did).
struct FollowUp {
  std::string contact_date, referral, follow_up_date, status, done_on;
};
std::vector<std::string> apply_follow_up_change(FollowUp& follow_up, const FollowUpChange& change,
                                                const std::string& today);

// A follow-up note, trimmed; FieldError("note") when empty or too long.
std::string checked_follow_up_note(const std::string& note);

// What a resident's request looks for: the address when one is given, the reference (lower case)
// when one is given; FieldError("postcode") when neither is.
struct ResidentSearch {
  std::optional<Address> address;
  std::string resident_ref;
};
ResidentSearch checked_resident_query(const ResidentQuery& query);

}  // namespace leefbaar::neighbourhood
