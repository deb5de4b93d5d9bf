#include "neighbourhood/wijkwerk.hpp"

#include <fmt/format.h>

#include "core/text.hpp"
#include "neighbourhood/wijkwerk_campaigns.hpp"

namespace leefbaar::neighbourhood {

namespace {

bool digits(const std::string& s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

bool is_wijk_code(const std::string& code) {
  return code.size() == 8 && code.rfind("WK", 0) == 0 && digits(code, 2);
}

bool is_buurt_code(const std::string& code) {
  return code.size() == 10 && code.rfind("BU", 0) == 0 && digits(code, 2);
}

bool works_in(const User& user, const std::string& wijk) {
  if (user.role == Role::beheerder || user.role == Role::analist) return true;
  return user.role == Role::wijkteam && has_wijk(user, wijk);
}

void require_wijk(const User& user, const std::string& wijk) {
  if (!works_in(user, wijk))
    throw ForbiddenError("U werkt niet in deze wijk; u kunt hier alleen meekijken.", "forbidden",
                         "wijk_code");
}

const std::vector<std::string>& physical_work_kinds() {
  static const std::vector<std::string> kinds = {"sloop", "nieuwbouw", "renovatie",
                                                 "openbare_ruimte"};
  return kinds;
}

bool campaign_open(const Campaign& campaign, const std::string& today) {
  return today >= campaign.opens_on && today <= campaign.closes_on;
}

}  // namespace leefbaar::neighbourhood
