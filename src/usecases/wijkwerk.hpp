#pragma once
// The wijk team's records: the overview of the Wijkwerk page, the partnership's themes and the
// wijk profiles. Every operation is scoped to the caller's work area (NotFoundError
// "no_work_area" when their organisation has none). Every role reads; changes to a wijk are for
// those who work in it (neighbourhood::works_in: ForbiddenError "wijk_code" otherwise); the
// route table decides who keeps the themes. Each change is one transaction with its audit entry.
// Activities: usecases/wijkwerk_activities.hpp; works: also wijkwerk_activities.hpp; campaigns:
// wijkwerk_campaigns.hpp; mediation: wijkwerk_mediation.hpp; figures: wijkwerk_figures.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/wijkwerk.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct WijkwerkOverview {
  std::vector<neighbourhood::WijkArea> wijken;  // with their buurten, sorted by code
  std::vector<neighbourhood::Theme> themes;
  std::vector<OrganisationRef> organisations;  // the owner and its partners, sorted by name
  std::vector<int> years;                      // with a profile or activities, newest first
};
WijkwerkOverview wijkwerk_overview(Service& service, const User& caller);

std::vector<neighbourhood::Theme> list_themes(Service& service, const User& caller);
// FieldError("name") for an empty, long or taken name.
std::int64_t add_theme(Service& service, const User& caller, const std::string& name);
// Renames or (de)activates a theme; what is not given stays. NotFoundError when the work area has
// no theme with this id; FieldError("name").
void update_theme(Service& service, const User& caller, std::int64_t id,
                  const std::optional<std::string>& name, std::optional<bool> active);

// The profiles of the wijk (all when empty) and year (all when 0). The team's names are personal
// data (of staff): a read that finds any is audited with its purpose.
std::vector<neighbourhood::WijkProfile> list_wijk_profiles(Service& service, const User& caller,
                                                           const std::string& wijk, int year);
// Creates or replaces the profile of its wijk and year. FieldError("wijk_code") for no wijk code,
// ForbiddenError unless the caller works in the wijk; FieldError naming the field (a team member's
// organisation must be of the partnership: "team[i].organisation_id"). A save that replaces a
// profile is audited with the profile before and after it and what changed in its team and places.
std::int64_t save_wijk_profile(Service& service, const User& caller,
                               const neighbourhood::WijkProfile& profile);

}  // namespace leefbaar::usecases
