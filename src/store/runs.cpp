#include "store/runs.hpp"

#include <nlohmann/json.hpp>

#include "compute/yardstick.hpp"
#include "core/params_json.hpp"
#include "store/work_areas.hpp"

namespace leefbaar::store {

namespace {

// NULL for a dimension that has no value (NaN).
void bind_dimensions(Query& q, const Scores& values) {
  for (const double v : values.v) q.bind(or_null(v));
}

void save_areas(Database& db, std::int64_t run, const RunRecord& r) {
  auto insert = db.query(
      "INSERT INTO run_areas (run_id, area_level, code, name, gemeente, n, mean_afw, mean_fys, "
      "mean_onv, mean_soc, mean_vrz, mean_won, z_afw, z_fys, z_onv, z_soc, z_vrz, z_won, colour, "
      "level, indicatief, weak_dimensions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?)");
  for (const auto& a : r.result.areas) {
    const Dictionary* dict = dictionary_of(r.stock, a.level);
    const auto g = gemeente_of_area(r.stock, a.level, a.index);
    insert.bind(run, to_string(a.level), dict ? dict->code(a.index) : std::string{},
                dict ? dict->name(a.index) : r.params.name,
                g >= 0 ? r.stock.gemeenten.code(g) : std::string{}, a.n);
    bind_dimensions(insert, a.mean);
    bind_dimensions(insert, a.z);
    if (a.classified) {
      std::string weak;
      for (Dim d : a.weak)
        weak += (weak.empty() ? "" : "|") + std::string(kDimNames[static_cast<int>(d)]);
      insert.bind(to_string(*a.colour), to_string(a.effort), a.indicatief, weak);
    } else {
      insert.bind(null, null, null, null);
    }
    insert.run();
  }
}

void save_gemeenten(Database& db, std::int64_t run, const RunRecord& r) {
  auto insert = db.query(
      "INSERT INTO run_gemeenten (run_id, code, name, units, daeb_units, focus, budget_plan, "
      "actual) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& g : r.result.gemeenten)
    insert
        .bind(run, r.stock.gemeenten.code(g.gemeente), r.stock.gemeenten.name(g.gemeente), g.units,
              g.daeb_units, g.focus, g.plan, g.actual)
        .run();
}

// The one check that a run is the work area's: another work area's run does not exist for it.
bool run_exists(Database& db, std::int64_t work_area, std::int64_t run_id) {
  return db.query("SELECT 1 FROM programme_runs WHERE id = ? AND work_area_id = ?")
      .bind(run_id, work_area)
      .exists();
}

}  // namespace

std::int64_t save_programme_run(Database& db, const RunRecord& r) {
  Transaction transaction(db);
  const std::int64_t organisation = detail::find_or_create_organisation(db, r.organisation);
  const std::int64_t work_area = detail::find_or_create_work_area(db, organisation, r.work_area);
  std::int64_t coupled = 0;
  for (const auto& u : r.stock.units) coupled += u.coupled();
  db.query(
        "INSERT INTO programme_runs (work_area_id, name, edition, budget_year, budget_total, "
        "parameters_json, units, coupled_units, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)")
      .bind(work_area, r.params.name, r.params.edition, r.params.budget_year(),
            r.params.budget.total, params_to_json(r.params).dump(), r.stock.units.size(), coupled,
            utc_now(), r.actor)
      .run();
  const std::int64_t run = db.last_insert_id();

  auto input = db.query("INSERT INTO run_inputs (run_id, role, file, sha256) VALUES (?, ?, ?, ?)");
  for (const auto& c : r.inputs) input.bind(run, c.role, c.file, c.sha256).run();
  save_areas(db, run, r);
  save_gemeenten(db, run, r);
  transaction.commit();
  return run;
}

std::vector<StoredRun> list_programme_runs(Database& db, std::int64_t work_area) {
  auto q = db.query(
      "SELECT r.id AS id, o.name AS organisation, w.name AS work_area, r.name AS name, "
      "r.created_at AS created_at, r.created_by AS created_by, r.edition AS edition, "
      "r.budget_total AS budget_total, r.units AS units, r.coupled_units AS coupled_units FROM "
      "programme_runs r JOIN work_areas w ON w.id = r.work_area_id JOIN organisations o ON o.id = "
      "w.organisation_id WHERE r.work_area_id = ? ORDER BY r.id");
  return q.bind(work_area).all([](const Row& r) {
    return StoredRun{r.int64("id"),           r.text("organisation"),  r.text("work_area"),
                     r.text("name"),          r.text("created_at"),    r.text("created_by"),
                     r.integer("edition"),    r.int64("budget_total"), r.int64("units"),
                     r.int64("coupled_units")};
  });
}

std::optional<std::vector<StoredArea>> run_areas(Database& db, std::int64_t work_area,
                                                 std::int64_t run_id, AreaLevel level) {
  if (!run_exists(db, work_area, run_id)) return std::nullopt;
  auto q = db.query(
      "SELECT a.code AS code, a.name AS name, a.gemeente AS gemeente, a.n AS n, a.colour AS "
      "colour, a.level AS level, a.indicatief AS indicatief, a.weak_dimensions AS "
      "weak_dimensions, a.mean_afw AS mean_afw, a.mean_fys AS mean_fys, a.mean_onv AS mean_onv, "
      "a.mean_soc AS mean_soc, a.mean_vrz AS mean_vrz, a.mean_won AS mean_won, a.z_afw AS z_afw, "
      "a.z_fys AS z_fys, a.z_onv AS z_onv, a.z_soc AS z_soc, a.z_vrz AS z_vrz, a.z_won AS z_won, "
      "g.geometry_rd AS geometry_rd FROM run_areas a JOIN programme_runs r ON r.id = a.run_id "
      "LEFT JOIN areas g ON g.work_area_id = r.work_area_id AND g.kind = a.area_level AND g.code = "
      "a.code WHERE a.run_id = ? AND a.area_level = ? ORDER BY a.code");
  return q.bind(run_id, to_string(level)).all([](const Row& r) {
    StoredArea a;
    a.code = r.text("code");
    a.name = r.text("name");
    a.gemeente = r.text("gemeente");
    a.n = r.int64("n");
    a.colour = r.text("colour");
    a.level = r.text("level");
    a.indicatief = r.optional_int64("indicatief").value_or(0) != 0;
    a.weak_dimensions = r.text("weak_dimensions");
    for (int d = 0; d < kDimCount; ++d) {
      const auto i = static_cast<std::size_t>(d);
      const std::string dim(kDimNames[d]);
      if (const auto v = r.optional_real(("mean_" + dim).c_str())) a.mean[i] = *v;
      if (const auto v = r.optional_real(("z_" + dim).c_str())) a.z[i] = *v;
    }
    if (const auto g = r.optional_text("geometry_rd")) a.geometry_rd = *g;
    return a;
  });
}

std::optional<std::vector<StoredGemeente>> run_gemeenten(Database& db, std::int64_t work_area,
                                                         std::int64_t run_id) {
  if (!run_exists(db, work_area, run_id)) return std::nullopt;
  return db
      .query(
          "SELECT code, name, units, budget_plan, focus FROM run_gemeenten WHERE run_id = ? ORDER "
          "BY code")
      .bind(run_id)
      .all([](const Row& r) {
        return StoredGemeente{r.text("code"), r.text("name"), r.int64("units"),
                              r.int64("budget_plan"), r.boolean("focus")};
      });
}

}  // namespace leefbaar::store
