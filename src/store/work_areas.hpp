#pragma once
// Find-or-create of organisations and work areas, shared by the store modules (internal).
#include <cstdint>
#include <string>

namespace leefbaar::store {
class Database;
}

namespace leefbaar::store::detail {

// A new organisation is created as a corporatie.
std::int64_t find_or_create_organisation(Database& db, const std::string& name);
std::int64_t find_or_create_work_area(Database& db, std::int64_t organisation,
                                      const std::string& name);

}  // namespace leefbaar::store::detail
