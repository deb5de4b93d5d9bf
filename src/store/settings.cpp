#include "store/settings.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/params_json.hpp"
#include "core/text.hpp"
#include "store/users.hpp"
#include "store/work_areas.hpp"

namespace leefbaar::store {

namespace {

WorkArea work_area_of(const Row& r) {
  return {r.int64("id"), r.text("name"), r.text("organisation")};
}

Scenario scenario_of(const Row& r) {
  return {r.int64("id"), r.text("name"), r.text("created_at"), r.text("created_by"),
          params_from_json(nlohmann::json::parse(r.text("parameters_json")), {})};
}

constexpr const char* kScenarioColumns =
    "SELECT id, name, parameters_json, created_at, created_by FROM scenarios ";

}  // namespace

std::optional<WorkArea> work_area_of_organisation(Database& db, std::int64_t organisation) {
  auto q = db.query(
      "SELECT w.id AS id, w.name AS name, o.name AS organisation FROM work_areas w JOIN "
      "organisations o ON o.id = w.organisation_id LEFT JOIN work_area_partners p ON "
      "p.work_area_id = w.id AND p.organisation_id = ? WHERE w.organisation_id = ? OR "
      "p.organisation_id IS NOT NULL ORDER BY w.organisation_id <> ?, w.id LIMIT 1");
  return q.bind(organisation, organisation, organisation).first(work_area_of);
}

std::optional<WorkArea> find_work_area(Database& db, const std::string& organisation,
                                       const std::string& name) {
  return db
      .query(
          "SELECT w.id AS id, w.name AS name, o.name AS organisation FROM work_areas w JOIN "
          "organisations o ON o.id = w.organisation_id WHERE o.name = ? AND w.name = ?")
      .bind(organisation, name)
      .first(work_area_of);
}

WorkArea create_work_area(Database& db, std::int64_t organisation, const std::string& name) {
  const std::string trimmed(trim(name));
  if (trimmed.empty()) throw FieldError("name", "Geef het werkgebied een naam.");
  const auto characters = std::count_if(trimmed.begin(), trimmed.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a UTF-8 continuation byte
  });
  if (characters > 100)
    throw FieldError("name", "De naam van het werkgebied is te lang (meer dan 100 tekens).");
  if (const auto existing = work_area_of_organisation(db, organisation))
    throw ConflictError(
        "name", fmt::format("Uw organisatie werkt al in het werkgebied '{}'.", existing->name));
  detail::find_or_create_work_area(db, organisation, trimmed);
  return *work_area_of_organisation(db, organisation);
}

bool any_work_area(Database& db) {
  return db.query("SELECT 1 FROM work_areas LIMIT 1").exists();
}

void add_partner(Database& db, std::int64_t work_area, std::int64_t organisation) {
  db.query(
        "INSERT INTO work_area_partners (work_area_id, organisation_id) VALUES (?, ?) ON CONFLICT "
        "DO NOTHING")
      .bind(work_area, organisation)
      .run();
}

std::int64_t create_partner_organisation(Database& db, std::int64_t work_area,
                                         const std::string& name, const std::string& kind) {
  const auto parsed = organisation_kind_from_name(kind);
  if (!parsed)
    throw FieldError("kind", "Kies het soort organisatie: gemeente, corporatie of welzijn.");
  Transaction transaction(db);
  const auto id = create_organisation(db, name, *parsed);
  add_partner(db, work_area, id);
  transaction.commit();
  return id;
}

std::optional<ProgrammeParams> load_settings(Database& db, std::int64_t work_area) {
  const auto json =
      db.query("SELECT parameters_json FROM work_area_settings WHERE work_area_id = ?")
          .bind(work_area)
          .first_text("parameters_json");
  if (!json) return std::nullopt;
  return params_from_json(nlohmann::json::parse(*json), {});
}

void save_settings(Database& db, std::int64_t work_area, const ProgrammeParams& params,
                   const std::string& actor) {
  Transaction transaction(db);
  const std::string json = params_to_json(params).dump();
  db.query(
        "INSERT INTO work_area_settings (work_area_id, parameters_json, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (work_area_id) DO UPDATE SET parameters_json = "
        "excluded.parameters_json, updated_at = excluded.updated_at, updated_by = "
        "excluded.updated_by")
      .bind(work_area, json, utc_now(), actor)
      .run();
  transaction.commit();
}

SavedScenario save_scenario(Database& db, std::int64_t work_area, const std::string& name,
                            const ProgrammeParams& params, const std::string& actor) {
  const std::string trimmed(trim(name));
  if (trimmed.empty()) throw FieldError("name", "Geef het scenario een naam.");
  if (trimmed.size() > 200) throw FieldError("name", "Gebruik een naam van hoogstens 200 tekens.");
  Transaction transaction(db);
  if (db.query("SELECT 1 FROM scenarios WHERE work_area_id = ? AND name = ?")
          .bind(work_area, trimmed)
          .exists())
    throw FieldError("name", fmt::format("Er is al een scenario met de naam '{}'.", trimmed));
  db.query(
        "INSERT INTO scenarios (work_area_id, name, parameters_json, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?)")
      .bind(work_area, trimmed, params_to_json(params).dump(), utc_now(), actor)
      .run();
  const std::int64_t id = db.last_insert_id();
  transaction.commit();
  return {id, trimmed};
}

std::vector<Scenario> list_scenarios(Database& db, std::int64_t work_area) {
  return db.query(std::string(kScenarioColumns) + "WHERE work_area_id = ? ORDER BY id")
      .bind(work_area)
      .all(scenario_of);
}

std::optional<Scenario> find_scenario(Database& db, std::int64_t work_area, std::int64_t id) {
  return db.query(std::string(kScenarioColumns) + "WHERE work_area_id = ? AND id = ?")
      .bind(work_area, id)
      .first(scenario_of);
}

std::optional<Scenario> delete_scenario(Database& db, std::int64_t work_area, std::int64_t id) {
  auto found = find_scenario(db, work_area, id);
  if (found)
    db.query("DELETE FROM scenarios WHERE work_area_id = ? AND id = ?").bind(work_area, id).run();
  return found;
}

}  // namespace leefbaar::store
