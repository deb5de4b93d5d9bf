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
void check_wijk(Database& db, std::int64_t work_area, const std::string& wijk,
                const std::string& field) {
  if (!is_wijk_code(wijk)) throw FieldError(field, "Kies een wijk (een wijkcode als WK010601).");
  const auto wijken =
      db.query("SELECT count(*) AS n FROM areas WHERE work_area_id = ? AND kind = 'wijk'")
          .bind(work_area)
          .first_int64("n");
  if (wijken.value_or(0) == 0) return;
  if (!db.query("SELECT 1 FROM areas WHERE work_area_id = ? AND kind = 'wijk' AND code = ?")
           .bind(work_area, wijk)
           .exists())
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

void check_activity(Database& db, std::int64_t work_area, Activity& a) {
  if (!is_iso_date(a.held_on)) throw FieldError("held_on", "Geef de datum als JJJJ-MM-DD.");
  if (!a.buurt_code.empty()) {
    const std::string wijk = wijk_of_buurt(db, work_area, a.buurt_code, "buurt_code");
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
    if (!db.query("SELECT 1 FROM wijk_themes WHERE id = ? AND work_area_id = ?")
             .bind(a.theme_id, work_area)
             .exists())
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

std::int64_t insert_activity(Database& db, std::int64_t work_area, const Activity& a,
                             const std::string& actor) {
  db.query(
        "INSERT INTO wijk_activities (work_area_id, held_on, wijk_code, buurt_code, type, title, "
        "theme_id, effort, organisations, participants, cost_cents, result, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(work_area, a.held_on, a.wijk_code, or_null(a.buurt_code), a.type, a.title,
            a.theme_id == 0 ? std::nullopt : std::optional<std::int64_t>(a.theme_id), a.effort,
            a.organisations, a.participants, a.cost_cents, a.result, utc_now(), actor)
      .run();
  return db.last_insert_id();
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

std::int64_t add_activity(Database& db, std::int64_t work_area, const Activity& activity,
                          const std::string& actor) {
  Activity a = activity;
  check_activity(db, work_area, a);
  Transaction transaction(db);
  const std::int64_t id = insert_activity(db, work_area, a, actor);
  record_audit(db, {actor, "create", fmt::format("wijk_activity/{}", id),
                    fmt::format("{} {} {}", a.held_on, a.wijk_code, a.title), ""});
  transaction.commit();
  return id;
}

std::vector<Activity> list_activities(Database& db, std::int64_t work_area, const std::string& wijk,
                                      int year) {
  auto q = db.query(
      "SELECT a.id AS id, a.held_on AS held_on, a.wijk_code AS wijk_code, a.buurt_code AS "
      "buurt_code, a.type AS type, a.title AS title, a.theme_id AS theme_id, t.name AS theme, "
      "a.effort AS effort, a.organisations AS organisations, a.participants AS participants, "
      "a.cost_cents AS cost_cents, a.result AS result FROM wijk_activities a LEFT JOIN "
      "wijk_themes t ON t.id = a.theme_id WHERE a.work_area_id = ? AND (? = '' OR a.wijk_code = "
      "?) AND (? = 0 OR substr(a.held_on, 1, 4) = ?) ORDER BY a.held_on, a.id");
  q.bind(work_area, wijk, wijk, year, fmt::format("{:04}", year));
  std::vector<Activity> out;
  while (auto row = q.next()) {
    Activity a;
    a.id = row->int64("id");
    a.held_on = row->text("held_on");
    a.wijk_code = row->text("wijk_code");
    a.buurt_code = row->text("buurt_code");
    a.type = row->text("type");
    a.title = row->text("title");
    a.theme_id = row->int64("theme_id");  // 0 for NULL: none
    a.theme = row->text("theme");
    a.effort = row->text("effort");
    a.organisations = row->text("organisations");
    a.participants = row->int64("participants");
    a.cost_cents = row->int64("cost_cents");
    a.result = row->text("result");
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

long long import_activities_csv(Database& db, std::int64_t work_area, const std::string& csv,
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
  return import_activities_table(db, work_area, table, actor);
}

long long import_activities_table(Database& db, std::int64_t work_area, const ImportTable& table,
                                  const std::string& actor) {
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
  for (const auto& t : list_themes(db, work_area)) themes[to_lower(t.name)] = t.id;

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
      check_activity(db, work_area, a);
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
  Transaction transaction(db);
  for (const auto& a : activities) insert_activity(db, work_area, a, actor);
  record_audit(db, {actor, "import", "wijk_activities",
                    fmt::format("{} activiteiten ingelezen", activities.size()), ""});
  transaction.commit();
  return static_cast<long long>(activities.size());
}

// ---- Campaigns -------------------------------------------------------------------------------

namespace {

Campaign campaign_of(const Row& r) {
  return {r.int64("id"),
          r.text("kind"),
          r.integer("year"),
          r.text("name"),
          r.text("opens_on"),
          r.text("closes_on"),
          r.int64("contribution_cents")};
}

constexpr const char* kCampaignColumns =
    "SELECT id, kind, year, name, opens_on, closes_on, contribution_cents FROM wijk_campaigns ";

std::int64_t campaign_id(Database& db, std::int64_t work_area, const std::string& kind, int year,
                         const std::string& actor) {
  if (year < 2000 || year > 2100) throw FieldError("year", "Kies een jaar tussen 2000 en 2100.");
  return ensure_campaign(db, work_area, kind, year, actor).id;
}

std::string street_key(const std::string& street) {
  std::string out;
  for (char c : to_lower(trim(street)))
    if (c != ' ' && c != '-' && c != '.' && c != '\'') out += c;
  return out;
}

}  // namespace

Campaign ensure_campaign(Database& db, std::int64_t work_area, const std::string& kind, int year,
                         const std::string& actor) {
  {
    auto q = db.query(std::string(kCampaignColumns) +
                      "WHERE work_area_id = ? AND kind = ? AND year = ?");
    q.bind(work_area, kind, year);
    if (auto row = q.next()) return campaign_of(*row);
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
  Transaction transaction(db);
  db.query(
        "INSERT INTO wijk_campaigns (work_area_id, kind, year, name, opens_on, closes_on, "
        "contribution_cents) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(work_area, kind, year, c.name, c.opens_on, c.closes_on, c.contribution_cents)
      .run();
  c.id = db.last_insert_id();
  record_audit(db, {actor, "create", fmt::format("wijk_campaign/{}", c.id), c.name, ""});
  transaction.commit();
  return c;
}

std::vector<Campaign> list_campaigns(Database& db, std::int64_t work_area, int year) {
  auto q = db.query(std::string(kCampaignColumns) +
                    "WHERE work_area_id = ? AND (? = 0 OR year = ?) ORDER BY year, kind");
  q.bind(work_area, year, year);
  std::vector<Campaign> out;
  while (auto row = q.next()) out.push_back(campaign_of(*row));
  return out;
}

bool campaign_open(const Campaign& campaign, const std::string& today) {
  return today >= campaign.opens_on && today <= campaign.closes_on;
}

std::int64_t request_christmas_tree(Database& db, std::int64_t work_area, int year,
                                    const TreeRequest& request, const std::string& actor) {
  const std::string street = text_field(request.street, "street", 120, "Geef de straat.");
  const std::string wijk = wijk_of_buurt(db, work_area, request.buurt_code, "buurt_code");
  if (!request.pickup_on.empty() && !is_iso_date(request.pickup_on))
    throw FieldError("pickup_on", "Geef de ophaaldatum als JJJJ-MM-DD.");
  if (request.source != "portaal" && request.source != "medewerker")
    throw FieldError("source", "Onbekende herkomst van de aanvraag.");
  if (request.contribution_cents < -1 || request.contribution_cents > 100000)
    throw FieldError("contribution", "Geef een bijdrage tussen 0 en 1000 euro.");
  const std::int64_t campaign = campaign_id(db, work_area, "kerstbomen", year, actor);
  Transaction transaction(db);
  if (db.query("SELECT 1 FROM wijk_tree_requests WHERE campaign_id = ? AND street_key = ?")
          .bind(campaign, street_key(street))
          .exists())
    throw ConflictError("street", fmt::format("Voor de {} is in {} al een kerstboom aangevraagd. "
                                              "Per straat kan dat een keer per jaar.",
                                              street, year));
  db.query(
        "INSERT INTO wijk_tree_requests (campaign_id, street, street_key, buurt_code, wijk_code, "
        "pickup_on, contribution_cents, source, created_at, created_by) SELECT ?, ?, ?, ?, ?, ?, "
        "CASE WHEN ? < 0 THEN contribution_cents ELSE ? END, ?, ?, ? FROM wijk_campaigns WHERE id "
        "= ?")
      .bind(campaign, street, street_key(street), request.buurt_code, wijk,
            or_null(request.pickup_on), request.contribution_cents, request.contribution_cents,
            request.source, utc_now(), actor, campaign)
      .run();
  const std::int64_t id = db.last_insert_id();
  record_audit(db, {actor, "create", fmt::format("wijk_tree_request/{}", id),
                    fmt::format("{} ({})", street, request.buurt_code), ""});
  transaction.commit();
  return id;
}

std::vector<TreeRequest> list_tree_requests(Database& db, std::int64_t work_area, int year,
                                            const std::string& wijk) {
  auto q = db.query(
      "SELECT r.id AS id, r.street AS street, r.buurt_code AS buurt_code, r.wijk_code AS "
      "wijk_code, r.pickup_on AS pickup_on, r.contribution_cents AS contribution_cents, r.source "
      "AS source, r.created_at AS created_at FROM wijk_tree_requests r JOIN wijk_campaigns c ON "
      "c.id = r.campaign_id WHERE c.work_area_id = ? AND c.year = ? AND (? = '' OR r.wijk_code = "
      "?) ORDER BY r.wijk_code, r.street");
  q.bind(work_area, year, wijk, wijk);
  std::vector<TreeRequest> out;
  while (auto row = q.next())
    out.push_back({row->int64("id"), row->text("street"), row->text("buurt_code"),
                   row->text("wijk_code"), row->text("pickup_on"), row->int64("contribution_cents"),
                   row->text("source"), row->text("created_at")});
  return out;
}

std::int64_t nominate_superbuur(Database& db, std::int64_t work_area, int year,
                                const SuperbuurNomination& n, const std::string& actor) {
  const std::string nominee =
      text_field(n.nominee, "nominee", 120, "Geef de (voor)naam van de superbuur.");
  const std::string wijk = wijk_of_buurt(db, work_area, n.buurt_code, "buurt_code");
  const std::string motivation =
      text_field(n.motivation, "motivation", 2000, "Vertel waarom deze buur een superbuur is.");
  if (n.source != "portaal" && n.source != "medewerker")
    throw FieldError("source", "Onbekende herkomst van de nominatie.");
  const std::int64_t campaign = campaign_id(db, work_area, "superbuur", year, actor);
  Transaction transaction(db);
  db.query(
        "INSERT INTO wijk_superbuur_nominations (campaign_id, nominee, buurt_code, wijk_code, "
        "motivation, status, award, source, created_at, created_by) VALUES (?, ?, ?, ?, ?, "
        "'genomineerd', '', ?, ?, ?)")
      .bind(campaign, nominee, n.buurt_code, wijk, motivation, n.source, utc_now(), actor)
      .run();
  const std::int64_t id = db.last_insert_id();
  record_audit(db, {actor, "create", fmt::format("wijk_superbuur/{}", id), n.buurt_code, ""});
  transaction.commit();
  return id;
}

void decide_superbuur(Database& db, std::int64_t work_area, std::int64_t id,
                      const std::string& status, const std::string& award,
                      const std::string& actor) {
  if (status != "genomineerd" && status != "gekozen" && status != "niet_gekozen" &&
      status != "uitgereikt")
    throw FieldError("status", "Kies: genomineerd, gekozen, niet gekozen of uitgereikt.");
  if (award.size() > 200) throw FieldError("award", "Gebruik hoogstens 200 tekens.");
  Transaction transaction(db);
  if (db.query("UPDATE wijk_superbuur_nominations SET status = ?, award = ? WHERE id = ? AND "
               "campaign_id IN (SELECT id FROM wijk_campaigns WHERE work_area_id = ?)")
          .bind(status, trim(award), id, work_area)
          .run() == 0)
    throw FieldError("id", "Deze nominatie bestaat niet.");
  record_audit(db, {actor, "update", fmt::format("wijk_superbuur/{}", id), status, ""});
  transaction.commit();
}

namespace {

constexpr const char* kNominationColumns =
    "SELECT n.id AS id, n.nominee AS nominee, n.buurt_code AS buurt_code, n.wijk_code AS "
    "wijk_code, n.motivation AS motivation, n.status AS status, n.award AS award, n.source AS "
    "source, n.created_at AS created_at FROM wijk_superbuur_nominations n JOIN wijk_campaigns c "
    "ON c.id = n.campaign_id ";

SuperbuurNomination nomination_of(const Row& r) {
  return {r.int64("id"),       r.text("nominee"),    r.text("buurt_code"),
          r.text("wijk_code"), r.text("motivation"), r.text("status"),
          r.text("award"),     r.text("source"),     r.text("created_at")};
}

}  // namespace

std::vector<SuperbuurNomination> list_nominations(Database& db, std::int64_t work_area, int year,
                                                  const std::string& wijk) {
  auto q = db.query(std::string(kNominationColumns) +
                    "WHERE c.work_area_id = ? AND c.year = ? AND (? = '' OR n.wijk_code = ?) "
                    "ORDER BY n.wijk_code, n.id");
  q.bind(work_area, year, wijk, wijk);
  std::vector<SuperbuurNomination> out;
  while (auto row = q.next()) out.push_back(nomination_of(*row));
  return out;
}

std::optional<SuperbuurNomination> find_nomination(Database& db, std::int64_t work_area,
                                                   std::int64_t id) {
  auto q = db.query(std::string(kNominationColumns) + "WHERE n.id = ? AND c.work_area_id = ?");
  q.bind(id, work_area);
  const auto row = q.next();
  if (!row) return std::nullopt;
  return nomination_of(*row);
}

std::int64_t add_reporter(Database& db, std::int64_t work_area, int year, const std::string& name,
                          const std::string& speciality, const std::string& actor) {
  const std::string n = text_field(name, "name", 120, "Geef de naam van de wijkreporter.");
  if (speciality != "schrijven" && speciality != "fotografie")
    throw FieldError("speciality", "Kies: schrijven of fotografie.");
  const std::int64_t campaign = campaign_id(db, work_area, "wijkreporters", year, actor);
  Transaction transaction(db);
  db.query(
        "INSERT INTO wijk_reporters (campaign_id, name, speciality, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?)")
      .bind(campaign, n, speciality, utc_now(), actor)
      .run();
  const std::int64_t id = db.last_insert_id();
  record_audit(db, {actor, "create", fmt::format("wijk_reporter/{}", id), speciality, ""});
  transaction.commit();
  return id;
}

std::int64_t add_reporter_assignment(Database& db, std::int64_t work_area, std::int64_t reporter,
                                     const ReporterAssignment& a, const std::string& actor) {
  if (!db.query(
             "SELECT 1 FROM wijk_reporters r JOIN wijk_campaigns c ON c.id = r.campaign_id WHERE "
             "r.id = ? AND c.work_area_id = ?")
           .bind(reporter, work_area)
           .exists())
    throw FieldError("reporter_id", "Deze wijkreporter bestaat niet.");
  if (!is_iso_date(a.held_on)) throw FieldError("held_on", "Geef de datum als JJJJ-MM-DD.");
  check_wijk(db, work_area, a.wijk_code, "wijk_code");
  const std::string subject = text_field(a.subject, "subject", 200, "Geef het onderwerp.");
  Transaction transaction(db);
  db.query(
        "INSERT INTO wijk_reporter_assignments (reporter_id, held_on, wijk_code, subject, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")
      .bind(reporter, a.held_on, a.wijk_code, subject, utc_now(), actor)
      .run();
  const std::int64_t id = db.last_insert_id();
  record_audit(db, {actor, "create", fmt::format("wijk_reporter_assignment/{}", id), subject, ""});
  transaction.commit();
  return id;
}

std::vector<Reporter> list_reporters(Database& db, std::int64_t work_area, int year) {
  auto q = db.query(
      "SELECT r.id AS id, r.name AS name, r.speciality AS speciality FROM wijk_reporters r JOIN "
      "wijk_campaigns c ON c.id = r.campaign_id WHERE c.work_area_id = ? AND c.year = ? ORDER BY "
      "r.name, r.id");
  q.bind(work_area, year);
  std::vector<Reporter> out;
  while (auto row = q.next())
    out.push_back({row->int64("id"), row->text("name"), row->text("speciality"), {}});
  for (auto& r : out) {
    auto a = db.query(
        "SELECT id, held_on, wijk_code, subject FROM wijk_reporter_assignments WHERE reporter_id = "
        "? ORDER BY held_on, id");
    a.bind(r.id);
    while (auto row = a.next())
      r.assignments.push_back(
          {row->int64("id"), row->text("held_on"), row->text("wijk_code"), row->text("subject")});
  }
  return out;
}

}  // namespace leefbaar::store
