#pragma once
// The work area a caller works in: every use case scopes what it reads and writes to it.
#include <string>

#include "core/access.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// The work area of the caller's organisation (its own, else the first it partners in);
// NotFoundError "no_work_area" when it has none.
WorkArea work_area_of(Service& service, const User& caller);

// The caller's organisation's own work area (a beheerder starting with its own data); audited.
// FieldError/ConflictError ("name") as store::create_work_area.
WorkArea create_work_area(Service& service, const User& caller, const std::string& name);

}  // namespace leefbaar::usecases
