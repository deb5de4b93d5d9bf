#include "store/settings.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/params_json.hpp"

namespace leefbaar::store {

namespace {

std::optional<WorkArea> first_work_area(SQLite::Statement& q) {
  if (!q.executeStep()) return std::nullopt;
  return WorkArea{q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                  q.getColumn(2).getString()};
}

Scenario scenario_of(SQLite::Statement& q) {
  return {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(3).getString(),
          q.getColumn(4).getString(),
          params_from_json(nlohmann::json::parse(q.getColumn(2).getString()), {})};
}

}  // namespace

std::optional<WorkArea> work_area_of_organisation(Database& database, std::int64_t organisation) {
  SQLite::Statement q(
      database.sql(),
      "SELECT w.id, w.name, o.name FROM work_areas w JOIN organisations o ON "
      "o.id = w.organisation_id LEFT JOIN work_area_partners p ON p.work_area_id "
      "= w.id AND p.organisation_id = ? WHERE w.organisation_id = ? OR "
      "p.organisation_id IS NOT NULL ORDER BY w.organisation_id <> ?, w.id LIMIT 1");
  q.bind(1, organisation);
  q.bind(2, organisation);
  q.bind(3, organisation);
  return first_work_area(q);
}

std::optional<WorkArea> find_work_area(Database& database, const std::string& organisation,
                                       const std::string& name) {
  SQLite::Statement q(database.sql(),
                      "SELECT w.id, w.name, o.name FROM work_areas w JOIN organisations o ON "
                      "o.id = w.organisation_id WHERE o.name = ? AND w.name = ?");
  q.bind(1, organisation);
  q.bind(2, name);
  return first_work_area(q);
}

void add_partner(Database& database, std::int64_t work_area, std::int64_t organisation) {
  SQLite::Statement q(database.sql(),
                      "INSERT INTO work_area_partners (work_area_id, organisation_id) VALUES (?, "
                      "?) ON CONFLICT DO NOTHING");
  q.bind(1, work_area);
  q.bind(2, organisation);
  q.exec();
}

std::optional<ProgrammeParams> load_settings(Database& database, std::int64_t work_area) {
  SQLite::Statement q(database.sql(),
                      "SELECT parameters_json FROM work_area_settings WHERE work_area_id = ?");
  q.bind(1, work_area);
  if (!q.executeStep()) return std::nullopt;
  return params_from_json(nlohmann::json::parse(q.getColumn(0).getString()), {});
}

void save_settings(Database& database, std::int64_t work_area, const ProgrammeParams& params,
                   const std::string& actor) {
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  const std::string json = params_to_json(params).dump();
  SQLite::Statement q(db,
                      "INSERT INTO work_area_settings (work_area_id, parameters_json, updated_at, "
                      "updated_by) VALUES (?, ?, ?, ?) ON CONFLICT (work_area_id) DO UPDATE SET "
                      "parameters_json = excluded.parameters_json, updated_at = "
                      "excluded.updated_at, updated_by = excluded.updated_by");
  q.bind(1, work_area);
  q.bind(2, json);
  q.bind(3, utc_now());
  q.bind(4, actor);
  q.exec();
  record_audit(db, {actor, "settings", fmt::format("work_area/{}", work_area), json, ""});
  transaction.commit();
}

std::int64_t save_scenario(Database& database, std::int64_t work_area, const std::string& name,
                           const ProgrammeParams& params, const std::string& actor) {
  const std::string trimmed(trim(name));
  if (trimmed.empty()) throw FieldError("name", "Geef het scenario een naam.");
  if (trimmed.size() > 200) throw FieldError("name", "Gebruik een naam van hoogstens 200 tekens.");
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement exists(db, "SELECT 1 FROM scenarios WHERE work_area_id = ? AND name = ?");
  exists.bind(1, work_area);
  exists.bind(2, trimmed);
  if (exists.executeStep())
    throw FieldError("name", fmt::format("Er is al een scenario met de naam '{}'.", trimmed));
  SQLite::Statement q(db,
                      "INSERT INTO scenarios (work_area_id, name, parameters_json, created_at, "
                      "created_by) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, work_area);
  q.bind(2, trimmed);
  q.bind(3, params_to_json(params).dump());
  q.bind(4, utc_now());
  q.bind(5, actor);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("scenario/{}", id), trimmed, ""});
  transaction.commit();
  return id;
}

std::vector<Scenario> list_scenarios(Database& database, std::int64_t work_area) {
  SQLite::Statement q(database.sql(),
                      "SELECT id, name, parameters_json, created_at, created_by FROM scenarios "
                      "WHERE work_area_id = ? ORDER BY id");
  q.bind(1, work_area);
  std::vector<Scenario> out;
  while (q.executeStep()) out.push_back(scenario_of(q));
  return out;
}

std::optional<Scenario> find_scenario(Database& database, std::int64_t work_area, std::int64_t id) {
  SQLite::Statement q(database.sql(),
                      "SELECT id, name, parameters_json, created_at, created_by FROM scenarios "
                      "WHERE work_area_id = ? AND id = ?");
  q.bind(1, work_area);
  q.bind(2, id);
  if (!q.executeStep()) return std::nullopt;
  return scenario_of(q);
}

}  // namespace leefbaar::store
