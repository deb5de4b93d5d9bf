#pragma once
// Resident initiatives: an idea in one buurt, the households it concerns, the supports of its
// residents (one per address), the majority rule, the wijk team's decision with the pledges of each
// organisation, and then realisation and evaluation. Residents submit and support on the public
// portal and confirm by an e-mail link (only the token's SHA-256 is kept; the mail waits in an
// outbox for the relay); staff enter initiatives and paper supports themselves.
//
// Households concerned (count_households): the addresses of the buurt in the CBS pc6hnr table,
// where every corporation home at such an address counts as its own household (5a, 5b and 5c at
// pc6hnr address 5 are three), plus corporation homes whose own buurtcode is the buurt but whose
// address the table does not know. An initiative may instead concern a circle or a drawn polygon
// (store/households.hpp: BAG addresses inside, or the corporation's homes when no BAG is loaded).
// The count is fixed when the initiative is made, so the rule does not move under a running
// initiative when a new import arrives.
#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "neighbourhood/areas.hpp"
#include "neighbourhood/initiatives.hpp"
#include "store/database.hpp"
#include "store/initiatives_area.hpp"
#include "store/outbox.hpp"

namespace leefbaar::store {

using leefbaar::ConflictError;

inline constexpr const char* kInitiativeTypes[] = {
    "buurtfeest", "speelplek", "groen",      "ontmoeten",  "schoon",
    "jeugd",      "ouderen",   "buurtkrant", "veiligheid", "overig"};
using neighbourhood::InitiativeState;
using neighbourhood::MajorityRule;

// The work area's majority rule (the default when none was saved).
MajorityRule load_majority_rule(Database& db, std::int64_t work_area);
// Throws FieldError for a share outside (0, 1) or weeks outside 1..52.
void save_majority_rule(Database& db, std::int64_t work_area, const MajorityRule& rule,
                        const std::string& actor);

// A postal address, normalised: postcode "9401AB", house number, addition upper case ("A", "2").
struct Address {
  std::string postcode;
  int huisnummer = 0;
  std::string toevoeging;
  std::string key() const;  // "9401AB 12" or "9401AB 12-A": one support per key
};
// Throws FieldError("postcode" / "huisnummer" / "toevoeging") with a Dutch message.
Address parse_address(const std::string& postcode, const std::string& huisnummer,
                      const std::string& toevoeging = {});

using neighbourhood::AreaRef;
// The buurt of an address by whichever register places it (the pc6hnr table, the BAG point, the
// stock's buurt or point); nullopt when none does.
std::optional<AreaRef> buurt_of_address(Database& db, std::int64_t work_area, const Address& a);
// Whether a register of the work area (the pc6hnr table, the BAG addresses or the stock) has the
// address with its addition (see require_register_address in households.hpp).
bool known_address(Database& db, std::int64_t work_area, const Address& a);
// A buurt of the work area by code (with its wijk and gemeente); nullopt when unknown.
std::optional<AreaRef> find_buurt(Database& db, std::int64_t work_area, const std::string& code);
std::vector<AreaRef> list_buurten(Database& db, std::int64_t work_area);
long long count_households(Database& db, std::int64_t work_area, const std::string& buurt);

struct Pledge {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  long long amount_cents = 0, hours = 0;
  std::string means;
};

struct NewInitiative {
  std::string title, description, type;
  std::string buurt_code;           // picked by staff; empty: from the location address
  std::optional<Address> location;  // the place of the initiative
  std::optional<double> lat, lon;   // a point on the map (kept as given; a shape's centre if none)
  InitiativeArea shape;             // the households concerned: the buurt, a circle or a polygon
  long long asked_amount_cents = 0, asked_hours = 0;
  std::string asked_materials;
  std::optional<std::int64_t> asked_organisation_id;
  std::string source = "medewerker";  // portaal, medewerker, papier
};

struct Initiative {
  std::int64_t id = 0;
  std::string title, description, type;
  AreaRef area;
  std::optional<std::string> location_postcode;
  std::optional<int> location_huisnummer;
  std::optional<double> lat, lon;
  InitiativeArea shape;
  long long households = 0;
  std::string households_basis;  // pc6hnr (a buurt), bag or corporatie (a shape)
  long long asked_amount_cents = 0, asked_hours = 0;
  std::string asked_materials;
  std::optional<std::int64_t> asked_organisation_id;
  std::string asked_organisation_name;
  std::string source, entered_by;
  InitiativeState state = InitiativeState::open;
  std::string created_at;
  std::string majority_at, decision_due, decided_at, decided_by, refusal_reason;
  std::string realised_at, evaluated_at, evaluation;
  long long supports = 0;  // confirmed
  long long needed = 0;    // the smallest number of supports that is a majority
  bool supported = false;
  bool overdue = false;  // majority reached, undecided, and past the decision date
  std::vector<Pledge> pledges;
};

struct InitiativeFilter {
  std::optional<std::vector<std::string>> wijken;  // restrict to these wijken (a wijk team)
  std::string wijk;                                // exact; empty: any
  std::optional<InitiativeState> state;            // none: any
  std::optional<int> year;                         // year of created_at
  bool include_unconfirmed = false;
};

using TimePoint = std::chrono::system_clock::time_point;

// Validates and stores; staff initiatives are open at once, portal ones wait for the e-mail link.
// Throws FieldError naming the field.
std::int64_t create_initiative(Database& db, std::int64_t work_area, const NewInitiative& in,
                               TimePoint now, const std::string& actor);
std::vector<Initiative> list_initiatives(Database& db, std::int64_t work_area,
                                         const InitiativeFilter& filter, TimePoint now);
std::optional<Initiative> find_initiative(Database& db, std::int64_t work_area, std::int64_t id,
                                          TimePoint now);

// A support entered by staff from a paper list (confirmed at once). Throws ConflictError when the
// address already supports it, FieldError when the address is unknown or outside the buurt (or the
// initiative's circle or polygon) or the initiative is not open.
std::int64_t add_paper_support(Database& db, std::int64_t work_area, std::int64_t initiative,
                               const Address& address, TimePoint now, const std::string& actor);

struct SupportRow {
  std::int64_t id = 0;
  std::string address_key, source, entered_by, created_at;
};
// The confirmed supports; an audited read of personal data with its purpose.
std::vector<SupportRow> list_supports(Database& db, std::int64_t work_area, std::int64_t initiative,
                                      const std::string& actor, const std::string& purpose);

struct Decision {
  bool approve = false;
  std::string reason;  // required for a refusal
  std::vector<Pledge> pledges;
};
// Approval needs the majority and at least one pledge; a refusal a reason. Throws ConflictError
// when the initiative is already decided.
void decide_initiative(Database& db, std::int64_t work_area, std::int64_t initiative,
                       const Decision& d, TimePoint now, const std::string& actor);
// goedgekeurd -> gerealiseerd -> geevalueerd (with an evaluation text).
void advance_initiative(Database& db, std::int64_t work_area, std::int64_t initiative,
                        InitiativeState to, const std::string& evaluation, TimePoint now,
                        const std::string& actor);

// The portal. Each returns the token of the e-mail link (also put in the outbox mail as
// link_base + token, link_base being an absolute address). The token is a secret: never log it.
struct PortalMail {
  std::string token;
  std::int64_t id = 0;  // the initiative or support waiting for confirmation
};
PortalMail submit_portal_initiative(Database& db, std::int64_t work_area, const NewInitiative& in,
                                    const std::string& email, const std::string& link_base,
                                    TimePoint now);
// Throws ConflictError when the address already supports it; FieldError as add_paper_support.
PortalMail submit_portal_support(Database& db, std::int64_t work_area, std::int64_t initiative,
                                 const Address& address, const std::string& email,
                                 const std::string& link_base, TimePoint now);
struct Confirmation {
  std::string kind;  // initiatief or steun
  std::int64_t initiative_id = 0;
  std::string title;
};
// Uses a link's token once (valid for 7 days). Throws FieldError("token") for an unknown, used or
// expired token, ConflictError when the address supported meanwhile.
Confirmation confirm_portal_token(Database& db, const std::string& token, TimePoint now);

// The mails waiting for the relay: store::list_outbox (store/outbox.hpp).

// Counts a request under key (stored as SHA-256) and answers whether more than max_requests fell
// within the window before now (the request is then refused). Old entries are purged.
bool over_rate_limit(Database& db, const std::string& key, int max_requests,
                     std::chrono::seconds window, TimePoint now);

std::string sha256_text(const std::string& text);

// The work area the public portal serves: the store's first (one partnership per installation).
std::optional<std::int64_t> portal_work_area(Database& db);

// The organisation that owns the work area and its partners.
std::vector<OrganisationRef> partnership_organisations(Database& db, std::int64_t work_area);
// The one check for an organisation a record names (a pledge, a request for help, a team member, a
// ledger row): FieldError(field) unless it is the work area's owner or one of its partners, so
// that no record refers to another tenant's organisation, whoever calls.
void require_partnership_organisation(Database& db, std::int64_t work_area,
                                      std::int64_t organisation, const std::string& field);

}  // namespace leefbaar::store
