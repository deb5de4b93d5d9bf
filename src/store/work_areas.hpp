#pragma once
// Find-or-create of organisations and work areas, shared by the store modules (internal).
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <string>

namespace leefbaar::store::detail {

// A new organisation is created as a corporatie.
std::int64_t find_or_create_organisation(SQLite::Database& db, const std::string& name);
std::int64_t find_or_create_work_area(SQLite::Database& db, std::int64_t organisation,
                                      const std::string& name);

// Binds NULL for a missing value (NaN), the number otherwise.
void bind_optional(SQLite::Statement& s, int index, double v);

}  // namespace leefbaar::store::detail
