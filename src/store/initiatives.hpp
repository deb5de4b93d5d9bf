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
#include "neighbourhood/initiative_records.hpp"
#include "neighbourhood/initiatives.hpp"
#include "store/database.hpp"
#include "store/initiatives_area.hpp"
#include "store/outbox.hpp"

namespace leefbaar::store {

using leefbaar::ConflictError;

// The records (neighbourhood/initiative_records.hpp), named here for the store's own code and its
// callers.
using neighbourhood::Address;
using neighbourhood::AreaRef;
using neighbourhood::Confirmation;
using neighbourhood::Decision;
using neighbourhood::HouseholdCount;
using neighbourhood::HouseholdPreview;
using neighbourhood::Initiative;
using neighbourhood::InitiativeFilter;
using neighbourhood::InitiativeState;
using neighbourhood::kInitiativeTypes;
using neighbourhood::MajorityRule;
using neighbourhood::NewInitiative;
using neighbourhood::parse_address;
using neighbourhood::Pledge;
using neighbourhood::SupportAdded;
using neighbourhood::SupportRow;

// The callers write the audit entries (the use cases, and the demo for its seed data): each
// function that changes something answers what the entry names.

// The work area's majority rule (the default when none was saved).
MajorityRule load_majority_rule(Database& db, std::int64_t work_area);
// Throws FieldError for a share outside (0, 1) or weeks outside 1..52. The actor is kept as
// updated_by.
void save_majority_rule(Database& db, std::int64_t work_area, const MajorityRule& rule,
                        const std::string& actor);

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

using TimePoint = std::chrono::system_clock::time_point;

// Validates and stores; staff initiatives are open at once, portal ones wait for the e-mail link.
// The actor is kept as entered_by. Throws FieldError naming the field.
std::int64_t create_initiative(Database& db, std::int64_t work_area, const NewInitiative& in,
                               TimePoint now, const std::string& actor);
std::vector<Initiative> list_initiatives(Database& db, std::int64_t work_area,
                                         const InitiativeFilter& filter, TimePoint now);
std::optional<Initiative> find_initiative(Database& db, std::int64_t work_area, std::int64_t id,
                                          TimePoint now);

// The majority a support just completed (the initiative's majority date and decision deadline
// are then set): the confirmed supports and the households they were counted against.
struct MajorityReached {
  long long supports = 0;
  long long households = 0;
};

// A support entered by staff from a paper list (confirmed at once; the actor is kept as
// entered_by). Throws ConflictError when the address already supports it, FieldError when the
// address is unknown or outside the buurt (or the initiative's circle or polygon) or the
// initiative is not open. Answers the support's id.
std::int64_t add_paper_support(Database& db, std::int64_t work_area, std::int64_t initiative,
                               const Address& address, TimePoint now, const std::string& actor);
// The same for an initiative read in this transaction (find_initiative), which is not read again:
// answers the support and the initiative's counts with it, and the majority it completed.
struct PaperSupport {
  SupportAdded added;
  std::optional<MajorityReached> majority;
};
PaperSupport add_paper_support(Database& db, std::int64_t work_area, const Initiative& target,
                               const Address& address, TimePoint now, const std::string& actor);

// The confirmed supports: personal data, whose read the caller audits with its purpose.
std::vector<SupportRow> list_supports(Database& db, std::int64_t work_area,
                                      std::int64_t initiative);

// Approval needs the majority and at least one pledge; a refusal a reason. The actor is kept as
// decided_by. Throws ConflictError when the initiative is already decided,
// FieldError("initiative") when it does not exist. Answers the reason as cleaned (trimmed; stored
// for a refusal).
std::string decide_initiative(Database& db, std::int64_t work_area, std::int64_t initiative,
                              const Decision& d, TimePoint now, const std::string& actor);
// goedgekeurd -> gerealiseerd -> geevalueerd (with an evaluation text). Answers the evaluation as
// stored (trimmed; empty when none was given).
std::string advance_initiative(Database& db, std::int64_t work_area, std::int64_t initiative,
                               InitiativeState to, const std::string& evaluation, TimePoint now);
// Both for an initiative read in this transaction (find_initiative), which is not read again.
std::string decide_initiative(Database& db, std::int64_t work_area, const Initiative& current,
                              const Decision& d, TimePoint now, const std::string& actor);
std::string advance_initiative(Database& db, std::int64_t work_area, const Initiative& current,
                               InitiativeState to, const std::string& evaluation, TimePoint now);

// What the portal received but nobody confirmed within the link's lifetime, removed before a new
// submission: how many supports and initiatives.
struct PurgedUnconfirmed {
  int supports = 0;
  int initiatives = 0;
};

// The portal. Each returns the token of the e-mail link (also put in the outbox mail as
// link_base + token, link_base being an absolute address). The token is a secret: never log it.
struct PortalMail {
  std::string token;
  std::int64_t id = 0;  // the initiative or support waiting for confirmation
  std::string title;    // of the initiative, as stored
  PurgedUnconfirmed purged;
};
PortalMail submit_portal_initiative(Database& db, std::int64_t work_area, const NewInitiative& in,
                                    const std::string& email, const std::string& link_base,
                                    TimePoint now);
// Throws ConflictError when the address already supports it; FieldError as add_paper_support.
PortalMail submit_portal_support(Database& db, std::int64_t work_area, std::int64_t initiative,
                                 const Address& address, const std::string& email,
                                 const std::string& link_base, TimePoint now);
// Uses a link's token once (valid for 7 days). Throws FieldError("token") for an unknown, used or
// expired token, ConflictError when the address supported meanwhile. Answers what was confirmed
// and the majority a confirmed support completed.
struct PortalConfirmation {
  Confirmation confirmation;
  std::optional<MajorityReached> majority;
};
PortalConfirmation confirm_portal_token(Database& db, const std::string& token, TimePoint now);

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
