#pragma once
// Neighbour mediation along the CCV steps (neighbourhood/mediation.hpp has the steps and their
// deadlines). Scoped to the caller's work area (NotFoundError "no_work_area"). The cases are for
// those who work in their wijk (analist and beheerder: all, a wijk team its own wijken;
// ForbiddenError "wijk_code" otherwise); the figures per wijk, without names, for every role.
// Every read of cases is audited with its purpose.
#include <cstdint>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/mediation.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// The cases reported in the year (all when 0) in the wijk (when given: ForbiddenError unless the
// caller works in it), else in every wijk the caller works in.
std::vector<neighbourhood::MediationCase> list_mediation_cases(Service& service, const User& caller,
                                                               const std::string& wijk, int year);
// The wijk follows from the buurt (FieldError "buurt_code" when it is not one of the work area);
// the number is made when empty (ConflictError "case_number" when taken); FieldError naming the
// step otherwise.
std::int64_t add_mediation_case(Service& service, const User& caller,
                                neighbourhood::MediationCase c,
                                const neighbourhood::MediationSteps& steps);
// The steps given replace the case's own; answers the case as stored. NotFoundError when the work
// area has no such case; FieldError naming the step.
neighbourhood::MediationCase update_mediation_case(Service& service, const User& caller,
                                                   std::int64_t id,
                                                   const neighbourhood::MediationSteps& steps);

// Per wijk (sorted) for the cases reported in the year, plus a total "totaal"; overdue on today.
std::vector<neighbourhood::MediationFigures> mediation_figures(Service& service, const User& caller,
                                                               int year, const std::string& today);

}  // namespace leefbaar::usecases
