// Routes of the work in the wijken (/api/v1/wijkwerk/...): the overview of the page (wijken,
// themes, organisations, years), the themes and the wijk profiles per year, and the table of every
// Wijkwerk route. Activities: routes_wijkwerk_activities.cpp; works and the timeline:
// routes_wijkwerk_works.cpp; figures: routes_wijkwerk_figures.cpp; campaigns:
// routes_wijkwerk_campaigns.cpp; neighbour mediation: routes_wijkwerk_cases.cpp.
//
// Roles: every role reads profiles, activities, works and figures; wijkteam adds and changes in
// its own wijken (user.wijken); analist and beheerder everywhere, and they keep the themes.
#include <fmt/format.h>

#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "usecases/wijkwerk.hpp"
#include "usecases/wijkwerk_corrections.hpp"

namespace leefbaar::serve {

namespace wijkwerk {

namespace {

using nlohmann::json;

// ---- Wijken and themes -----------------------------------------------------------------------

json themes_json(const std::vector<neighbourhood::Theme>& themes) {
  json out = json::array();
  for (const auto& t : themes)
    out.push_back({{"id", t.id}, {"name", t.name}, {"active", t.active}});
  return out;
}

json theme_schema() {
  return schema::object(
      {{"id", schema::integer()}, {"name", schema::string()}, {"active", schema::boolean()}});
}

json overview_schema() {
  using schema::array, schema::boolean, schema::integer, schema::object, schema::string;
  const json area = object({{"code", string()}, {"name", string()}});
  return object(
      {{"wijken", array(object({{"code", string()},
                                {"name", string()},
                                {"buurten", array(area)},
                                {"editable", boolean("Whether the caller works on it")}}))},
       {"themes", array(theme_schema())},
       {"organisations",
        array(object({{"id", integer()}, {"name", string()}, {"kind", string()}}))},
       {"years", array(integer(), "With a profile or activities, newest first")},
       {"default_year", integer()},
       {"today", schema::date()},
       {"activity_types", array(string())},
       {"may_see_cases", boolean()},
       {"may_keep_themes", boolean()}});
}

void overview(App& app, const httplib::Request&, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto& u = caller->session.user;
  const auto o = usecases::wijkwerk_overview(app.service, u);
  json wijken = json::array(), organisations = json::array(), years = json::array();
  for (const auto& w : o.wijken) {
    json buurten = json::array();
    for (const auto& [code, name] : w.buurten) buurten.push_back({{"code", code}, {"name", name}});
    wijken.push_back({{"code", w.code},
                      {"name", w.name},
                      {"buurten", buurten},
                      {"editable", works_in(*caller, w.code)}});
  }
  for (const auto& org : o.organisations)
    organisations.push_back({{"id", org.id}, {"name", org.name}, {"kind", org.kind}});
  for (const int year : o.years) years.push_back(year);
  const int this_year = std::stoi(today(app).substr(0, 4));
  send_json(res, 200,
            {{"wijken", wijken},
             {"themes", themes_json(o.themes)},
             {"organisations", organisations},
             {"years", years},
             // The current year, also before anything is recorded in it (issue 11 point 10).
             {"default_year", this_year},
             {"today", today(app)},
             {"activity_types", neighbourhood::kActivityTypes},
             {"may_see_cases", u.role != Role::lezer},
             {"may_keep_themes", u.role == Role::beheerder || u.role == Role::analist}});
}

void list_themes(App& app, const httplib::Request&, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  send_json(res, 200,
            {{"themes", themes_json(usecases::list_themes(app.service, caller->session.user))}});
}

void add_theme(App& app, const httplib::Request& req, httplib::Response& res,
               const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto id = usecases::add_theme(app.service, caller->session.user, text(body, "name"));
  send_json(res, 201, {{"id", id}});
}

void update_theme(App& app, const httplib::Request& req, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto id = path_id(req);
  std::optional<bool> active;
  if (body.contains("active") && body["active"].is_boolean()) active = body["active"].get<bool>();
  usecases::update_theme(app.service, caller->session.user, id, text_if_given(body, "name"),
                         active);
  send_json(res, 200, {{"id", id}});
}

// ---- Profiles --------------------------------------------------------------------------------

json profile_json(const neighbourhood::WijkProfile& p) {
  json team = json::array(), priorities = json::array();
  for (std::size_t i = 0; i < p.priorities.size(); ++i)
    priorities.push_back({{"id", p.priorities[i]}, {"name", p.priority_names[i]}});
  for (const auto& m : p.team)
    team.push_back({{"organisation_id", m.organisation_id},
                    {"organisation", m.organisation},
                    {"name", m.name},
                    {"team_role", m.team_role}});
  return {{"id", p.id},
          {"wijk_code", p.wijk_code},
          {"year", p.year},
          {"description", p.description},
          {"focus", p.focus},
          {"priorities", priorities},
          {"team", team},
          {"meeting_places", meeting_places_json(p.meeting_places)},
          {"updated_at", p.updated_at},
          {"updated_by", p.updated_by}};
}

json profile_schema() {
  using schema::array, schema::integer, schema::object, schema::string;
  return object(
      {{"id", integer()},
       {"wijk_code", string()},
       {"year", integer()},
       {"description", string()},
       {"focus", schema::one_of({"basis", "extra"})},
       {"priorities", array(object({{"id", integer()}, {"name", string()}}), "Themes, in order")},
       {"team", array(object({{"organisation_id", integer()},
                              {"organisation", string()},
                              {"name", string()},
                              {"team_role", string()}}))},
       {"meeting_places", meeting_places_schema()},
       {"updated_at", schema::date_time()},
       {"updated_by", string()}});
}

// The body of POST /api/v1/wijkwerk/profielen (profile_of).
json profile_body_schema() {
  using schema::array, schema::integer, schema::object, schema::string;
  const json places = schema::one_of({"bic", "buurthuis", "wijkcentrum", "anders"});
  return object(
      {{"wijk_code", string()},
       {"year", integer()},
       {"description", string()},
       {"focus", schema::one_of({"basis", "extra"})}},
      {{"priorities", array(integer("A theme's id"), "In order")},
       {"team",
        array(
            object({{"organisation_id", integer()}, {"name", string()}, {"team_role", string()}}))},
       {"meeting_places",
        array(object({{"kind", places}, {"name", string()}, {"address", string()}},
                     {{"opened_on", string("YYYY-MM-DD, or empty")},
                      {"closed_on", string("YYYY-MM-DD, or empty")}}))}});
}

void list_profiles(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const std::string wijk = wijk_param(req);
  const int year = year_param_or_all(app, req);
  json out = json::array();
  for (const auto& p : usecases::list_wijk_profiles(app.service, caller->session.user, wijk, year))
    out.push_back(profile_json(p));
  send_json(res, 200, {{"profiles", out}});
}

neighbourhood::WijkProfile profile_of(const json& body) {
  neighbourhood::WijkProfile p;
  p.wijk_code = text(body, "wijk_code");
  p.year = static_cast<int>(integer(body, "year", 0));
  p.description = text(body, "description");
  p.focus = text(body, "focus");
  if (body.contains("priorities") && body["priorities"].is_array())
    for (const auto& v : body["priorities"]) {
      if (!v.is_number_integer())
        throw HttpError{422, "invalid", "Kies de prioriteiten uit de lijst met thema's.",
                        "priorities"};
      p.priorities.push_back(v.get<std::int64_t>());
    }
  if (body.contains("team") && body["team"].is_array())
    for (const auto& m : body["team"]) {
      if (!m.is_object()) throw HttpError{422, "invalid", "Een teamlid is onvolledig.", "team"};
      p.team.push_back(
          {integer(m, "organisation_id", 0), "", text(m, "name"), text(m, "team_role")});
    }
  if (body.contains("meeting_places") && body["meeting_places"].is_array())
    for (const auto& m : body["meeting_places"]) {
      if (!m.is_object())
        throw HttpError{422, "invalid", "Een ontmoetingsplek is onvolledig.", "meeting_places"};
      p.meeting_places.push_back({text(m, "kind"), text(m, "name"), text(m, "address"),
                                  text(m, "opened_on"), text(m, "closed_on")});
    }
  return p;
}

void save_profile(App& app, const httplib::Request& req, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto profile = profile_of(json_body(req));
  const auto id = usecases::save_wijk_profile(app.service, caller->session.user, profile);
  send_json(res, 200, {{"id", id}});
}

void remove_profile(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  usecases::remove_wijk_profile(app.service, caller->session.user, path_id(req));
  res.status = 204;
}

}  // namespace

}  // namespace wijkwerk

void add_wijkwerk_routes(std::vector<Route>& routes) {
  using namespace wijkwerk;
  using schema::array, schema::boolean, schema::integer, schema::object, schema::string;
  routes.push_back(
      Route{"GET", "/api/v1/wijkwerk",
            "Wijk work: the wijken with their buurten, themes, organisations and years",
            Access::session, kEveryRole, overview}
          .answers(200, overview_schema()));
  routes.push_back(Route{"GET", "/api/v1/wijkwerk/themas",
                         "The partnership's themes (priorities of the wijken)", Access::session,
                         kEveryRole, list_themes}
                       .answers(200, object({{"themes", array(theme_schema())}})));
  routes.push_back(Route{"POST", "/api/v1/wijkwerk/themas", "Add a theme ({name})", Access::session,
                         kEditors, add_theme}
                       .takes(object({{"name", string()}}))
                       .answers(201, id_schema()));
  routes.push_back(Route{"POST", "/api/v1/wijkwerk/themas/{id}",
                         "Rename or (de)activate a theme ({name, active})", Access::session,
                         kEditors, update_theme}
                       .takes(object({}, {{"name", string()}, {"active", boolean()}}))
                       .answers(200, id_schema()));
  routes.push_back(Route{"GET", "/api/v1/wijkwerk/profielen",
                         "Wijk profiles (?wijk=WK..&year=..) with focus, priorities, team and "
                         "meeting places",
                         Access::session, kEveryRole, list_profiles}
                       .with_query(nlohmann::json{{"wijk", string("A wijk code such as WK010601")},
                                                  {"year", integer("Absent: every year")}})
                       .answers(200, object({{"profiles", array(profile_schema())}})));
  routes.push_back(Route{"POST", "/api/v1/wijkwerk/profielen",
                         "Save the profile of a wijk and year ({wijk_code, year, description, "
                         "focus, priorities, team, meeting_places}); wijkteam in its own wijken",
                         Access::session, kWorkers, save_profile}
                       .takes(profile_body_schema())
                       .answers(200, id_schema()));
  routes.push_back(Route{"DELETE", "/api/v1/wijkwerk/profielen/{id}",
                         "Remove a wijk profile with its team and meeting places; audited with "
                         "the profile as it was",
                         Access::session, kWorkers, remove_profile}
                       .takes_nothing()
                       .answers_nothing());
  add_activity_routes(routes);
  add_work_routes(routes);
  add_figure_routes(routes);
  add_campaign_routes(routes);
  add_case_routes(routes);
}

}  // namespace leefbaar::serve
