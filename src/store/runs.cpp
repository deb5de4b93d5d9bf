#include "store/runs.hpp"

#include <nlohmann/json.hpp>

#include "compute/yardstick.hpp"
#include "store/audit.hpp"
#include "store/params_json.hpp"
#include "store/work_areas.hpp"

namespace leefbaar::store {

namespace {

void save_areas(SQLite::Database& db, std::int64_t run, const RunRecord& r) {
  SQLite::Statement insert(
      db,
      "INSERT INTO run_areas (run_id, area_level, code, name, gemeente, n, mean_afw, mean_fys, "
      "mean_onv, mean_soc, mean_vrz, mean_won, z_afw, z_fys, z_onv, z_soc, z_vrz, z_won, colour, "
      "level, indicatief, weak_dimensions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?)");
  for (const auto& a : r.result.areas) {
    const Dictionary* dict = dictionary_of(r.stock, a.level);
    const auto g = gemeente_of_area(r.stock, a.level, a.index);
    insert.reset();
    insert.bind(1, run);
    insert.bind(2, std::string(to_string(a.level)));
    insert.bind(3, dict ? dict->code(a.index) : std::string{});
    insert.bind(4, dict ? dict->name(a.index) : r.params.name);
    insert.bind(5, g >= 0 ? r.stock.gemeenten.code(g) : std::string{});
    insert.bind(6, static_cast<std::int64_t>(a.n));
    for (int d = 0; d < kDimCount; ++d) {
      detail::bind_optional(insert, 7 + d, a.mean[d]);
      detail::bind_optional(insert, 13 + d, a.z[d]);
    }
    if (a.classified) {
      std::string weak;
      for (Dim d : a.weak)
        weak += (weak.empty() ? "" : "|") + std::string(kDimNames[static_cast<int>(d)]);
      insert.bind(19, std::string(to_string(*a.colour)));
      insert.bind(20, std::string(to_string(a.effort)));
      insert.bind(21, a.indicatief ? 1 : 0);
      insert.bind(22, weak);
    } else {
      for (int i = 19; i <= 22; ++i) insert.bind(i);
    }
    insert.exec();
  }
}

void save_gemeenten(SQLite::Database& db, std::int64_t run, const RunRecord& r) {
  SQLite::Statement insert(db,
                           "INSERT INTO run_gemeenten (run_id, code, name, units, daeb_units, "
                           "focus, budget_plan, actual) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& g : r.result.gemeenten) {
    insert.reset();
    insert.bind(1, run);
    insert.bind(2, r.stock.gemeenten.code(g.gemeente));
    insert.bind(3, r.stock.gemeenten.name(g.gemeente));
    insert.bind(4, static_cast<std::int64_t>(g.units));
    insert.bind(5, static_cast<std::int64_t>(g.daeb_units));
    insert.bind(6, g.focus ? 1 : 0);
    insert.bind(7, static_cast<std::int64_t>(g.plan));
    if (g.actual) {
      insert.bind(8, *g.actual);
    } else {
      insert.bind(8);
    }
    insert.exec();
  }
}

// The one check that a run is the work area's: another work area's run does not exist for it.
bool run_exists(SQLite::Database& db, std::int64_t work_area, std::int64_t run_id) {
  SQLite::Statement q(db, "SELECT 1 FROM programme_runs WHERE id = ? AND work_area_id = ?");
  q.bind(1, run_id);
  q.bind(2, work_area);
  return q.executeStep();
}

}  // namespace

std::int64_t save_programme_run(Database& database, const RunRecord& r) {
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  const std::int64_t organisation = detail::find_or_create_organisation(db, r.organisation);
  const std::int64_t work_area = detail::find_or_create_work_area(db, organisation, r.work_area);
  std::int64_t coupled = 0;
  for (const auto& u : r.stock.units) coupled += u.coupled();
  SQLite::Statement insert(
      db,
      "INSERT INTO programme_runs (work_area_id, name, edition, budget_year, budget_total, "
      "parameters_json, units, coupled_units, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
      "?, "
      "?, ?)");
  insert.bind(1, work_area);
  insert.bind(2, r.params.name);
  insert.bind(3, r.params.edition);
  insert.bind(4, r.params.budget_year());
  insert.bind(5, static_cast<std::int64_t>(r.params.budget.total));
  insert.bind(6, params_to_json(r.params).dump());
  insert.bind(7, static_cast<std::int64_t>(r.stock.units.size()));
  insert.bind(8, coupled);
  insert.bind(9, utc_now());
  insert.bind(10, r.actor);
  insert.exec();
  const std::int64_t run = db.getLastInsertRowid();

  SQLite::Statement input(
      db, "INSERT INTO run_inputs (run_id, role, file, sha256) VALUES (?, ?, ?, ?)");
  for (const auto& c : r.inputs) {
    input.reset();
    input.bind(1, run);
    input.bind(2, c.role);
    input.bind(3, c.file);
    input.bind(4, c.sha256);
    input.exec();
  }
  save_areas(db, run, r);
  save_gemeenten(db, run, r);

  record_audit(db, {r.actor, "create", "programme_run/" + std::to_string(run),
                    r.work_area + ": " + r.params.name, ""});
  transaction.commit();
  return run;
}

std::vector<StoredRun> list_programme_runs(Database& database, std::int64_t work_area) {
  SQLite::Statement q(
      database.sql(),
      "SELECT r.id, o.name, w.name, r.name, r.created_at, r.created_by, r.edition, r.budget_total, "
      "r.units, r.coupled_units FROM programme_runs r JOIN work_areas w ON w.id = r.work_area_id "
      "JOIN organisations o ON o.id = w.organisation_id WHERE r.work_area_id = ? ORDER BY r.id");
  q.bind(1, work_area);
  std::vector<StoredRun> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(),
                   q.getColumn(4).getString(), q.getColumn(5).getString(), q.getColumn(6).getInt(),
                   q.getColumn(7).getInt64(), q.getColumn(8).getInt64(),
                   q.getColumn(9).getInt64()});
  }
  return out;
}

std::optional<std::vector<StoredArea>> run_areas(Database& database, std::int64_t work_area,
                                                 std::int64_t run_id, AreaLevel level) {
  auto& db = database.sql();
  if (!run_exists(db, work_area, run_id)) return std::nullopt;
  SQLite::Statement q(
      db,
      "SELECT a.code, a.name, a.gemeente, a.n, a.colour, a.level, a.indicatief, a.weak_dimensions, "
      "a.mean_afw, a.mean_fys, a.mean_onv, a.mean_soc, a.mean_vrz, a.mean_won, "
      "a.z_afw, a.z_fys, a.z_onv, a.z_soc, a.z_vrz, a.z_won, g.geometry_rd "
      "FROM run_areas a JOIN programme_runs r ON r.id = a.run_id "
      "LEFT JOIN areas g ON g.work_area_id = r.work_area_id AND g.kind = a.area_level AND g.code = "
      "a.code "
      "WHERE a.run_id = ? AND a.area_level = ? ORDER BY a.code");
  q.bind(1, run_id);
  q.bind(2, std::string(to_string(level)));
  std::vector<StoredArea> out;
  auto text = [&q](int i) {
    return q.getColumn(i).isNull() ? std::string{} : q.getColumn(i).getString();
  };
  while (q.executeStep()) {
    StoredArea a;
    a.code = text(0);
    a.name = text(1);
    a.gemeente = text(2);
    a.n = q.getColumn(3).getInt64();
    a.colour = text(4);
    a.level = text(5);
    a.indicatief = !q.getColumn(6).isNull() && q.getColumn(6).getInt() != 0;
    a.weak_dimensions = text(7);
    for (int d = 0; d < kDimCount; ++d) {
      if (!q.getColumn(8 + d).isNull())
        a.mean[static_cast<std::size_t>(d)] = q.getColumn(8 + d).getDouble();
      if (!q.getColumn(14 + d).isNull())
        a.z[static_cast<std::size_t>(d)] = q.getColumn(14 + d).getDouble();
    }
    if (!q.getColumn(20).isNull()) a.geometry_rd = q.getColumn(20).getString();
    out.push_back(std::move(a));
  }
  return out;
}

std::optional<std::vector<StoredGemeente>> run_gemeenten(Database& database, std::int64_t work_area,
                                                         std::int64_t run_id) {
  if (!run_exists(database.sql(), work_area, run_id)) return std::nullopt;
  SQLite::Statement q(database.sql(),
                      "SELECT code, name, units, budget_plan, focus FROM run_gemeenten WHERE "
                      "run_id = ? ORDER BY code");
  q.bind(1, run_id);
  std::vector<StoredGemeente> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                   q.getColumn(2).getInt64(), q.getColumn(3).getInt64(),
                   q.getColumn(4).getInt() != 0});
  }
  return out;
}

}  // namespace leefbaar::store
