#pragma once
// Internal to the use cases: the scoping checks an operation makes under its own lock.
#include "core/access.hpp"
#include "store/database.hpp"

namespace leefbaar::usecases {

// The caller's work area; NotFoundError "no_work_area" when their organisation has none.
WorkArea work_area_of(store::Database& db, const User& caller);

}  // namespace leefbaar::usecases
