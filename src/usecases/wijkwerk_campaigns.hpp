#pragma once
// The yearly campaigns as staff handle them: Christmas trees per street, superbuur nominations and
// neighbourhood reporters (the public portal's intake is usecases/portal_campaigns.hpp). Scoped to
// the caller's work area (NotFoundError "no_work_area"). The intake holds names (nominees,
// reporters): staff see it in the wijken they work in (reporters: all staff), a lezer the counts
// only. Entries are made by those who work in the wijk (ForbiddenError "wijk_code" otherwise).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/wijkwerk_campaigns.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct CampaignIntake {
  std::vector<neighbourhood::Campaign> campaigns;
  long long tree_count = 0, nomination_count = 0, reporter_count = 0;  // all, seen or not
  // What the caller may see of the intake (see above).
  std::vector<neighbourhood::TreeRequest> trees;
  std::vector<neighbourhood::SuperbuurNomination> nominations;
  std::vector<neighbourhood::Reporter> reporters;
};
// The year's campaigns and their intake in the wijk (all when empty). A read that shows names of
// nominees or reporters is audited with its purpose.
CampaignIntake campaign_intake(Service& service, const User& caller, int year,
                               const std::string& wijk);

// One request per street per year: ConflictError("street") for a second. FieldError naming the
// field ("buurt_code" for a buurt outside the work area).
std::int64_t request_christmas_tree(Service& service, const User& caller, int year,
                                    const neighbourhood::TreeRequest& request);
std::int64_t nominate_superbuur(Service& service, const User& caller, int year,
                                const neighbourhood::SuperbuurNomination& nomination);
// Sets the status and award (what is not given stays); answers the status now.
// NotFoundError when the work area has no such nomination; ForbiddenError outside the caller's
// wijken; FieldError("status"/"award").
std::string decide_superbuur(Service& service, const User& caller, std::int64_t id,
                             const std::optional<std::string>& status,
                             const std::optional<std::string>& award);
// FieldError("name"/"speciality").
std::int64_t add_reporter(Service& service, const User& caller, int year, const std::string& name,
                          const std::string& speciality);
// NotFoundError when the work area has no such reporter; ForbiddenError outside the caller's
// wijken; FieldError naming the field.
std::int64_t add_reporter_assignment(Service& service, const User& caller, std::int64_t reporter,
                                     const neighbourhood::ReporterAssignment& assignment);

}  // namespace leefbaar::usecases
