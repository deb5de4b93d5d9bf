#pragma once
// The years in which a work area has records: the year choosers of the records' exports and of the
// wijkwerk pages list the years of several tables, each dated by its own column.
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace leefbaar::store {

class Database;

// A table whose rows are dated: by an ISO date or month text ("2026-03-14", "2026-03"), or by a
// whole year (year_column). A condition (fixed SQL, never user input) leaves rows out.
struct DatedTable {
  std::string_view table;
  std::string_view column;
  std::string_view condition = {};
  bool year_column = false;
};

// The distinct years (2000 to 2100) of the tables' rows of the work area, newest first.
std::vector<int> years_with_records(Database& db, std::int64_t work_area,
                                    std::initializer_list<DatedTable> tables);

}  // namespace leefbaar::store
