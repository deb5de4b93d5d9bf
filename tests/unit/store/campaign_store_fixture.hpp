#pragma once
// A small store for the portal campaigns and reminders tests: a corporation and a welfare
// organisation in one partnership (plus an outsider), two wijken of Assen with their buurten, a
// few pc6hnr addresses and corporation homes, and staff users inserted directly (no password
// hashing needed here).
#include <gtest/gtest.h>

#include <string>

#include "store/database.hpp"
#include "store/settings.hpp"
#include "store/users.hpp"
#include "temp_files.hpp"

namespace leefbaar::testing {

class CampaignStore : public ::testing::Test {
 protected:
  CampaignStore() : db_(dir_.path() / "s.sqlite") {
    corporation_ =
        store::create_organisation(db_, "Woonstichting", store::OrganisationKind::corporatie);
    welzijn_ = store::create_organisation(db_, "Welzijn", store::OrganisationKind::welzijn);
    outsider_ = store::create_organisation(db_, "Elders", store::OrganisationKind::welzijn);
    auto& sql = db_.sql();
    sql.exec(
        "INSERT INTO work_areas (id, organisation_id, name, created_at) VALUES (1, 1, 'Test', "
        "'2025-01-01T00:00:00Z')");
    store::add_partner(db_, 1, welzijn_);
    sql.exec(
        "INSERT INTO imports (id, work_area_id, kind, file, sha256, rows_read, warnings_json, "
        "created_at, created_by) VALUES (1, 1, 'buurten', 'b', 'x', 0, '[]', '2025', 'test')");
    sql.exec(
        "INSERT INTO areas (import_id, work_area_id, kind, code, name, wijk_code, gemeente_code, "
        "geometry_rd) VALUES (1, 1, 'buurt', 'BU01060101', 'Lariks-Noord', 'WK010601', 'GM0106', "
        "''), (1, 1, 'buurt', 'BU01060201', 'Kloosterveen-West', 'WK010602', 'GM0106', ''), (1, "
        "1, 'wijk', 'WK010601', 'Lariks', NULL, NULL, ''), (1, 1, 'wijk', 'WK010602', "
        "'Kloosterveen', NULL, NULL, ''), (1, 1, 'gemeente', 'GM0106', 'Assen', NULL, NULL, '')");
    for (int nr = 1; nr <= 10; ++nr)
      sql.exec(
          "INSERT INTO pc6hnr_rows (import_id, work_area_id, postcode, huisnummer, buurt, wijk, "
          "gemeente) VALUES (1, 1, '9406AB', " +
          std::to_string(nr) + ", 'BU01060101', 'WK010601', 'GM0106')");
    sql.exec(
        "INSERT INTO pc6hnr_rows (import_id, work_area_id, postcode, huisnummer, buurt, wijk, "
        "gemeente) VALUES (1, 1, '9408CD', 1, 'BU01060201', 'WK010602', 'GM0106')");
    // A corporation home the pc6hnr table does not know, with its own buurtcode.
    sql.exec(
        "INSERT INTO stock_units (import_id, work_area_id, unit_id, postcode, huisnummer, "
        "buurtcode, source, row) VALUES (1, 1, 'u1', '9406XY', '7b', 'BU01060101', 'postcode', "
        "1)");
  }

  std::int64_t add_user(std::int64_t organisation, const std::string& email,
                        const std::string& role, const std::string& wijk = "",
                        bool disabled = false) {
    SQLite::Statement q(db_.sql(),
                        "INSERT INTO users (organisation_id, email, display_name, role, "
                        "password_hash, disabled, created_at) VALUES (?, ?, ?, ?, 'x', ?, "
                        "'2025-01-01T00:00:00Z')");
    q.bind(1, organisation);
    q.bind(2, email);
    q.bind(3, email);
    q.bind(4, role);
    q.bind(5, disabled ? 1 : 0);
    q.exec();
    const std::int64_t id = db_.sql().getLastInsertRowid();
    if (!wijk.empty()) {
      SQLite::Statement w(db_.sql(), "INSERT INTO user_wijken (user_id, wijk_code) VALUES (?, ?)");
      w.bind(1, id);
      w.bind(2, wijk);
      w.exec();
    }
    return id;
  }

  static std::chrono::system_clock::time_point at(const std::string& iso) {
    std::tm tm{};
    tm.tm_year = std::stoi(iso.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(iso.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(iso.substr(8, 2));
    tm.tm_hour = 9;
    return std::chrono::system_clock::from_time_t(timegm(&tm));
  }

  TempDir dir_;
  store::Database db_;
  std::int64_t corporation_ = 0, welzijn_ = 0, outsider_ = 0;
};

}  // namespace leefbaar::testing
