#pragma once
// A small store for the neighbourhood records' exports and imports: work area 1 of a corporation
// with a welfare partner, two wijken of Assen with their buurten, and a theme.
#include <chrono>

#include "store/database.hpp"
#include "store/users.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::testing {

// 2026-03-02: the records of 2025 and earlier are of earlier years.
inline const auto kRecordsNow = std::chrono::system_clock::from_time_t(1'772'409'600);

inline void seed_records_store(store::Database& db) {
  store::create_organisation(db, "Woonstichting", store::OrganisationKind::corporatie);
  store::create_organisation(db, "Welzijn Assen", store::OrganisationKind::welzijn);
  auto& sql = db.sql();
  sql.exec(
      "INSERT INTO work_areas (id, organisation_id, name, created_at) VALUES (1, 1, 'Assen', "
      "'2025-01-01T00:00:00Z')");
  sql.exec("INSERT INTO work_area_partners (work_area_id, organisation_id) VALUES (1, 2)");
  sql.exec(
      "INSERT INTO imports (id, work_area_id, kind, file, sha256, rows_read, warnings_json, "
      "created_at, created_by) VALUES (1, 1, 'buurten', 'b', 'x', 0, '[]', '2025', 'test')");
  sql.exec(
      "INSERT INTO areas (import_id, work_area_id, kind, code, name, wijk_code, gemeente_code, "
      "geometry_rd) VALUES (1, 1, 'buurt', 'BU01060101', 'Lariks-Noord', 'WK010601', 'GM0106', "
      "''), (1, 1, 'buurt', 'BU01060102', 'Lariks-Zuid', 'WK010601', 'GM0106', ''), (1, 1, "
      "'buurt', 'BU01060401', 'Pittelo', 'WK010604', 'GM0106', ''), (1, 1, 'wijk', 'WK010601', "
      "'Lariks', NULL, 'GM0106', ''), (1, 1, 'wijk', 'WK010604', 'Pittelo', NULL, 'GM0106', ''), "
      "(1, 1, 'gemeente', 'GM0106', 'Assen', NULL, NULL, '')");
  store::add_theme(db, 1, "Ontmoeten", "test");
}

}  // namespace leefbaar::testing
