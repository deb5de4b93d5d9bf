// The figures of resident initiatives per year, wijk and type: counts by state, supports, pledges
// and spending (neighbourhood/initiative_figures.hpp).
#include "serve/app.hpp"
#include "serve/initiative_json.hpp"
#include "serve/schema.hpp"
#include "usecases/initiatives_figures.hpp"

namespace leefbaar::serve {

namespace {

nlohmann::json row_json(const neighbourhood::FigureRow& r) {
  return {{"code", r.code},
          {"name", r.name},
          {"initiatives", r.initiatives},
          {"by_state", r.by_state},
          {"supports", r.supports},
          {"supported", r.supported},
          {"pledged_amount", euros(r.pledged_cents)},
          {"pledged_hours", r.pledged_hours},
          {"spent", euros(r.spent_cents)},
          {"spent_on_initiatives", euros(r.spent_on_initiatives_cents)}};
}

void figures(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto f = usecases::initiative_figures(app.service, caller->session.user, year_query(req),
                                              app.config.now());
  nlohmann::json per_wijk = nlohmann::json::array();
  for (const auto& r : f.per_wijk) per_wijk.push_back(row_json(r));
  nlohmann::json per_type = nlohmann::json::array();
  for (const auto& r : f.per_type) per_type.push_back(row_json(r));
  send_json(res, 200,
            {{"year", f.year},
             {"years", f.years},
             {"per_wijk", per_wijk},
             {"per_type", per_type},
             {"total", row_json(f.total)},
             {"own_total", f.own_total ? row_json(*f.own_total) : nlohmann::json(nullptr)}});
}

}  // namespace

void add_initiative_figure_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto row = object({{"code", string("The wijk's code or the kind; the total's is totaal")},
                           {"name", string()},
                           {"initiatives", integer()},
                           {"by_state", map_of(integer(), "The state -> initiatives")},
                           {"supports", integer()},
                           {"supported", integer("Initiatives that reached a majority")},
                           {"pledged_amount", number("Euros")},
                           {"pledged_hours", integer()},
                           {"spent", number("Euros")},
                           {"spent_on_initiatives", number("Euros")}});
  routes.push_back(Route{"GET", "/api/v1/initiatieven/cijfers",
                         "Initiatives per wijk and type in a year (?year=2025): counts by state, "
                         "supports, pledges and spending; a wijk team's rows are its own wijken "
                         "(own_total their sum, null for others), the kinds and total the whole "
                         "work area",
                         Access::session, kEveryRole, figures}
                       .with_query(json{{"year", integer()}})
                       .answers(200, object({{"year", integer()},
                                             {"years", array(integer())},
                                             {"per_wijk", array(row)},
                                             {"per_type", array(row)},
                                             {"total", row},
                                             {"own_total", nullable(row)}})));
}

}  // namespace leefbaar::serve
