// Routes of the figures of a year (/api/v1/wijkwerk/cijfers) and of neighbour mediation's figures
// per wijk (/api/v1/wijkwerk/bemiddelingen/cijfers, also as CSV): counts without names, for every
// role.
#include <fmt/format.h>

#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "usecases/wijkwerk_figures.hpp"
#include "usecases/wijkwerk_mediation.hpp"

namespace leefbaar::serve::wijkwerk {

namespace {

using nlohmann::json;

json mediation_figures_json(const std::vector<neighbourhood::MediationFigures>& figures) {
  json out = json::array();
  for (const auto& f : figures)
    out.push_back({{"wijk_code", f.wijk_code},
                   {"reported", f.reported},
                   {"excluded", f.excluded},
                   {"intake_on_time", f.intake_on_time},
                   {"intake_late", f.intake_late},
                   {"joint_talks", f.joint_talks},
                   {"agreements", f.agreements},
                   {"solved", f.solved},
                   {"partly_solved", f.partly_solved},
                   {"not_solved", f.not_solved},
                   {"stopped", f.stopped},
                   {"running", f.running},
                   {"overdue", f.overdue}});
  return out;
}

json mediation_figures_schema() {
  using namespace schema;
  using schema::integer;  // not wijkwerk::integer, the body's reader
  json row = object({{"wijk_code", string("A wijk, or totaal for the total")}});
  for (const char* name :
       {"reported", "excluded", "intake_on_time", "intake_late", "joint_talks", "agreements",
        "solved", "partly_solved", "not_solved", "stopped", "running", "overdue"}) {
    row["properties"][name] = integer();
    row["required"].push_back(name);
  }
  return array(row, "Per wijk, sorted by code, and the total");
}

json activity_figures_json(const neighbourhood::ActivityFigures& f) {
  return {{"wijk_code", f.wijk_code},
          {"activities", f.activities},
          {"participants", f.participants},
          {"cost", static_cast<double>(f.cost_cents) / 100.0},
          {"per_effort", {{"Basis", f.basis}, {"Plus", f.plus}, {"PlusPlus", f.plus_plus}}}};
}

void figures(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const int year = year_param(app, req);
  const auto f = usecases::wijkwerk_figures(app.service, caller->session.user, year, today(app));
  json activities = json::array();
  for (const auto& a : f.activities) activities.push_back(activity_figures_json(a));
  const auto& c = f.campaigns;
  send_json(res, 200,
            {{"year", year},
             {"activities", activities},
             {"mediation", mediation_figures_json(f.mediation)},
             {"campaigns",
              {{"christmas_trees", c.christmas_trees},
               {"superbuur_nominations", c.superbuur_nominations},
               {"superburen_chosen", c.superburen_chosen},
               {"reporters", c.reporters},
               {"reporter_assignments", c.reporter_assignments}}}});
}

void mediation_figures(App& app, const httplib::Request& req, httplib::Response& res,
                       const std::optional<Caller>& caller) {
  const int year = year_param(app, req);
  const auto figures =
      usecases::mediation_figures(app.service, caller->session.user, year, today(app));
  send_json(res, 200, {{"year", year}, {"figures", mediation_figures_json(figures)}});
}

}  // namespace

void add_figure_routes(std::vector<Route>& routes) {
  using namespace schema;
  using schema::integer;  // not wijkwerk::integer, the body's reader
  const auto year = json{{"year", integer("YYYY; this year when absent")}};
  const auto activity =
      object({{"wijk_code", string("A wijk, or totaal for the total")},
              {"activities", integer()},
              {"participants", integer()},
              {"cost", number("Euros")},
              {"per_effort",
               object({{"Basis", integer()}, {"Plus", integer()}, {"PlusPlus", integer()}})}});
  routes.push_back(
      Route{"GET", "/api/v1/wijkwerk/cijfers",
            "Figures of the year (?year=): activities per wijk and level of effort, "
            "campaigns, neighbour mediation",
            Access::session, kEveryRole, figures}
          .with_query(year)
          .answers(200, object({{"year", integer()},
                                {"activities", array(activity)},
                                {"mediation", mediation_figures_schema()},
                                {"campaigns", object({{"christmas_trees", integer()},
                                                      {"superbuur_nominations", integer()},
                                                      {"superburen_chosen", integer()},
                                                      {"reporters", integer()},
                                                      {"reporter_assignments", integer()}})}})));
  routes.push_back(
      Route{"GET", "/api/v1/wijkwerk/bemiddelingen/cijfers",
            "Neighbour mediation: counts per wijk (?year=)", Access::session, kEveryRole,
            mediation_figures}
          .with_query(year)
          .answers(200, object({{"year", integer()}, {"figures", mediation_figures_schema()}})));
}

}  // namespace leefbaar::serve::wijkwerk
