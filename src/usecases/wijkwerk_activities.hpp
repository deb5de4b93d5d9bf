#pragma once
// What happens in a wijk: the wijk team's activities (with their CSV export and the import of
// earlier years) and the physical works (demolition, new building, renovation, public space) per
// wijk or buurt and period. Scoped to the caller's work area (NotFoundError "no_work_area"); every
// role reads, an activity or work is added by those who work in its wijk (ForbiddenError
// "wijk_code" otherwise).
#include <cstdint>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/wijkwerk.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// The activities in the wijk (all when empty) and year (all when 0), by date.
std::vector<neighbourhood::Activity> list_activities(Service& service, const User& caller,
                                                     const std::string& wijk, int year);
// The wijk follows from the buurt when one is given. FieldError naming the field ("wijk_code"
// for a missing wijk, "buurt_code" for a buurt outside the work area or the wijk).
std::int64_t add_activity(Service& service, const User& caller,
                          const neighbourhood::Activity& activity);
// All rows or none; answers how many were read. neighbourhood::ActivityImportError with every
// problem (row, column, Dutch message) when any row is wrong.
long long import_activities(Service& service, const User& caller, const std::string& csv);

// The works in the wijk (all when empty) that run during the year (all when 0).
std::vector<neighbourhood::PhysicalWork> list_works(Service& service, const User& caller,
                                                    const std::string& wijk, int year);
// The work's area is a wijk or a buurt of the work area. FieldError naming the field
// ("area_code" for a code that is neither).
std::int64_t add_work(Service& service, const User& caller,
                      const neighbourhood::PhysicalWork& work);

}  // namespace leefbaar::usecases
