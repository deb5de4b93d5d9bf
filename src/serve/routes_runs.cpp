// GET /api/runs, GET /api/runs/{id}/gemeenten: the programme runs in the store.
#include "serve/app.hpp"
#include "store/runs.hpp"

namespace leefbaar::serve {

namespace {

void list_runs(App& app, const httplib::Request&, httplib::Response& res,
               const std::optional<Caller>&) {
  std::lock_guard lock(app.db_mutex);
  nlohmann::json runs = nlohmann::json::array();
  for (const auto& r : store::list_programme_runs(app.db)) {
    runs.push_back({{"id", r.id},
                    {"organisation", r.organisation},
                    {"work_area", r.work_area},
                    {"name", r.name},
                    {"edition", r.edition},
                    {"budget_total", r.budget_total},
                    {"units", r.units},
                    {"coupled_units", r.coupled_units},
                    {"created_at", r.created_at},
                    {"created_by", r.created_by}});
  }
  send_json(res, 200, {{"runs", runs}});
}

void run_gemeenten(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>&) {
  const std::int64_t id = path_id(req);
  std::lock_guard lock(app.db_mutex);
  const auto gemeenten = store::run_gemeenten(app.db, id);
  if (!gemeenten) throw HttpError{404, "not_found", "Deze programmarun bestaat niet.", "id"};
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& g : *gemeenten) {
    rows.push_back({{"code", g.code},
                    {"name", g.name},
                    {"units", g.units},
                    {"budget_plan", g.budget_plan},
                    {"focus", g.focus}});
  }
  send_json(res, 200, {{"run_id", id}, {"gemeenten", rows}});
}

}  // namespace

void add_run_routes(std::vector<Route>& routes) {
  routes.push_back(
      {"GET", "/api/runs", "/api/runs", "The programme runs", Access::session, {}, list_runs});
  routes.push_back({"GET",
                    R"(/api/runs/(\d+)/gemeenten)",
                    "/api/runs/{id}/gemeenten",
                    "A run's gemeenten: units, focus and planned budget",
                    Access::session,
                    {store::Role::beheerder, store::Role::analist, store::Role::lezer},
                    run_gemeenten});
}

}  // namespace leefbaar::serve
