#include "store/record_years.hpp"

#include <fmt/format.h>

#include <string>

#include "store/database.hpp"
#include "store/sql.hpp"

namespace leefbaar::store {

namespace {

std::string year_of(const DatedTable& t) {
  if (t.year_column) return std::string(t.column);
  return fmt::format("CAST(substr({}, 1, 4) AS INTEGER)", t.column);
}

std::string select_years(const DatedTable& t) {
  return fmt::format("SELECT {} AS y FROM {} WHERE work_area_id = ?1{}{}", year_of(t), t.table,
                     t.condition.empty() ? "" : " AND ", t.condition);
}

}  // namespace

std::vector<int> years_with_records(Database& db, std::int64_t work_area,
                                    std::initializer_list<DatedTable> tables) {
  std::string sources;
  for (const auto& t : tables) sources += (sources.empty() ? "" : " UNION ") + select_years(t);
  // The text is the same for the same tables, so the statement cache keeps one per caller.
  return db
      .query(fmt::format(
          "SELECT DISTINCT y FROM ({}) WHERE y BETWEEN 2000 AND 2100 ORDER BY y DESC", sources))
      .bind(work_area)
      .all([](const Row& r) { return r.integer("y"); });
}

}  // namespace leefbaar::store
