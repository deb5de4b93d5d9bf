#include "support/store_fixture.hpp"

#include <fmt/format.h>

#include <ctime>

#include "store/settings.hpp"
#include "store/sql.hpp"
#include "store/users.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::testing {

long long row_count(store::Database& db, const std::string& table, const std::string& where) {
  return *db.query("SELECT count(*) AS n FROM " + table + (where.empty() ? "" : " WHERE " + where))
              .first_int64("n");
}

void add_work_area(store::Database& db, const std::string& name) {
  db.query(
        "INSERT INTO work_areas (id, organisation_id, name, created_at) VALUES (1, 1, ?, "
        "'2025-01-01T00:00:00Z')")
      .bind(name)
      .run();
  db.query(
        "INSERT INTO imports (id, work_area_id, kind, file, sha256, rows_read, warnings_json, "
        "created_at, created_by) VALUES (1, 1, 'buurten', 'b', 'x', 0, '[]', '2025', 'test')")
      .run();
}

void add_areas(store::Database& db, const std::vector<Area>& areas) {
  auto q = db.query(
      "INSERT INTO areas (import_id, work_area_id, kind, code, name, wijk_code, gemeente_code, "
      "geometry_rd) VALUES (1, 1, ?, ?, ?, ?, ?, ?)");
  for (const auto& a : areas) {
    q.bind(a.kind, a.code, a.name, store::or_null(a.wijk_code), store::or_null(a.gemeente_code),
           a.geometry_rd);
    q.run();
  }
}

std::string rd_square(int x0, int y0, int side) {
  return fmt::format(
      R"({{"type":"MultiPolygon","coordinates":[[[[{0},{1}],[{2},{1}],[{2},{3}],[{0},{3}],)"
      R"([{0},{1}]]]]}})",
      x0, y0, x0 + side, y0 + side);
}

void add_addresses(store::Database& db, const std::string& postcode, int from, int to,
                   const std::string& buurt, const std::string& wijk) {
  auto q = db.query(
      "INSERT INTO pc6hnr_rows (import_id, work_area_id, postcode, huisnummer, buurt, wijk, "
      "gemeente) VALUES (1, 1, ?, ?, ?, ?, 'GM0106')");
  for (int nr = from; nr <= to; ++nr) {
    q.bind(postcode, nr, buurt, wijk);
    q.run();
  }
}

void add_homes(store::Database& db, const std::vector<Home>& homes) {
  auto q = db.query(
      "INSERT INTO stock_units (import_id, work_area_id, unit_id, postcode, huisnummer, buurtcode, "
      "x, y, source, row) VALUES (1, 1, ?, ?, ?, ?, ?, ?, ?, 1)");
  for (const auto& h : homes) {
    q.bind(h.unit_id, store::or_null(h.postcode), store::or_null(h.huisnummer),
           store::or_null(h.buurtcode), store::or_null(h.x), store::or_null(h.y), h.source);
    q.run();
  }
}

std::int64_t add_staff_user(store::Database& db, std::int64_t organisation,
                            const std::string& email, const std::string& role,
                            const std::string& wijk, bool disabled) {
  db.query(
        "INSERT INTO users (organisation_id, email, display_name, role, password_hash, disabled, "
        "created_at) VALUES (?, ?, ?, ?, 'x', ?, '2025-01-01T00:00:00Z')")
      .bind(organisation, email, email, role, disabled)
      .run();
  const std::int64_t id = db.last_insert_id();
  if (!wijk.empty())
    db.query("INSERT INTO user_wijken (user_id, wijk_code) VALUES (?, ?)").bind(id, wijk).run();
  return id;
}

store::NewInitiative moestuin(const std::string& buurt) {
  store::NewInitiative in;
  in.title = "Moestuin";
  in.description = "Een moestuin voor de buurt.";
  in.type = "groen";
  in.buurt_code = buurt;
  return in;
}

std::ostream& operator<<(std::ostream& out, const AuditRow& row) {
  return out << "{" << row.actor << ", " << row.action << ", " << row.subject << ", " << row.detail
             << ", " << row.purpose << "}";
}

std::vector<AuditRow> audit_rows(store::Database& db, long long from) {
  return db
      .query(
          "SELECT actor, action, subject, detail, COALESCE(purpose, '') AS purpose FROM audit_log "
          "ORDER BY id LIMIT -1 OFFSET ?")
      .bind(from)
      .all([](const store::Row& r) {
        return AuditRow{r.text("actor"), r.text("action"), r.text("subject"), r.text("detail"),
                        r.text("purpose")};
      });
}

std::int64_t add_partnership(store::Database& db, const std::vector<Area>& areas) {
  store::create_organisation(db, "Woonstichting", store::OrganisationKind::corporatie);
  const auto welzijn = store::create_organisation(db, "Welzijn", store::OrganisationKind::welzijn);
  add_work_area(db);
  store::add_partner(db, 1, welzijn);
  add_areas(db, areas);
  add_addresses(db, "9406AB", 1, 10, "BU01060101", "WK010601");
  return welzijn;
}

PartnershipStore::PartnershipStore(const std::vector<Area>& areas)
    : corporation_(1), welzijn_(add_partnership(db_, areas)) {}

CampaignStore::CampaignStore()
    : PartnershipStore({{"buurt", "BU01060101", "Lariks-Noord", "WK010601", "GM0106"},
                        {"buurt", "BU01060201", "Kloosterveen-West", "WK010602", "GM0106"},
                        {"wijk", "WK010601", "Lariks"},
                        {"wijk", "WK010602", "Kloosterveen"},
                        {"gemeente", "GM0106", "Assen"}}) {
  outsider_ = store::create_organisation(db_, "Elders", store::OrganisationKind::welzijn);
  add_addresses(db_, "9408CD", 1, 1, "BU01060201", "WK010602");
  add_homes(db_, {{"u1", "9406XY", "7b", "postcode", "BU01060101"}});
}

std::chrono::system_clock::time_point nine_utc_on(const std::string& iso) {
  std::tm tm{};
  tm.tm_year = std::stoi(iso.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(iso.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(iso.substr(8, 2));
  tm.tm_hour = 9;
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

std::chrono::system_clock::time_point CampaignStore::at(const std::string& iso) {
  return nine_utc_on(iso);
}

store::PortalTreeRequest CampaignStore::tree_request(const store::Address& from,
                                                     const std::string& street) {
  store::PortalTreeRequest t;
  t.address = from;
  t.street = street;
  t.pickup_on = "2026-12-12";
  t.email = "bewoner@example.org";
  return t;
}

store::PortalNomination CampaignStore::nomination_from(const store::Address& from) {
  store::PortalNomination n;
  n.nominee = "Gerda";
  n.address = from;
  n.motivation = "Doet boodschappen voor de hele straat.";
  n.email = "buur@example.org";
  return n;
}

void seed_records_store(store::Database& db) {
  store::create_organisation(db, "Woonstichting", store::OrganisationKind::corporatie);
  store::create_organisation(db, "Welzijn Assen", store::OrganisationKind::welzijn);
  add_work_area(db, "Assen");
  store::add_partner(db, 1, 2);
  add_areas(db, {{"buurt", "BU01060101", "Lariks-Noord", "WK010601", "GM0106"},
                 {"buurt", "BU01060102", "Lariks-Zuid", "WK010601", "GM0106"},
                 {"buurt", "BU01060401", "Pittelo", "WK010604", "GM0106"},
                 {"wijk", "WK010601", "Lariks", "", "GM0106"},
                 {"wijk", "WK010604", "Pittelo", "", "GM0106"},
                 {"gemeente", "GM0106", "Assen"}});
  store::add_theme(db, 1, "Ontmoeten");
}

}  // namespace leefbaar::testing
