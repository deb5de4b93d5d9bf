#pragma once
// The work area a caller works in: every use case scopes what it reads and writes to it.
#include "core/access.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// The work area of the caller's organisation (its own, else the first it partners in);
// NotFoundError "no_work_area" when it has none.
WorkArea work_area_of(Service& service, const User& caller);

}  // namespace leefbaar::usecases
