// Wijk work: activities, their checks and the import of earlier years (the export:
// store/record_exports.hpp). The campaigns: wijkwerk_campaigns.cpp.
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
  return db
      .query(
          "INSERT INTO wijk_activities (work_area_id, held_on, wijk_code, buurt_code, type, title, "
          "theme_id, effort, organisations, participants, cost_cents, result, created_at, "
          "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(work_area, a.held_on, a.wijk_code, or_null(a.buurt_code), a.type, a.title,
            a.theme_id == 0 ? std::nullopt : std::optional<std::int64_t>(a.theme_id), a.effort,
            a.organisations, a.participants, a.cost_cents, a.result, utc_now(), actor)
      .insert();
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

Activity add_activity(Database& db, std::int64_t work_area, const Activity& activity,
                      const std::string& actor) {
  Activity a = activity;
  check_activity(db, work_area, a);
  Transaction transaction(db);
  a.id = insert_activity(db, work_area, a, actor);
  transaction.commit();
  return a;
}

namespace {

constexpr const char* kActivitySelect = R"sql(
  SELECT a.id AS id, a.held_on AS held_on, a.wijk_code AS wijk_code, a.buurt_code AS buurt_code,
    a.type AS type, a.title AS title, a.theme_id AS theme_id, t.name AS theme, a.effort AS effort,
    a.organisations AS organisations, a.participants AS participants, a.cost_cents AS cost_cents,
    a.result AS result
  FROM wijk_activities a LEFT JOIN wijk_themes t ON t.id = a.theme_id WHERE a.work_area_id = ? )sql";

Activity activity_of(const Row& r) {
  Activity a;
  a.id = r.int64("id");
  a.held_on = r.text("held_on");
  a.wijk_code = r.text("wijk_code");
  a.buurt_code = r.text("buurt_code");
  a.type = r.text("type");
  a.title = r.text("title");
  a.theme_id = r.int64("theme_id");  // 0 for NULL: none
  a.theme = r.text("theme");
  a.effort = r.text("effort");
  a.organisations = r.text("organisations");
  a.participants = r.int64("participants");
  a.cost_cents = r.int64("cost_cents");
  a.result = r.text("result");
  return a;
}

}  // namespace

std::vector<Activity> list_activities(Database& db, std::int64_t work_area, const std::string& wijk,
                                      int year) {
  auto q = db.query(std::string(kActivitySelect) +
                    "AND (? = '' OR a.wijk_code = ?) AND (? = 0 OR substr(a.held_on, 1, 4) = ?) "
                    "ORDER BY a.held_on, a.id");
  return q.bind(work_area, wijk, wijk, year, fmt::format("{:04}", year)).all(activity_of);
}

std::optional<Activity> find_activity(Database& db, std::int64_t work_area, std::int64_t id) {
  return db.query(std::string(kActivitySelect) + "AND a.id = ?")
      .bind(work_area, id)
      .first(activity_of);
}

Activity update_activity(Database& db, std::int64_t work_area, std::int64_t id,
                         const Activity& activity) {
  Activity a = activity;
  a.id = id;
  check_activity(db, work_area, a);
  Transaction transaction(db);
  const int changed =
      db.query(
            "UPDATE wijk_activities SET held_on = ?, wijk_code = ?, buurt_code = ?, type = ?, "
            "title = ?, theme_id = ?, effort = ?, organisations = ?, participants = ?, "
            "cost_cents = ?, result = ? WHERE id = ? AND work_area_id = ?")
          .bind(a.held_on, a.wijk_code, or_null(a.buurt_code), a.type, a.title,
                a.theme_id == 0 ? std::nullopt : std::optional<std::int64_t>(a.theme_id), a.effort,
                a.organisations, a.participants, a.cost_cents, a.result, id, work_area)
          .run();
  if (changed == 0) throw FieldError("id", "Deze activiteit bestaat niet.");
  transaction.commit();
  return a;
}

void remove_activity(Database& db, std::int64_t work_area, std::int64_t id) {
  const auto a = find_activity(db, work_area, id);
  if (!a) throw FieldError("id", "Deze activiteit bestaat niet.");
  // The ledger names an activity in free text (activity_ref): by its id, its audit subject or
  // its title. A removal must not leave such a row pointing at nothing.
  const auto named =
      db.query(
            "SELECT count(*) AS n FROM spending_entries WHERE work_area_id = ? AND activity_ref "
            "IS NOT NULL AND (activity_ref = ? OR activity_ref = ? OR lower(activity_ref) = "
            "lower(?))")
          .bind(work_area, std::to_string(id), fmt::format("wijk_activity/{}", id), a->title)
          .first_int64("n")
          .value_or(0);
  if (named > 0)
    throw ConflictError(fmt::format(
        "Deze activiteit staat in {} {} van het uitgavenboek. Corrigeer die eerst; daarna kunt u "
        "de activiteit verwijderen.",
        named, named == 1 ? "regel" : "regels"));
  Transaction transaction(db);
  db.query("DELETE FROM wijk_activities WHERE id = ? AND work_area_id = ?")
      .bind(id, work_area)
      .run();
  transaction.commit();
}

std::vector<Activity> check_activities_csv(Database& db, std::int64_t work_area,
                                           const std::string& csv) {
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
  return check_activities_table(db, work_area, table);
}

std::vector<Activity> check_activities_table(Database& db, std::int64_t work_area,
                                             const ImportTable& table) {
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
  return activities;
}

void insert_activities(Database& db, std::int64_t work_area, const std::vector<Activity>& checked,
                       const std::string& actor) {
  for (const auto& a : checked) insert_activity(db, work_area, a, actor);
}

}  // namespace leefbaar::store
