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

namespace {

bool digits(const std::string& s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

bool is_wijk_code(const std::string& code) {
  return code.size() == 8 && code.rfind("WK", 0) == 0 && digits(code, 2);
}

bool is_buurt_code(const std::string& code) {
  return code.size() == 10 && code.rfind("BU", 0) == 0 && digits(code, 2);
}

std::string wijk_of_buurt(Database& database, std::int64_t work_area, const std::string& buurt,
                          const std::string& field) {
  if (!is_buurt_code(buurt))
    throw FieldError(field, "Kies een buurt (een buurtcode als BU01060001).");
  SQLite::Statement count(database.sql(),
                          "SELECT count(*) FROM areas WHERE work_area_id = ? AND kind = 'buurt'");
  count.bind(1, work_area);
  count.executeStep();
  if (count.getColumn(0).getInt64() > 0) {
    SQLite::Statement q(database.sql(),
                        "SELECT wijk_code FROM areas WHERE work_area_id = ? AND kind = 'buurt' AND "
                        "code = ?");
    q.bind(1, work_area);
    q.bind(2, buurt);
    if (!q.executeStep() || q.getColumn(0).isNull())
      throw FieldError(field, fmt::format("De buurt {} hoort niet bij dit werkgebied.", buurt));
    return q.getColumn(0).getString();
  }
  return "WK" + buurt.substr(2, 6);
}

std::vector<WijkArea> list_wijk_areas(Database& database, std::int64_t work_area) {
  std::map<std::string, WijkArea> wijken;
  SQLite::Statement w(database.sql(),
                      "SELECT DISTINCT code, name FROM areas WHERE work_area_id = ? AND kind = "
                      "'wijk' ORDER BY code");
  w.bind(1, work_area);
  while (w.executeStep()) {
    auto& x = wijken[w.getColumn(0).getString()];
    x.code = w.getColumn(0).getString();
    x.name = w.getColumn(1).getString();
  }
  SQLite::Statement b(database.sql(),
                      "SELECT DISTINCT code, name, wijk_code FROM areas WHERE work_area_id = ? AND "
                      "kind = 'buurt' AND wijk_code IS NOT NULL ORDER BY code");
  b.bind(1, work_area);
  while (b.executeStep()) {
    const std::string wijk = b.getColumn(2).getString();
    auto& x = wijken[wijk];
    if (x.code.empty()) x.code = x.name = wijk;
    x.buurten.emplace_back(b.getColumn(0).getString(), b.getColumn(1).getString());
  }
  std::vector<WijkArea> out;
  for (auto& [code, x] : wijken) out.push_back(std::move(x));
  return out;
}

void audit_wijkwerk_read(Database& database, const std::string& actor, const std::string& subject,
                         const std::string& purpose) {
  record_audit(database.sql(), {actor, "read", subject, "", purpose});
}

// ---- Themes ----------------------------------------------------------------------------------

std::vector<Theme> list_themes(Database& database, std::int64_t work_area) {
  SQLite::Statement q(database.sql(),
                      "SELECT id, name, active FROM wijk_themes WHERE work_area_id = ? ORDER BY "
                      "name");
  q.bind(1, work_area);
  std::vector<Theme> out;
  while (q.executeStep())
    out.push_back(
        {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt() != 0});
  return out;
}

namespace {

std::string theme_name(const std::string& name) {
  const std::string t(trim(name));
  if (t.empty()) throw FieldError("name", "Geef het thema een naam.");
  if (t.size() > 120) throw FieldError("name", "Gebruik een naam van hoogstens 120 tekens.");
  return t;
}

void theme_name_free(SQLite::Database& db, std::int64_t work_area, const std::string& name,
                     std::int64_t except) {
  SQLite::Statement q(db,
                      "SELECT 1 FROM wijk_themes WHERE work_area_id = ? AND name = ? AND id <> ?");
  q.bind(1, work_area);
  q.bind(2, name);
  q.bind(3, except);
  if (q.executeStep()) throw FieldError("name", fmt::format("Er is al een thema '{}'.", name));
}

}  // namespace

std::int64_t add_theme(Database& database, std::int64_t work_area, const std::string& name,
                       const std::string& actor) {
  const std::string t = theme_name(name);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  theme_name_free(db, work_area, t, 0);
  SQLite::Statement q(db, "INSERT INTO wijk_themes (work_area_id, name) VALUES (?, ?)");
  q.bind(1, work_area);
  q.bind(2, t);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("wijk_theme/{}", id), t, ""});
  transaction.commit();
  return id;
}

void update_theme(Database& database, std::int64_t work_area, std::int64_t id,
                  const std::string& name, bool active, const std::string& actor) {
  const std::string t = theme_name(name);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  theme_name_free(db, work_area, t, id);
  SQLite::Statement q(
      db, "UPDATE wijk_themes SET name = ?, active = ? WHERE id = ? AND work_area_id = ?");
  q.bind(1, t);
  q.bind(2, active ? 1 : 0);
  q.bind(3, id);
  q.bind(4, work_area);
  if (q.exec() == 0) throw FieldError("id", "Dit thema bestaat niet.");
  record_audit(db, {actor, "update", fmt::format("wijk_theme/{}", id),
                    fmt::format("{} ({})", t, active ? "actief" : "niet actief"), ""});
  transaction.commit();
}

// ---- Profiles --------------------------------------------------------------------------------

namespace {

void check_profile(SQLite::Database& db, std::int64_t work_area, const WijkProfile& p) {
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
    SQLite::Statement q(db, "SELECT active FROM wijk_themes WHERE id = ? AND work_area_id = ?");
    q.bind(1, p.priorities[i]);
    q.bind(2, work_area);
    if (!q.executeStep())
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

std::int64_t save_profile(Database& database, std::int64_t work_area, const WijkProfile& p,
                          const std::string& actor) {
  auto& db = database.sql();
  check_profile(db, work_area, p);
  SQLite::Transaction transaction(db);
  SQLite::Statement up(db,
                       "INSERT INTO wijk_profiles (work_area_id, wijk_code, year, description, "
                       "focus, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(work_area_id, wijk_code, year) DO UPDATE SET description = "
                       "excluded.description, focus = excluded.focus, updated_at = "
                       "excluded.updated_at, updated_by = excluded.updated_by");
  up.bind(1, work_area);
  up.bind(2, p.wijk_code);
  up.bind(3, p.year);
  up.bind(4, std::string(trim(p.description)));
  up.bind(5, p.focus);
  up.bind(6, utc_now());
  up.bind(7, actor);
  up.exec();
  SQLite::Statement idq(
      db, "SELECT id FROM wijk_profiles WHERE work_area_id = ? AND wijk_code = ? AND year = ?");
  idq.bind(1, work_area);
  idq.bind(2, p.wijk_code);
  idq.bind(3, p.year);
  idq.executeStep();
  const std::int64_t id = idq.getColumn(0).getInt64();
  for (const char* table :
       {"wijk_profile_priorities", "wijk_team_members", "wijk_meeting_places"}) {
    SQLite::Statement del(db, fmt::format("DELETE FROM {} WHERE profile_id = ?", table));
    del.bind(1, id);
    del.exec();
  }
  for (std::size_t i = 0; i < p.priorities.size(); ++i) {
    SQLite::Statement q(
        db,
        "INSERT INTO wijk_profile_priorities (profile_id, theme_id, position) VALUES (?, ?, ?)");
    q.bind(1, id);
    q.bind(2, p.priorities[i]);
    q.bind(3, static_cast<int>(i));
    q.exec();
  }
  for (const auto& m : p.team) {
    SQLite::Statement q(db,
                        "INSERT INTO wijk_team_members (profile_id, organisation_id, name, "
                        "team_role) VALUES (?, ?, ?, ?)");
    q.bind(1, id);
    q.bind(2, m.organisation_id);
    q.bind(3, std::string(trim(m.name)));
    q.bind(4, std::string(trim(m.team_role)));
    q.exec();
  }
  for (const auto& m : p.meeting_places) {
    SQLite::Statement q(db,
                        "INSERT INTO wijk_meeting_places (profile_id, kind, name, address, "
                        "opened_on, closed_on) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, id);
    q.bind(2, m.kind);
    q.bind(3, std::string(trim(m.name)));
    q.bind(4, std::string(trim(m.address)));
    bind_optional(q, 5, m.opened_on);
    bind_optional(q, 6, m.closed_on);
    q.exec();
  }
  record_audit(db, {actor, "save", fmt::format("wijk_profile/{}", id),
                    fmt::format("{} {} ({} teamleden)", p.wijk_code, p.year, p.team.size()), ""});
  transaction.commit();
  return id;
}

std::vector<WijkProfile> list_profiles(Database& database, std::int64_t work_area,
                                       const std::string& wijk, int year) {
  auto& db = database.sql();
  SQLite::Statement q(db,
                      "SELECT id, wijk_code, year, description, focus, updated_at, updated_by "
                      "FROM wijk_profiles WHERE work_area_id = ? AND (? = '' OR wijk_code = ?) "
                      "AND (? = 0 OR year = ?) ORDER BY wijk_code, year");
  q.bind(1, work_area);
  q.bind(2, wijk);
  q.bind(3, wijk);
  q.bind(4, year);
  q.bind(5, year);
  std::vector<WijkProfile> out;
  while (q.executeStep()) {
    WijkProfile p;
    p.id = q.getColumn(0).getInt64();
    p.wijk_code = q.getColumn(1).getString();
    p.year = q.getColumn(2).getInt();
    p.description = q.getColumn(3).getString();
    p.focus = q.getColumn(4).getString();
    p.updated_at = q.getColumn(5).getString();
    p.updated_by = q.getColumn(6).getString();
    out.push_back(std::move(p));
  }
  for (auto& p : out) {
    SQLite::Statement pr(db,
                         "SELECT t.id, t.name FROM wijk_profile_priorities p JOIN wijk_themes t ON "
                         "t.id = p.theme_id WHERE p.profile_id = ? ORDER BY p.position");
    pr.bind(1, p.id);
    while (pr.executeStep()) {
      p.priorities.push_back(pr.getColumn(0).getInt64());
      p.priority_names.push_back(pr.getColumn(1).getString());
    }
    SQLite::Statement tm(db,
                         "SELECT m.organisation_id, o.name, m.name, m.team_role FROM "
                         "wijk_team_members m JOIN organisations o ON o.id = m.organisation_id "
                         "WHERE m.profile_id = ? ORDER BY o.name, m.id");
    tm.bind(1, p.id);
    while (tm.executeStep())
      p.team.push_back({tm.getColumn(0).getInt64(), tm.getColumn(1).getString(),
                        tm.getColumn(2).getString(), tm.getColumn(3).getString()});
    SQLite::Statement mp(db,
                         "SELECT kind, name, address, opened_on, closed_on FROM "
                         "wijk_meeting_places WHERE profile_id = ? ORDER BY id");
    mp.bind(1, p.id);
    while (mp.executeStep())
      p.meeting_places.push_back({mp.getColumn(0).getString(), mp.getColumn(1).getString(),
                                  mp.getColumn(2).getString(), optional_text(mp.getColumn(3)),
                                  optional_text(mp.getColumn(4))});
  }
  return out;
}

}  // namespace leefbaar::store
