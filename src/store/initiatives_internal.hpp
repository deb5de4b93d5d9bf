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

// Validates and inserts, inside the caller's transaction.
std::int64_t insert_initiative(Database& db, std::int64_t work_area, const NewInitiative& in,
                               TimePoint now, const std::string& actor);

// Supports.
void update_majority(Database& db, std::int64_t work_area, std::int64_t initiative, TimePoint now,
                     const MajorityRule& rule);
// The same when the initiative's households and whether its majority was reached are known.
void update_majority(Database& db, std::int64_t work_area, std::int64_t initiative,
                     long long households, bool majority_reached, TimePoint now,
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
void purge_unconfirmed(Database& db, TimePoint now);

}  // namespace leefbaar::store::initiative_detail
