// GET /api/v1/berekeningen, GET /api/v1/berekeningen/{id}/gemeenten: the programme runs of the
// caller's work area.
#include "serve/app.hpp"
#include "serve/schema.hpp"
#include "usecases/programme.hpp"

namespace leefbaar::serve {

namespace {

void list_runs(App& app, const httplib::Request&, httplib::Response& res,
               const std::optional<Caller>& caller) {
  nlohmann::json runs = nlohmann::json::array();
  for (const auto& r : usecases::list_runs(app.service, caller->session.user)) {
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
                   const std::optional<Caller>& caller) {
  const std::int64_t id = path_id(req);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& g : usecases::run_gemeenten(app.service, caller->session.user, id)) {
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
  using namespace schema;
  const auto run = object({{"id", integer()},
                           {"organisation", string()},
                           {"work_area", string()},
                           {"name", string()},
                           {"edition", integer()},
                           {"budget_total", integer("Whole euros")},
                           {"units", integer()},
                           {"coupled_units", integer()},
                           {"created_at", string()},
                           {"created_by", string()}});
  routes.push_back(Route{"GET", "/api/v1/berekeningen", "The programme runs", Access::session,
                         kEveryRole, list_runs}
                       .answers(200, object({{"runs", array(run)}})));
  routes.push_back(
      Route{"GET", "/api/v1/berekeningen/{id}/gemeenten",
            "A run's gemeenten: units, focus and planned budget", Access::session, kReaders,
            run_gemeenten}
          .answers(200, object({{"run_id", integer()},
                                {"gemeenten", array(object({{"code", string()},
                                                            {"name", string()},
                                                            {"units", integer()},
                                                            {"budget_plan", integer()},
                                                            {"focus", boolean()}}))}})));
}

}  // namespace leefbaar::serve
