#include "store/work_areas.hpp"

#include <cmath>

#include "store/database.hpp"

namespace leefbaar::store::detail {

std::int64_t find_or_create_organisation(SQLite::Database& db, const std::string& name) {
  SQLite::Statement find(db, "SELECT id FROM organisations WHERE name = ?");
  find.bind(1, name);
  if (find.executeStep()) return find.getColumn(0).getInt64();
  SQLite::Statement insert(
      db, "INSERT INTO organisations (name, kind, created_at) VALUES (?, 'corporatie', ?)");
  insert.bind(1, name);
  insert.bind(2, utc_now());
  insert.exec();
  return db.getLastInsertRowid();
}

std::int64_t find_or_create_work_area(SQLite::Database& db, std::int64_t organisation,
                                      const std::string& name) {
  SQLite::Statement find(db, "SELECT id FROM work_areas WHERE organisation_id = ? AND name = ?");
  find.bind(1, organisation);
  find.bind(2, name);
  if (find.executeStep()) return find.getColumn(0).getInt64();
  SQLite::Statement insert(
      db, "INSERT INTO work_areas (organisation_id, name, created_at) VALUES (?, ?, ?)");
  insert.bind(1, organisation);
  insert.bind(2, name);
  insert.bind(3, utc_now());
  insert.exec();
  return db.getLastInsertRowid();
}

void bind_optional(SQLite::Statement& s, int index, double v) {
  if (std::isnan(v)) {
    s.bind(index);
  } else {
    s.bind(index, v);
  }
}

}  // namespace leefbaar::store::detail
