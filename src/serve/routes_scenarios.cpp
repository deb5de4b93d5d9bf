// What-if scenarios: saved parameter sets of a work area, their removal, and the comparison of two:
// the settings that differ, the buurten that change colour, the units that move between levels of
// effort and the euros that move between gemeenten.
#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/params_json.hpp"
#include "report/scenario_diff.hpp"
#include "serve/app.hpp"
#include "serve/programme_json.hpp"
#include "serve/schema.hpp"
#include "usecases/programme.hpp"

namespace leefbaar::serve {

namespace {

void list(App& app, const httplib::Request&, httplib::Response& res,
          const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : usecases::list_scenarios(app.service, caller->session.user)) {
    nlohmann::json summary = nullptr;
    try {
      summary = summary_json(*ws, ws->compute(s.params));
    } catch (const FieldError&) {
      // Its edition is no longer imported: listed, without figures.
    }
    out.push_back({{"id", s.id},
                   {"name", s.name},
                   {"created_at", s.created_at},
                   {"created_by", s.created_by},
                   {"params", params_to_json(s.params)},
                   {"summary", summary}});
  }
  send_json(res, 200, {{"scenarios", out}});
}

void save(App& app, const httplib::Request& req, httplib::Response& res,
          const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const auto body = json_body(req);
  {
    const ProgrammeParams params =
        params_from_json(body.value("params", nlohmann::json::object()), ws->settings());
    ws->compute(params);  // only scenarios the programme can run
    const std::string name = body.contains("name") && body["name"].is_string()
                                 ? body["name"].get<std::string>()
                                 : std::string{};
    send_json(res, 201,
              {{"id", usecases::save_scenario(app.service, caller->session.user, name, params)}});
  }
}

void remove_one(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  usecases::delete_scenario(app.service, caller->session.user, path_id(req));
  res.status = 204;
}

Scenario scenario_param(App& app, const httplib::Request& req, const Caller& caller,
                        const char* name) {
  const std::string text = req.has_param(name) ? req.get_param_value(name) : "";
  if (text.empty() || text.size() > 15 || text.find_first_not_of("0123456789") != std::string::npos)
    throw HttpError{400, "bad_request", "Kies twee opgeslagen scenario's.", name};
  return usecases::find_scenario(app.service, caller.session.user, std::stoll(text), name);
}

nlohmann::json settings_json(const ProgrammeParams& a, const ProgrammeParams& b) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& c : param_changes(a, b))
    rows.push_back({{"key", c.key}, {"a", c.a}, {"b", c.b}});
  return rows;
}

nlohmann::json buurten_json(const CoupledStock& stock, const ProgrammeParams& pa,
                            const ProgrammeResult& ra, const ProgrammeParams& pb,
                            const ProgrammeResult& rb) {
  const auto diff = buurt_diff(stock, ra, pa.classification.level, rb, pb.classification.level);
  const auto colour = [](const std::optional<Colour>& c) {
    return c ? nlohmann::json(colour_name(c)) : nlohmann::json(nullptr);
  };
  nlohmann::json counts = nlohmann::json::array();
  for (const auto& c : diff.counts)
    counts.push_back({{"from", colour(c.from)}, {"to", colour(c.to)}, {"buurten", c.buurten}});
  nlohmann::json changes = nlohmann::json::array();
  for (const auto& c : diff.changes) {
    const auto i = static_cast<std::size_t>(c.buurt);
    const auto g = i < stock.gemeente_of_buurt.size() ? stock.gemeente_of_buurt[i] : -1;
    changes.push_back({{"code", stock.buurten.code(c.buurt)},
                       {"name", stock.buurten.name(c.buurt)},
                       {"gemeente", g >= 0 ? stock.gemeenten.name(g) : std::string{}},
                       {"colour_a", colour(c.a.colour)},
                       {"colour_b", colour(c.b.colour)},
                       {"effort_a", std::string(to_string(c.a.effort))},
                       {"effort_b", std::string(to_string(c.b.effort))}});
  }
  return {{"comparable", diff.comparable}, {"counts", counts}, {"changes", changes}};
}

void compare(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const auto a = scenario_param(app, req, *caller, "a");
  const auto b = scenario_param(app, req, *caller, "b");
  ProgrammeResult ra, rb;
  try {
    ra = ws->compute(a.params);
    rb = ws->compute(b.params);
  } catch (const FieldError& e) {
    throw ConflictError(e.field(), e.what(), "incomplete");
  }
  // Units that change their level of effort (coupled units only: the others have none).
  std::array<std::array<long long, kEffortCount>, kEffortCount> moves{};
  for (std::size_t i = 0; i < ra.units.size(); ++i) {
    if (!ws->run().stock.units[i].coupled()) continue;
    ++moves[static_cast<std::size_t>(ra.units[i].effort)]
           [static_cast<std::size_t>(rb.units[i].effort)];
  }
  nlohmann::json move_rows = nlohmann::json::array();
  for (int from = 0; from < kEffortCount; ++from) {
    for (int to = 0; to < kEffortCount; ++to) {
      const auto n = moves[static_cast<std::size_t>(from)][static_cast<std::size_t>(to)];
      if (from != to && n > 0)
        move_rows.push_back({{"from", std::string(to_string(static_cast<Effort>(from)))},
                             {"to", std::string(to_string(static_cast<Effort>(to)))},
                             {"units", n}});
    }
  }
  // Both results list the same gemeenten (those with coupled units), sorted by code.
  const auto& stock = ws->run().stock;
  nlohmann::json gemeenten = nlohmann::json::array();
  for (std::size_t i = 0; i < ra.gemeenten.size() && i < rb.gemeenten.size(); ++i) {
    const auto& ga = ra.gemeenten[i];
    const auto& gb = rb.gemeenten[i];
    gemeenten.push_back({{"code", stock.gemeenten.code(ga.gemeente)},
                         {"name", stock.gemeenten.name(ga.gemeente)},
                         {"plan_a", ga.plan},
                         {"plan_b", gb.plan},
                         {"difference", gb.plan - ga.plan},
                         {"focus_a", ga.focus},
                         {"focus_b", gb.focus}});
  }
  const auto side = [&](const Scenario& s, const ProgrammeResult& r) {
    return nlohmann::json{{"id", s.id},
                          {"name", s.name},
                          {"edition", s.params.edition},
                          {"summary", summary_json(*ws, r)}};
  };
  send_json(res, 200,
            {{"a", side(a, ra)},
             {"b", side(b, rb)},
             {"settings", settings_json(a.params, b.params)},
             {"buurten", buurten_json(stock, a.params, ra, b.params, rb)},
             {"moves", move_rows},
             {"gemeenten", gemeenten}});
}

}  // namespace

void add_scenario_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto scenario = object({{"id", integer()},
                                {"name", string()},
                                {"created_at", string()},
                                {"created_by", string()},
                                {"params", params_schema()},
                                {"summary", nullable(summary_schema())}},
                               {}, "summary is null when its edition is no longer imported");
  routes.push_back(Route{"GET", "/api/v1/scenarios",
                         "The work area's saved scenarios with their figures", Access::session,
                         kReaders, list}
                       .answers(200, object({{"scenarios", array(scenario)}})));
  routes.push_back(Route{"POST", "/api/v1/scenarios", "Save a scenario ({name, params: {...}})",
                         Access::session, kEditors, save}
                       .takes(object({{"name", string()}}, {{"params", params_patch_schema()}}))
                       .answers(201, object({{"id", integer()}})));
  const auto side = object({{"id", integer()},
                            {"name", string()},
                            {"edition", integer()},
                            {"summary", summary_schema()}});
  const auto value = json{{"description", "The setting's value as params gives it"}};
  const auto colour = nullable(colour_schema());
  const auto effort = effort_schema();
  routes.push_back(
      Route{"GET", "/api/v1/scenarios/vergelijking",
            "Compare two scenarios (?a=ID&b=ID): the settings that differ (by params key), the "
            "buurten that change colour, units moving between levels of effort and the planned "
            "euros per gemeente",
            Access::session, kReaders, compare}
          .with_query(json{{"a", integer("A saved scenario's id")},
                           {"b", integer("A saved scenario's id")}})
          .answers(
              200,
              object({{"a", side},
                      {"b", side},
                      {"settings", array(object({{"key", string("A member of params; "
                                                                "weights.basis etc.")},
                                                 {"a", value},
                                                 {"b", value}}))},
                      {"buurten", object({{"comparable",
                                           boolean("False when a scenario classifies per complex")},
                                          {"counts", array(object({{"from", colour},
                                                                   {"to", colour},
                                                                   {"buurten", integer()}}))},
                                          {"changes", array(object({{"code", string()},
                                                                    {"name", string()},
                                                                    {"gemeente", string()},
                                                                    {"colour_a", colour},
                                                                    {"colour_b", colour},
                                                                    {"effort_a", effort},
                                                                    {"effort_b", effort}}))}})},
                      {"moves",
                       array(object({{"from", effort}, {"to", effort}, {"units", integer()}}))},
                      {"gemeenten", array(object({{"code", string()},
                                                  {"name", string()},
                                                  {"plan_a", integer()},
                                                  {"plan_b", integer()},
                                                  {"difference", integer()},
                                                  {"focus_a", boolean()},
                                                  {"focus_b", boolean()}}))}})));
  // After the comparison: the route walk of the tests removes the scenario it compares.
  routes.push_back(Route{"DELETE", "/api/v1/scenarios/{id}",
                         "Remove a saved scenario of the work area", Access::session, kEditors,
                         remove_one}
                       .takes_nothing()
                       .answers_nothing());
}

}  // namespace leefbaar::serve
