#include "store/work_areas.hpp"

#include "store/database.hpp"

namespace leefbaar::store::detail {

std::int64_t find_or_create_organisation(Database& db, const std::string& name) {
  if (const auto id =
          db.query("SELECT id FROM organisations WHERE name = ?").bind(name).first_int64("id"))
    return *id;
  db.query("INSERT INTO organisations (name, kind, created_at) VALUES (?, 'corporatie', ?)")
      .bind(name, utc_now())
      .run();
  return db.last_insert_id();
}

std::int64_t find_or_create_work_area(Database& db, std::int64_t organisation,
                                      const std::string& name) {
  if (const auto id = db.query("SELECT id FROM work_areas WHERE organisation_id = ? AND name = ?")
                          .bind(organisation, name)
                          .first_int64("id"))
    return *id;
  db.query("INSERT INTO work_areas (organisation_id, name, created_at) VALUES (?, ?, ?)")
      .bind(organisation, name, utc_now())
      .run();
  return db.last_insert_id();
}

}  // namespace leefbaar::store::detail
