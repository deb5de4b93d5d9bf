// Wijk work: codes and dates, the partnership's themes and the wijk profiles.
#include <fmt/format.h>

#include <chrono>
#include <map>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/initiatives.hpp"
#include "store/wijkwerk_detail.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

using namespace wijkwerk_detail;

std::string wijk_of_buurt(Database& db, std::int64_t work_area, const std::string& buurt,
                          const std::string& field) {
  if (!is_buurt_code(buurt))
    throw FieldError(field, "Kies een buurt (een buurtcode als BU01060001).");
  const auto buurten =
      db.query("SELECT count(*) AS n FROM areas WHERE work_area_id = ? AND kind = 'buurt'")
          .bind(work_area)
          .first_int64("n");
  if (buurten.value_or(0) > 0) {
    const auto wijk = db.query(
                            "SELECT wijk_code FROM areas WHERE work_area_id = ? AND kind = 'buurt' "
                            "AND code = ?")
                          .bind(work_area, buurt)
                          .first_text("wijk_code");
    if (!wijk)
      throw FieldError(field, fmt::format("De buurt {} hoort niet bij dit werkgebied.", buurt));
    return *wijk;
  }
  return "WK" + buurt.substr(2, 6);
}

std::vector<WijkArea> list_wijk_areas(Database& db, std::int64_t work_area) {
  std::map<std::string, WijkArea> wijken;
  auto w = db.query(R"sql(
    SELECT DISTINCT code, name FROM areas WHERE work_area_id = ? AND kind = 'wijk'
    ORDER BY code)sql");
  w.bind(work_area);
  while (auto row = w.next()) {
    auto& x = wijken[row->text("code")];
    x.code = row->text("code");
    x.name = row->text("name");
  }
  auto b = db.query(R"sql(
    SELECT DISTINCT code, name, wijk_code FROM areas
    WHERE work_area_id = ? AND kind = 'buurt' AND wijk_code IS NOT NULL
    ORDER BY code)sql");
  b.bind(work_area);
  while (auto row = b.next()) {
    const std::string wijk = row->text("wijk_code");
    auto& x = wijken[wijk];
    if (x.code.empty()) x.code = x.name = wijk;
    x.buurten.emplace_back(row->text("code"), row->text("name"));
  }
  std::vector<WijkArea> out;
  for (auto& [code, x] : wijken) out.push_back(std::move(x));
  return out;
}

// ---- Themes ----------------------------------------------------------------------------------

std::vector<Theme> list_themes(Database& db, std::int64_t work_area) {
  return db.query("SELECT id, name, active FROM wijk_themes WHERE work_area_id = ? ORDER BY name")
      .bind(work_area)
      .all([](const Row& r) {
        return Theme{r.int64("id"), r.text("name"), r.boolean("active")};
      });
}

namespace {

std::string theme_name(const std::string& name) {
  const std::string t(trim(name));
  if (t.empty()) throw FieldError("name", "Geef het thema een naam.");
  if (t.size() > 120) throw FieldError("name", "Gebruik een naam van hoogstens 120 tekens.");
  return t;
}

void theme_name_free(Database& db, std::int64_t work_area, const std::string& name,
                     std::int64_t except) {
  if (db.query("SELECT 1 FROM wijk_themes WHERE work_area_id = ? AND name = ? AND id <> ?")
          .bind(work_area, name, except)
          .exists())
    throw FieldError("name", fmt::format("Er is al een thema '{}'.", name));
}

}  // namespace

ThemeSaved add_theme(Database& db, std::int64_t work_area, const std::string& name) {
  const std::string t = theme_name(name);
  Transaction transaction(db);
  theme_name_free(db, work_area, t, 0);
  const std::int64_t id = db.query("INSERT INTO wijk_themes (work_area_id, name) VALUES (?, ?)")
                              .bind(work_area, t)
                              .insert();
  transaction.commit();
  return {id, t};
}

std::string update_theme(Database& db, std::int64_t work_area, std::int64_t id,
                         const std::string& name, bool active) {
  const std::string t = theme_name(name);
  Transaction transaction(db);
  theme_name_free(db, work_area, t, id);
  if (db.query("UPDATE wijk_themes SET name = ?, active = ? WHERE id = ? AND work_area_id = ?")
          .bind(t, active, id, work_area)
          .run() == 0)
    throw FieldError("id", "Dit thema bestaat niet.");
  transaction.commit();
  return t;
}

// ---- Profiles --------------------------------------------------------------------------------

namespace {

void check_profile(Database& db, std::int64_t work_area, const WijkProfile& p) {
  if (!is_wijk_code(p.wijk_code)) throw FieldError("wijk", "Kies een wijk.");
  if (p.year < 2000 || p.year > 2100)
    throw FieldError("year", "Kies een jaar tussen 2000 en 2100.");
  if (trim(p.description).empty())
    throw FieldError("description", "Beschrijf de wijk in een paar zinnen.");
  if (p.description.size() > 4000)
    throw FieldError("description", "Gebruik hoogstens 4000 tekens.");
  if (p.focus != "basis" && p.focus != "extra")
    throw FieldError("focus", "Kies de inzet: basis of extra.");
  for (std::size_t i = 0; i < p.priorities.size(); ++i) {
    if (!db.query("SELECT active FROM wijk_themes WHERE id = ? AND work_area_id = ?")
             .bind(p.priorities[i], work_area)
             .exists())
      throw FieldError("priorities", "Kies de prioriteiten uit de lijst met thema's.");
    for (std::size_t j = 0; j < i; ++j)
      if (p.priorities[j] == p.priorities[i])
        throw FieldError("priorities", "Kies elk thema hoogstens een keer.");
  }
  for (std::size_t i = 0; i < p.team.size(); ++i) {
    const auto& m = p.team[i];
    const std::string f = fmt::format("team[{}]", i);
    require_partnership_organisation(db, work_area, m.organisation_id, f + ".organisation_id");
    if (trim(m.name).empty() || m.name.size() > 120)
      throw FieldError(f + ".name", "Geef de naam van het teamlid (hoogstens 120 tekens).");
    if (trim(m.team_role).empty() || m.team_role.size() > 120)
      throw FieldError(f + ".team_role", "Geef de rol in het team (hoogstens 120 tekens).");
  }
  for (std::size_t i = 0; i < p.meeting_places.size(); ++i) {
    const auto& m = p.meeting_places[i];
    const std::string f = fmt::format("meeting_places[{}]", i);
    if (m.kind != "bic" && m.kind != "buurthuis" && m.kind != "wijkcentrum" && m.kind != "anders")
      throw FieldError(f + ".kind", "Kies de soort plek: BIC, buurthuis, wijkcentrum of anders.");
    if (trim(m.name).empty()) throw FieldError(f + ".name", "Geef de naam van de plek.");
    if (trim(m.address).empty()) throw FieldError(f + ".address", "Geef het adres van de plek.");
    if (!m.opened_on.empty() && !is_iso_date(m.opened_on))
      throw FieldError(f + ".opened_on", "Geef de openingsdatum als JJJJ-MM-DD.");
    if (!m.closed_on.empty() && !is_iso_date(m.closed_on))
      throw FieldError(f + ".closed_on", "Geef de sluitingsdatum als JJJJ-MM-DD.");
    if (!m.opened_on.empty() && !m.closed_on.empty() && m.closed_on < m.opened_on)
      throw FieldError(f + ".closed_on", "De sluitingsdatum ligt voor de openingsdatum.");
  }
}

}  // namespace

std::int64_t save_profile(Database& db, std::int64_t work_area, const WijkProfile& p,
                          const std::string& actor) {
  check_profile(db, work_area, p);
  Transaction transaction(db);
  db.query(
        "INSERT INTO wijk_profiles (work_area_id, wijk_code, year, description, focus, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (work_area_id, "
        "wijk_code, year) DO UPDATE SET description = excluded.description, focus = "
        "excluded.focus, updated_at = excluded.updated_at, updated_by = excluded.updated_by")
      .bind(work_area, p.wijk_code, p.year, trim(p.description), p.focus, utc_now(), actor)
      .run();
  const std::int64_t id =
      db.query("SELECT id FROM wijk_profiles WHERE work_area_id = ? AND wijk_code = ? AND year = ?")
          .bind(work_area, p.wijk_code, p.year)
          .first_int64("id")
          .value();
  for (const char* table : {"wijk_profile_priorities", "wijk_team_members", "wijk_meeting_places"})
    db.query(fmt::format("DELETE FROM {} WHERE profile_id = ?", table)).bind(id).run();
  auto priority = db.query(
      "INSERT INTO wijk_profile_priorities (profile_id, theme_id, position) VALUES (?, ?, ?)");
  for (std::size_t i = 0; i < p.priorities.size(); ++i)
    priority.bind(id, p.priorities[i], static_cast<int>(i)).run();
  auto member = db.query(
      "INSERT INTO wijk_team_members (profile_id, organisation_id, name, team_role) VALUES (?, ?, "
      "?, ?)");
  for (const auto& m : p.team)
    member.bind(id, m.organisation_id, trim(m.name), trim(m.team_role)).run();
  auto place = db.query(
      "INSERT INTO wijk_meeting_places (profile_id, kind, name, address, opened_on, closed_on) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  for (const auto& m : p.meeting_places)
    place
        .bind(id, m.kind, trim(m.name), trim(m.address), or_null(m.opened_on), or_null(m.closed_on))
        .run();
  transaction.commit();
  return id;
}

namespace {

void read_profile_details(Database& db, WijkProfile& p) {
  auto pr = db.query(
      "SELECT t.id AS theme_id, t.name AS theme_name FROM wijk_profile_priorities p JOIN "
      "wijk_themes t ON t.id = p.theme_id WHERE p.profile_id = ? ORDER BY p.position");
  pr.bind(p.id);
  while (auto row = pr.next()) {
    p.priorities.push_back(row->int64("theme_id"));
    p.priority_names.push_back(row->text("theme_name"));
  }
  p.team = db.query(
                 "SELECT m.organisation_id AS organisation_id, o.name AS organisation_name, m.name "
                 "AS member_name, m.team_role AS team_role FROM wijk_team_members m JOIN "
                 "organisations o ON o.id = m.organisation_id WHERE m.profile_id = ? ORDER BY "
                 "o.name, m.id")
               .bind(p.id)
               .all([](const Row& r) {
                 return TeamMember{r.int64("organisation_id"), r.text("organisation_name"),
                                   r.text("member_name"), r.text("team_role")};
               });
  constexpr const char* kMeetingPlaces = R"sql(
    SELECT kind, name, address, opened_on, closed_on FROM wijk_meeting_places
    WHERE profile_id = ? ORDER BY id)sql";
  p.meeting_places = db.query(kMeetingPlaces).bind(p.id).all([](const Row& r) {
    return MeetingPlace{r.text("kind"), r.text("name"), r.text("address"), r.text("opened_on"),
                        r.text("closed_on")};
  });
}

}  // namespace

std::vector<WijkProfile> list_profiles(Database& db, std::int64_t work_area,
                                       const std::string& wijk, int year) {
  auto q = db.query(
      "SELECT id, wijk_code, year, description, focus, updated_at, updated_by FROM wijk_profiles "
      "WHERE work_area_id = ? AND (? = '' OR wijk_code = ?) AND (? = 0 OR year = ?) ORDER BY "
      "wijk_code, year");
  auto out = q.bind(work_area, wijk, wijk, year, year).all([](const Row& r) {
    WijkProfile p;
    p.id = r.int64("id");
    p.wijk_code = r.text("wijk_code");
    p.year = r.integer("year");
    p.description = r.text("description");
    p.focus = r.text("focus");
    p.updated_at = r.text("updated_at");
    p.updated_by = r.text("updated_by");
    return p;
  });
  for (auto& p : out) read_profile_details(db, p);
  return out;
}

std::optional<WijkProfile> find_profile(Database& db, std::int64_t work_area, std::int64_t id) {
  auto key =
      db.query("SELECT wijk_code, year FROM wijk_profiles WHERE id = ? AND work_area_id = ?")
          .bind(id, work_area)
          .first([](const Row& r) { return std::pair(r.text("wijk_code"), r.integer("year")); });
  if (!key) return std::nullopt;
  auto found = list_profiles(db, work_area, key->first, key->second);
  if (found.empty()) return std::nullopt;
  return found.front();
}

void remove_profile(Database& db, std::int64_t work_area, std::int64_t id) {
  Transaction transaction(db);
  if (db.query("DELETE FROM wijk_profiles WHERE id = ? AND work_area_id = ?")
          .bind(id, work_area)
          .run() == 0)
    throw FieldError("id", "Dit wijkprofiel bestaat niet.");
  transaction.commit();
}

std::vector<int> planned_years(Database& db, std::int64_t work_area) {
  auto q = db.query(
      "SELECT year FROM wijk_profiles WHERE work_area_id = ? UNION SELECT CAST(substr(held_on, 1, "
      "4) AS INTEGER) AS year FROM wijk_activities WHERE work_area_id = ? ORDER BY year DESC");
  return q.bind(work_area, work_area).all([](const Row& r) { return r.integer("year"); });
}

}  // namespace leefbaar::store
