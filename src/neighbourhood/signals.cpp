#include "neighbourhood/signals.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace leefbaar::neighbourhood {

const std::vector<std::string>& contact_kinds() {
  static const std::vector<std::string> v = {"huisbezoek",    "telefoon",        "spreekuur",
                                             "straatgesprek", "wijkvernieuwing", "email",
                                             "overleg",       "anders"};
  return v;
}
const std::vector<std::string>& signal_kinds() {
  static const std::vector<std::string> v = {
      "eenzaamheid", "verward_gedrag",    "overlast",   "jeugdoverlast",
      "geldzorgen",  "slechte_woning",    "vervuiling", "onveiligheid",
      "gezondheid",  "laaggeletterdheid", "anders"};
  return v;
}
const std::vector<std::string>& referral_kinds() {
  static const std::vector<std::string> v = {"welzijn", "sociaal_team", "buurtbemiddeling",
                                             "politie", "corporatie",   "schuldhulp",
                                             "zorg",    "anders"};
  return v;
}
const std::vector<std::string>& follow_up_statuses() {
  static const std::vector<std::string> v = {"geen", "open", "bezig", "afgerond"};
  return v;
}

bool needs_follow_up(const std::string& referral, const std::string& follow_up_status) {
  return !referral.empty() || follow_up_status == "open" || follow_up_status == "bezig";
}

bool DetailSharing::shares(std::int64_t owner, const std::string& wijk,
                           std::int64_t partner) const {
  return std::any_of(grants_.begin(), grants_.end(), [&](const SharingGrant& g) {
    return g.owner == owner && g.partner == partner && g.wijk == wijk;
  });
}

bool may_see_details(const User& user, std::int64_t organisation, const std::string& wijk,
                     const DetailSharing& sharing) {
  if (!is_staff(user.role)) return false;  // a lezer sees counts only, in every organisation
  if (user.organisation_id == organisation) return true;  // the recording organisation
  // The wijk's team, where the recording organisation shares with the user's.
  return has_wijk(user, wijk) && sharing.shares(organisation, wijk, user.organisation_id);
}

bool may_record_signals(const User& user) {
  return is_staff(user.role);
}

bool may_record_in(const User& user, const std::string& wijk) {
  if (!may_record_signals(user)) return false;
  return user.role != Role::wijkteam || user.wijken.empty() || has_wijk(user, wijk);
}

bool may_share_details(const User& user) {
  return user.role == Role::beheerder;
}

std::string describe_sharing(std::int64_t owner, const std::string& wijk, std::int64_t partner,
                             bool shared) {
  return fmt::format("details van signalen van organisatie {} in {} {} organisatie {}", owner, wijk,
                     shared ? "gedeeld met" : "niet meer gedeeld met", partner);
}

}  // namespace leefbaar::neighbourhood
