#pragma once
#include <string_view>
#include <vector>

namespace leefbaar::store {

struct Migration {
  std::string_view name;
  std::string_view sql;
};

// The schema steps in order; step i brings the store from version i to i + 1. Generated at build
// time from src/store/schema/*.sql.
const std::vector<Migration>& migrations();

}  // namespace leefbaar::store
