#pragma once
// Internal to the store's initiative modules (initiatives*.cpp, households.cpp, the portal's
// campaigns): the helpers they share. Not for other stages.
#include <cstdint>
#include <optional>
#include <string>

#include "store/initiatives.hpp"

namespace leefbaar::store::initiative_detail {

// Trimmed; throws FieldError(field) when required and empty or longer than max.
std::string clean_text(const std::string& value, const char* field, const char* what,
                       std::size_t max, bool required);
bool valid_type(const std::string& t);
// The leading digits of a house number as written ("5a" -> 5); 0 when there are none (or more
// than six).
int leading_number(const std::string& huisnummer);
// A BAG address's letter and addition as Address::toevoeging has them ("a", "2" -> "A2").
std::string addition_key(const std::string& huisletter, const std::string& toevoeging);

// A row of the initiatives table as it is written: the one insert, for the forms, the portal and
// the imports of earlier years (which bring their decided states and dates). Empty texts of the
// optional dates are NULL; the rest take the table's defaults when not given.
struct InitiativeRow {
  std::string title, description, type;
  AreaRef area;
  std::optional<std::string> location_postcode;
  std::optional<int> location_huisnummer;
  std::optional<double> lat, lon;
  long long households = 0;
  long long asked_amount_cents = 0, asked_hours = 0;
  std::string asked_materials;
  std::optional<std::int64_t> asked_organisation_id;
  std::string source = "medewerker";
  std::optional<std::string> entered_by;
  InitiativeState state = InitiativeState::open;
  std::string created_at;
  std::string area_kind = "buurt";
  std::optional<std::string> area_json;
  std::string households_basis = "pc6hnr";
  // Of a decided initiative of an earlier year.
  std::string majority_at, decision_due, decided_at, refusal_reason, realised_at, evaluated_at,
      evaluation;
  std::optional<long long> imported_supports;
};
std::int64_t insert_initiative_row(Database& db, std::int64_t work_area, const InitiativeRow& row);
// An organisation's pledge to an approved initiative.
void insert_pledge(Database& db, std::int64_t initiative, std::int64_t organisation,
                   long long amount_cents, long long hours, const std::string& means);

// Validates and inserts, inside the caller's transaction; answers the id and the title as stored.
struct InsertedInitiative {
  std::int64_t id = 0;
  std::string title;
};
InsertedInitiative insert_initiative(Database& db, std::int64_t work_area, const NewInitiative& in,
                                     TimePoint now, const std::string& actor);

// Supports. Each sets the majority date and the decision deadline once the confirmed supports are
// a majority, and answers that majority when it is reached now (nullopt otherwise).
std::optional<MajorityReached> update_majority(Database& db, std::int64_t work_area,
                                               std::int64_t initiative, TimePoint now,
                                               const MajorityRule& rule);
// The same when the initiative's households and whether its majority was reached are known.
std::optional<MajorityReached> update_majority(Database& db, std::int64_t work_area,
                                               std::int64_t initiative, long long households,
                                               bool majority_reached, TimePoint now,
                                               const MajorityRule& rule);
struct OpenInitiative {
  std::string buurt;
  InitiativeState state = InitiativeState::open;
  std::string title;
  InitiativeArea shape;
};
// The initiative a support is for; FieldError when it does not exist or is not open.
OpenInitiative initiative_for_support(Database& db, std::int64_t work_area,
                                      std::int64_t initiative);
// FieldError("postcode") when the address is unknown or outside the initiative's buurt or shape.
void check_support_address(Database& db, std::int64_t work_area, const OpenInitiative& target,
                           const Address& address);
// ConflictError when the address already supports the initiative.
void refuse_second_support(Database& db, std::int64_t initiative, const Address& a);

// The portal's e-mail links (initiatives and campaigns): 192 random bits as 48 hex digits.
std::string random_token();
// Blanks the mails of the links in `table` (portal_verifications, portal_campaign_submissions)
// that expired unused before `expired`: their e-mail addresses were only needed for the link.
void forget_expired_mails(Database& db, const char* table, const std::string& expired);
std::string verification(Database& db, std::optional<std::int64_t> initiative,
                         std::optional<std::int64_t> support, std::int64_t outbox_id,
                         const std::string& token, TimePoint now);
PurgedUnconfirmed purge_unconfirmed(Database& db, TimePoint now);

}  // namespace leefbaar::store::initiative_detail
