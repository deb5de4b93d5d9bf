// Wijk work: activities (with their CSV export and import) and the yearly campaigns with their
// intake: Christmas trees, superbuur nominations and neighbourhood reporters.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/import_table.hpp"
#include "store/wijkwerk_detail.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

namespace wijkwerk_detail {

// A wijk code the work area knows (when its areas are loaded).
void check_wijk(SQLite::Database& db, std::int64_t work_area, const std::string& wijk,
                const std::string& field) {
  if (!is_wijk_code(wijk)) throw FieldError(field, "Kies een wijk (een wijkcode als WK010601).");
  SQLite::Statement any(db, "SELECT count(*) FROM areas WHERE work_area_id = ? AND kind = 'wijk'");
  any.bind(1, work_area);
  any.executeStep();
  if (any.getColumn(0).getInt64() == 0) return;
  SQLite::Statement q(db,
                      "SELECT 1 FROM areas WHERE work_area_id = ? AND kind = 'wijk' AND code = ?");
  q.bind(1, work_area);
  q.bind(2, wijk);
  if (!q.executeStep())
    throw FieldError(field, fmt::format("De wijk {} hoort niet bij dit werkgebied.", wijk));
}

std::string text_field(const std::string& value, const std::string& field, std::size_t max,
                       const std::string& missing) {
  std::string t(trim(value));
  if (t.empty()) throw FieldError(field, missing);
  if (t.size() > max) throw FieldError(field, fmt::format("Gebruik hoogstens {} tekens.", max));
  return t;
}

}  // namespace wijkwerk_detail

using namespace wijkwerk_detail;

namespace {

void check_activity(Database& database, std::int64_t work_area, Activity& a) {
  auto& db = database.sql();
  if (!is_iso_date(a.held_on)) throw FieldError("held_on", "Geef de datum als JJJJ-MM-DD.");
  if (!a.buurt_code.empty()) {
    const std::string wijk = wijk_of_buurt(database, work_area, a.buurt_code, "buurt_code");
    if (!a.wijk_code.empty() && a.wijk_code != wijk)
      throw FieldError("buurt_code", "Deze buurt ligt niet in de gekozen wijk.");
    a.wijk_code = wijk;
  }
  check_wijk(db, work_area, a.wijk_code, "wijk_code");
  if (std::find(std::begin(kActivityTypes), std::end(kActivityTypes), a.type) ==
      std::end(kActivityTypes))
    throw FieldError("type", "Kies de soort activiteit uit de lijst.");
  a.title = text_field(a.title, "title", 200, "Geef de activiteit een titel.");
  if (a.theme_id != 0) {
    SQLite::Statement q(db, "SELECT 1 FROM wijk_themes WHERE id = ? AND work_area_id = ?");
    q.bind(1, a.theme_id);
    q.bind(2, work_area);
    if (!q.executeStep())
      throw FieldError("theme_id", "Kies de prioriteit uit de lijst met thema's.");
  }
  if (a.effort != "Basis" && a.effort != "Plus" && a.effort != "PlusPlus")
    throw FieldError("effort", "Kies de inzet: Basis, Plus of PlusPlus.");
  a.organisations =
      text_field(a.organisations, "organisations", 300, "Noem de organisaties die meededen.");
  if (a.participants < 0 || a.participants > 1'000'000)
    throw FieldError("participants", "Geef het aantal deelnemers (0 of meer).");
  if (a.cost_cents < 0 || a.cost_cents > 100'000'000'00LL)
    throw FieldError("cost", "Geef de kosten in euro's (0 of meer).");
  a.result = std::string(trim(a.result));
  if (a.result.size() > 2000) throw FieldError("result", "Gebruik hoogstens 2000 tekens.");
}

std::int64_t insert_activity(SQLite::Database& db, std::int64_t work_area, const Activity& a,
                             const std::string& actor) {
  SQLite::Statement q(db,
                      "INSERT INTO wijk_activities (work_area_id, held_on, wijk_code, buurt_code, "
                      "type, title, theme_id, effort, organisations, participants, cost_cents, "
                      "result, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                      "?, ?)");
  q.bind(1, work_area);
  q.bind(2, a.held_on);
  q.bind(3, a.wijk_code);
  bind_optional(q, 4, a.buurt_code);
  q.bind(5, a.type);
  q.bind(6, a.title);
  if (a.theme_id == 0)
    q.bind(7);
  else
    q.bind(7, a.theme_id);
  q.bind(8, a.effort);
  q.bind(9, a.organisations);
  q.bind(10, static_cast<std::int64_t>(a.participants));
  q.bind(11, static_cast<std::int64_t>(a.cost_cents));
  q.bind(12, a.result);
  q.bind(13, utc_now());
  q.bind(14, actor);
  q.exec();
  return db.getLastInsertRowid();
}

std::string euros(long long cents) {
  return fmt::format("{},{:02}", cents / 100, cents % 100);
}

// "2025-03-14" or "14-3-2025" -> ISO; empty when neither.
std::string import_date(const std::string& cell) {
  const std::string t(trim(cell));
  if (is_iso_date(t)) return t;
  const auto a = t.find('-'), b = t.rfind('-');
  if (a == std::string::npos || a == b) return {};
  const std::string iso =
      fmt::format("{}-{:0>2}-{:0>2}", t.substr(b + 1), t.substr(a + 1, b - a - 1), t.substr(0, a));
  return is_iso_date(iso) ? iso : std::string{};
}

}  // namespace

std::int64_t add_activity(Database& database, std::int64_t work_area, const Activity& activity,
                          const std::string& actor) {
  Activity a = activity;
  check_activity(database, work_area, a);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  const std::int64_t id = insert_activity(db, work_area, a, actor);
  record_audit(db, {actor, "create", fmt::format("wijk_activity/{}", id),
                    fmt::format("{} {} {}", a.held_on, a.wijk_code, a.title), ""});
  transaction.commit();
  return id;
}

std::vector<Activity> list_activities(Database& database, std::int64_t work_area,
                                      const std::string& wijk, int year) {
  SQLite::Statement q(database.sql(),
                      "SELECT a.id, a.held_on, a.wijk_code, a.buurt_code, a.type, a.title, "
                      "a.theme_id, t.name, a.effort, a.organisations, a.participants, "
                      "a.cost_cents, a.result FROM wijk_activities a LEFT JOIN wijk_themes t ON "
                      "t.id = a.theme_id WHERE a.work_area_id = ? AND (? = '' OR a.wijk_code = ?) "
                      "AND (? = 0 OR substr(a.held_on, 1, 4) = ?) ORDER BY a.held_on, a.id");
  q.bind(1, work_area);
  q.bind(2, wijk);
  q.bind(3, wijk);
  q.bind(4, year);
  q.bind(5, fmt::format("{:04}", year));
  std::vector<Activity> out;
  while (q.executeStep()) {
    Activity a;
    a.id = q.getColumn(0).getInt64();
    a.held_on = q.getColumn(1).getString();
    a.wijk_code = q.getColumn(2).getString();
    a.buurt_code = optional_text(q.getColumn(3));
    a.type = q.getColumn(4).getString();
    a.title = q.getColumn(5).getString();
    a.theme_id = q.getColumn(6).isNull() ? 0 : q.getColumn(6).getInt64();
    a.theme = optional_text(q.getColumn(7));
    a.effort = q.getColumn(8).getString();
    a.organisations = q.getColumn(9).getString();
    a.participants = q.getColumn(10).getInt64();
    a.cost_cents = q.getColumn(11).getInt64();
    a.result = q.getColumn(12).getString();
    out.push_back(std::move(a));
  }
  return out;
}

std::string activities_csv(const std::vector<Activity>& activities) {
  std::string out =
      "datum;wijk;buurt;soort;titel;prioriteit;inzet;organisaties;deelnemers;kosten;resultaat\r\n";
  for (const auto& a : activities) {
    out += fmt::format("{};{};{};{};{};{};{};{};{};{};{}\r\n", a.held_on, a.wijk_code, a.buurt_code,
                       csv_cell(a.type), csv_cell(a.title), csv_cell(a.theme), a.effort,
                       csv_cell(a.organisations), a.participants, euros(a.cost_cents),
                       csv_cell(a.result));
  }
  return out;
}

long long import_activities_csv(Database& database, std::int64_t work_area, const std::string& csv,
                                const std::string& actor) {
  // The reader of every table import (GDAL's CSV driver after our checks of quotes, fields per
  // row and encoding), not a parser of its own.
  ImportTable table;
  try {
    table = read_import_table(csv, "activiteiten.csv");
  } catch (const RecordImportError& e) {
    std::vector<ImportProblem> problems;
    for (const auto& p : e.problems()) problems.push_back({p.row, p.column, p.message});
    throw ActivityImportError(problems);
  }
  return import_activities_table(database, work_area, table, actor);
}

long long import_activities_table(Database& database, std::int64_t work_area,
                                  const ImportTable& table, const std::string& actor) {
  std::vector<ImportProblem> problems;
  const long long header = table.header_row;
  if (table.columns.empty())
    throw ActivityImportError(
        {{header, "", "Het bestand is leeg: verwacht een kopregel en rijen."}});
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < table.columns.size(); ++i)
    column[to_lower(trim(table.columns[i]))] = i;
  for (const char* needed :
       {"datum", "soort", "titel", "inzet", "organisaties", "deelnemers", "kosten"})
    if (!column.count(needed))
      problems.push_back(
          {header, needed, fmt::format("De kolom '{}' ontbreekt in de kopregel.", needed)});
  if (!column.count("buurt") && !column.count("wijk"))
    problems.push_back({header, "wijk", "De kolom 'wijk' of 'buurt' ontbreekt in de kopregel."});
  if (table.rows.empty())
    problems.push_back({header, "", "Het bestand heeft geen rijen onder de kopregel."});
  if (!problems.empty()) throw ActivityImportError(problems);

  std::map<std::string, std::int64_t> themes;
  for (const auto& t : list_themes(database, work_area)) themes[to_lower(t.name)] = t.id;

  std::vector<Activity> activities;
  for (const auto& row : table.rows) {
    const long long line = row.number;
    auto cell = [&](const char* name) -> std::string {
      const auto it = column.find(name);
      if (it == column.end() || it->second >= row.cells.size()) return {};
      return std::string(trim(row.cells[it->second]));
    };
    Activity a;
    a.held_on = import_date(cell("datum"));
    if (a.held_on.empty()) {
      problems.push_back({line, "datum", "Geef de datum als JJJJ-MM-DD of DD-MM-JJJJ."});
      continue;
    }
    a.wijk_code = cell("wijk");
    a.buurt_code = cell("buurt");
    a.type = to_lower(cell("soort"));
    a.title = cell("titel");
    const std::string theme = cell("prioriteit");
    if (!theme.empty()) {
      const auto it = themes.find(to_lower(theme));
      if (it == themes.end()) {
        problems.push_back(
            {line, "prioriteit", fmt::format("Het thema '{}' staat niet in de lijst.", theme)});
        continue;
      }
      a.theme_id = it->second;
    }
    const std::string effort = to_lower(cell("inzet"));
    a.effort = effort == "basis"      ? "Basis"
               : effort == "plus"     ? "Plus"
               : effort == "plusplus" ? "PlusPlus"
                                      : effort;
    a.organisations = cell("organisaties");
    const auto participants = parse_integer(cell("deelnemers"));
    if (!participants) {
      problems.push_back({line, "deelnemers", "Geef het aantal deelnemers als heel getal."});
      continue;
    }
    a.participants = *participants;
    const auto cost = parse_number(cell("kosten").empty() ? "0" : cell("kosten"));
    if (!cost) {
      problems.push_back({line, "kosten", "Geef de kosten als bedrag in euro's, zoals 125,50."});
      continue;
    }
    a.cost_cents = std::llround(*cost * 100);
    a.result = cell("resultaat");
    try {
      check_activity(database, work_area, a);
      activities.push_back(a);
    } catch (const FieldError& e) {
      static const std::map<std::string, std::string> dutch = {{"held_on", "datum"},
                                                               {"buurt_code", "buurt"},
                                                               {"wijk_code", "wijk"},
                                                               {"type", "soort"},
                                                               {"title", "titel"},
                                                               {"theme_id", "prioriteit"},
                                                               {"effort", "inzet"},
                                                               {"organisations", "organisaties"},
                                                               {"participants", "deelnemers"},
                                                               {"cost", "kosten"},
                                                               {"result", "resultaat"}};
      const auto it = dutch.find(e.field());
      problems.push_back({line, it == dutch.end() ? e.field() : it->second, e.what()});
    }
    if (problems.size() >= 50) break;
  }
  if (!problems.empty()) throw ActivityImportError(problems);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  for (const auto& a : activities) insert_activity(db, work_area, a, actor);
  record_audit(db, {actor, "import", "wijk_activities",
                    fmt::format("{} activiteiten ingelezen", activities.size()), ""});
  transaction.commit();
  return static_cast<long long>(activities.size());
}

// ---- Campaigns -------------------------------------------------------------------------------

namespace {

Campaign campaign_of(SQLite::Statement& q) {
  return {q.getColumn(0).getInt64(),  q.getColumn(1).getString(), q.getColumn(2).getInt(),
          q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
          q.getColumn(6).getInt64()};
}

constexpr const char* kCampaignColumns =
    "SELECT id, kind, year, name, opens_on, closes_on, contribution_cents FROM wijk_campaigns ";

std::int64_t campaign_id(Database& database, std::int64_t work_area, const std::string& kind,
                         int year, const std::string& actor) {
  if (year < 2000 || year > 2100) throw FieldError("year", "Kies een jaar tussen 2000 en 2100.");
  return ensure_campaign(database, work_area, kind, year, actor).id;
}

std::string street_key(const std::string& street) {
  std::string out;
  for (char c : to_lower(trim(street)))
    if (c != ' ' && c != '-' && c != '.' && c != '\'') out += c;
  return out;
}

}  // namespace

Campaign ensure_campaign(Database& database, std::int64_t work_area, const std::string& kind,
                         int year, const std::string& actor) {
  auto& db = database.sql();
  {
    SQLite::Statement q(
        db, std::string(kCampaignColumns) + "WHERE work_area_id = ? AND kind = ? AND year = ?");
    q.bind(1, work_area);
    q.bind(2, kind);
    q.bind(3, year);
    if (q.executeStep()) return campaign_of(q);
  }
  // The templates: the same campaign every year, with its own intake period.
  Campaign c{0, kind, year, "", "", "", 0};
  if (kind == "kerstbomen") {
    c.name = fmt::format("Kerstbomenactie {}", year);
    c.opens_on = fmt::format("{}-11-01", year);
    c.closes_on = fmt::format("{}-12-08", year);
    c.contribution_cents = 2500;
  } else if (kind == "superbuur") {
    c.name = fmt::format("Superbuur {}", year);
    c.opens_on = fmt::format("{}-10-15", year);
    c.closes_on = fmt::format("{}-12-01", year);
  } else if (kind == "wijkreporters") {
    c.name = fmt::format("Wijkreporters {}", year);
    c.opens_on = fmt::format("{}-01-01", year);
    c.closes_on = fmt::format("{}-12-31", year);
  } else {
    throw FieldError("kind", "Kies de actie: kerstbomen, superbuur of wijkreporters.");
  }
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "INSERT INTO wijk_campaigns (work_area_id, kind, year, name, opens_on, "
                      "closes_on, contribution_cents) VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, work_area);
  q.bind(2, kind);
  q.bind(3, year);
  q.bind(4, c.name);
  q.bind(5, c.opens_on);
  q.bind(6, c.closes_on);
  q.bind(7, static_cast<std::int64_t>(c.contribution_cents));
  q.exec();
  c.id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("wijk_campaign/{}", c.id), c.name, ""});
  transaction.commit();
  return c;
}

std::vector<Campaign> list_campaigns(Database& database, std::int64_t work_area, int year) {
  SQLite::Statement q(database.sql(), std::string(kCampaignColumns) +
                                          "WHERE work_area_id = ? AND (? = 0 OR year = ?) ORDER "
                                          "BY year, kind");
  q.bind(1, work_area);
  q.bind(2, year);
  q.bind(3, year);
  std::vector<Campaign> out;
  while (q.executeStep()) out.push_back(campaign_of(q));
  return out;
}

bool campaign_open(const Campaign& campaign, const std::string& today) {
  return today >= campaign.opens_on && today <= campaign.closes_on;
}

std::int64_t request_christmas_tree(Database& database, std::int64_t work_area, int year,
                                    const TreeRequest& request, const std::string& actor) {
  const std::string street = text_field(request.street, "street", 120, "Geef de straat.");
  const std::string wijk = wijk_of_buurt(database, work_area, request.buurt_code, "buurt_code");
  if (!request.pickup_on.empty() && !is_iso_date(request.pickup_on))
    throw FieldError("pickup_on", "Geef de ophaaldatum als JJJJ-MM-DD.");
  if (request.source != "portaal" && request.source != "medewerker")
    throw FieldError("source", "Onbekende herkomst van de aanvraag.");
  if (request.contribution_cents < -1 || request.contribution_cents > 100000)
    throw FieldError("contribution", "Geef een bijdrage tussen 0 en 1000 euro.");
  const std::int64_t campaign = campaign_id(database, work_area, "kerstbomen", year, actor);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement exists(db,
                           "SELECT 1 FROM wijk_tree_requests WHERE campaign_id = ? AND "
                           "street_key = ?");
  exists.bind(1, campaign);
  exists.bind(2, street_key(street));
  if (exists.executeStep())
    throw ConflictError("street", fmt::format("Voor de {} is in {} al een kerstboom aangevraagd. "
                                              "Per straat kan dat een keer per jaar.",
                                              street, year));
  SQLite::Statement q(db,
                      "INSERT INTO wijk_tree_requests (campaign_id, street, street_key, "
                      "buurt_code, wijk_code, pickup_on, contribution_cents, source, created_at, "
                      "created_by) SELECT ?, ?, ?, ?, ?, ?, CASE WHEN ? < 0 THEN "
                      "contribution_cents ELSE ? END, ?, ?, ? FROM wijk_campaigns WHERE id = ?");
  q.bind(1, campaign);
  q.bind(2, street);
  q.bind(3, street_key(street));
  q.bind(4, request.buurt_code);
  q.bind(5, wijk);
  bind_optional(q, 6, request.pickup_on);
  q.bind(7, static_cast<std::int64_t>(request.contribution_cents));
  q.bind(8, static_cast<std::int64_t>(request.contribution_cents));
  q.bind(9, request.source);
  q.bind(10, utc_now());
  q.bind(11, actor);
  q.bind(12, campaign);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("wijk_tree_request/{}", id),
                    fmt::format("{} ({})", street, request.buurt_code), ""});
  transaction.commit();
  return id;
}

std::vector<TreeRequest> list_tree_requests(Database& database, std::int64_t work_area, int year,
                                            const std::string& wijk) {
  SQLite::Statement q(database.sql(),
                      "SELECT r.id, r.street, r.buurt_code, r.wijk_code, r.pickup_on, "
                      "r.contribution_cents, r.source, r.created_at FROM wijk_tree_requests r JOIN "
                      "wijk_campaigns c ON c.id = r.campaign_id WHERE c.work_area_id = ? AND "
                      "c.year = ? AND (? = '' OR r.wijk_code = ?) ORDER BY r.wijk_code, r.street");
  q.bind(1, work_area);
  q.bind(2, year);
  q.bind(3, wijk);
  q.bind(4, wijk);
  std::vector<TreeRequest> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(),
                   optional_text(q.getColumn(4)), q.getColumn(5).getInt64(),
                   q.getColumn(6).getString(), q.getColumn(7).getString()});
  return out;
}

std::int64_t nominate_superbuur(Database& database, std::int64_t work_area, int year,
                                const SuperbuurNomination& n, const std::string& actor) {
  const std::string nominee =
      text_field(n.nominee, "nominee", 120, "Geef de (voor)naam van de superbuur.");
  const std::string wijk = wijk_of_buurt(database, work_area, n.buurt_code, "buurt_code");
  const std::string motivation =
      text_field(n.motivation, "motivation", 2000, "Vertel waarom deze buur een superbuur is.");
  if (n.source != "portaal" && n.source != "medewerker")
    throw FieldError("source", "Onbekende herkomst van de nominatie.");
  const std::int64_t campaign = campaign_id(database, work_area, "superbuur", year, actor);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "INSERT INTO wijk_superbuur_nominations (campaign_id, nominee, buurt_code, "
                      "wijk_code, motivation, status, award, source, created_at, created_by) "
                      "VALUES (?, ?, ?, ?, ?, 'genomineerd', '', ?, ?, ?)");
  q.bind(1, campaign);
  q.bind(2, nominee);
  q.bind(3, n.buurt_code);
  q.bind(4, wijk);
  q.bind(5, motivation);
  q.bind(6, n.source);
  q.bind(7, utc_now());
  q.bind(8, actor);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("wijk_superbuur/{}", id), n.buurt_code, ""});
  transaction.commit();
  return id;
}

void decide_superbuur(Database& database, std::int64_t work_area, std::int64_t id,
                      const std::string& status, const std::string& award,
                      const std::string& actor) {
  if (status != "genomineerd" && status != "gekozen" && status != "niet_gekozen" &&
      status != "uitgereikt")
    throw FieldError("status", "Kies: genomineerd, gekozen, niet gekozen of uitgereikt.");
  if (award.size() > 200) throw FieldError("award", "Gebruik hoogstens 200 tekens.");
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "UPDATE wijk_superbuur_nominations SET status = ?, award = ? WHERE id = ? "
                      "AND campaign_id IN (SELECT id FROM wijk_campaigns WHERE work_area_id = ?)");
  q.bind(1, status);
  q.bind(2, std::string(trim(award)));
  q.bind(3, id);
  q.bind(4, work_area);
  if (q.exec() == 0) throw FieldError("id", "Deze nominatie bestaat niet.");
  record_audit(db, {actor, "update", fmt::format("wijk_superbuur/{}", id), status, ""});
  transaction.commit();
}

std::vector<SuperbuurNomination> list_nominations(Database& database, std::int64_t work_area,
                                                  int year, const std::string& wijk) {
  SQLite::Statement q(database.sql(),
                      "SELECT n.id, n.nominee, n.buurt_code, n.wijk_code, n.motivation, n.status, "
                      "n.award, n.source, n.created_at FROM wijk_superbuur_nominations n JOIN "
                      "wijk_campaigns c ON c.id = n.campaign_id WHERE c.work_area_id = ? AND "
                      "c.year = ? AND (? = '' OR n.wijk_code = ?) ORDER BY n.wijk_code, n.id");
  q.bind(1, work_area);
  q.bind(2, year);
  q.bind(3, wijk);
  q.bind(4, wijk);
  std::vector<SuperbuurNomination> out;
  while (q.executeStep())
    out.push_back(
        {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
         q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
         q.getColumn(6).getString(), q.getColumn(7).getString(), q.getColumn(8).getString()});
  return out;
}

std::int64_t add_reporter(Database& database, std::int64_t work_area, int year,
                          const std::string& name, const std::string& speciality,
                          const std::string& actor) {
  const std::string n = text_field(name, "name", 120, "Geef de naam van de wijkreporter.");
  if (speciality != "schrijven" && speciality != "fotografie")
    throw FieldError("speciality", "Kies: schrijven of fotografie.");
  const std::int64_t campaign = campaign_id(database, work_area, "wijkreporters", year, actor);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "INSERT INTO wijk_reporters (campaign_id, name, speciality, created_at, "
                      "created_by) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, campaign);
  q.bind(2, n);
  q.bind(3, speciality);
  q.bind(4, utc_now());
  q.bind(5, actor);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("wijk_reporter/{}", id), speciality, ""});
  transaction.commit();
  return id;
}

std::int64_t add_reporter_assignment(Database& database, std::int64_t work_area,
                                     std::int64_t reporter, const ReporterAssignment& a,
                                     const std::string& actor) {
  auto& db = database.sql();
  SQLite::Statement r(db,
                      "SELECT 1 FROM wijk_reporters r JOIN wijk_campaigns c ON c.id = "
                      "r.campaign_id WHERE r.id = ? AND c.work_area_id = ?");
  r.bind(1, reporter);
  r.bind(2, work_area);
  if (!r.executeStep()) throw FieldError("reporter_id", "Deze wijkreporter bestaat niet.");
  if (!is_iso_date(a.held_on)) throw FieldError("held_on", "Geef de datum als JJJJ-MM-DD.");
  check_wijk(db, work_area, a.wijk_code, "wijk_code");
  const std::string subject = text_field(a.subject, "subject", 200, "Geef het onderwerp.");
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "INSERT INTO wijk_reporter_assignments (reporter_id, held_on, wijk_code, "
                      "subject, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(1, reporter);
  q.bind(2, a.held_on);
  q.bind(3, a.wijk_code);
  q.bind(4, subject);
  q.bind(5, utc_now());
  q.bind(6, actor);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("wijk_reporter_assignment/{}", id), subject, ""});
  transaction.commit();
  return id;
}

std::vector<Reporter> list_reporters(Database& database, std::int64_t work_area, int year) {
  auto& db = database.sql();
  SQLite::Statement q(db,
                      "SELECT r.id, r.name, r.speciality FROM wijk_reporters r JOIN "
                      "wijk_campaigns c ON c.id = r.campaign_id WHERE c.work_area_id = ? AND "
                      "c.year = ? ORDER BY r.name, r.id");
  q.bind(1, work_area);
  q.bind(2, year);
  std::vector<Reporter> out;
  while (q.executeStep())
    out.push_back(
        {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), {}});
  for (auto& r : out) {
    SQLite::Statement a(db,
                        "SELECT id, held_on, wijk_code, subject FROM wijk_reporter_assignments "
                        "WHERE reporter_id = ? ORDER BY held_on, id");
    a.bind(1, r.id);
    while (a.executeStep())
      r.assignments.push_back({a.getColumn(0).getInt64(), a.getColumn(1).getString(),
                               a.getColumn(2).getString(), a.getColumn(3).getString()});
  }
  return out;
}

}  // namespace leefbaar::store
