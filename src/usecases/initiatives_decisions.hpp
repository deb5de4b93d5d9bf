#pragma once
// What follows an initiative's supports, for staff: a support from a paper list, the wijk team's
// decision with pledges, realisation and evaluation, and the work area's majority rule. Each reads
// the initiative once, under its own lock: NotFoundError when the caller may not see it
// (usecases/initiatives.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/initiative_records.hpp"
#include "usecases/initiatives.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// What the request names is checked only once the initiative is found visible, so that an
// initiative of another tenant or wijk is answered 404 whatever the body holds.

// Confirmed at once; answers the support and the initiative's counts with it. FieldError for an
// address that does not parse, is unknown or lies outside the initiative's buurt or area, or when
// the initiative is not open; ConflictError when the address already supports it.
neighbourhood::SupportAdded add_paper_support(Service& service, const User& caller,
                                              std::int64_t initiative,
                                              const neighbourhood::AddressText& address,
                                              TimePoint now);

// `decision` is goedgekeurd or afgewezen (FieldError "decision" otherwise). Every pledge's
// organisation must be one of the partnership (FieldError "pledges"); otherwise as
// store::decide_initiative (ConflictError when decided already, FieldError naming the field).
void decide_initiative(Service& service, const User& caller, std::int64_t initiative,
                       const std::string& decision, const std::string& reason,
                       const std::vector<neighbourhood::Pledge>& pledges, TimePoint now);
// `state` is gerealiseerd (after approval) or geevalueerd (after that, with its evaluation):
// FieldError "state" otherwise; as store::advance_initiative.
void advance_initiative(Service& service, const User& caller, std::int64_t initiative,
                        const std::string& state, const std::string& evaluation, TimePoint now);

// What a change of the majority rule sets; what it leaves out stays as saved.
struct MajorityRuleChange {
  std::optional<double> majority_share;
  std::optional<int> decision_weeks;
};
// Answers the rule as saved. FieldError for a share outside (0, 1) or weeks outside 1..52.
neighbourhood::MajorityRule change_majority_rule(Service& service, const User& caller,
                                                 const MajorityRuleChange& rule);

}  // namespace leefbaar::usecases
