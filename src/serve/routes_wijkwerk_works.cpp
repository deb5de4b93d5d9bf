// Routes of the physical works (/api/v1/wijkwerk/werken) and of the timeline of a wijk or buurt
// (/api/v1/wijkwerk/tijdlijn; the timeline itself is wijkwerk_timeline.cpp, shared with the area
// pages' rules).
#include "neighbourhood/wijkwerk_json.hpp"
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "serve/wijkwerk_view.hpp"
#include "usecases/wijkwerk_activities.hpp"
#include "usecases/wijkwerk_corrections.hpp"

namespace leefbaar::serve::wijkwerk {

namespace {

using nlohmann::json;

json work_schema() {
  using schema::string;
  return schema::object({{"id", schema::integer()},
                         {"kind", schema::one_of(neighbourhood::physical_work_kinds())},
                         {"title", string()},
                         {"area_code", string("A buurt or wijk code")},
                         {"wijk_code", string()},
                         {"starts_on", schema::date()},
                         {"ends_on", string("YYYY-MM-DD, or empty: not known")},
                         {"description", string()}});
}

void list_works(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  const std::string wijk = wijk_param(req);
  const int year = year_param_or_all(app, req);
  json out = json::array();
  for (const auto& w : usecases::list_works(app.service, caller->session.user, wijk, year))
    out.push_back(neighbourhood::work_json(w));
  send_json(res, 200, {{"works", out}});
}

// The work a body of POST /api/v1/wijkwerk/werken (or /{id}) describes.
neighbourhood::PhysicalWork work_of(const json& body) {
  neighbourhood::PhysicalWork w;
  w.kind = text(body, "kind");
  w.title = text(body, "title");
  w.area_code = text(body, "area_code");
  w.starts_on = text(body, "starts_on");
  w.ends_on = text(body, "ends_on");
  w.description = text(body, "description");
  return w;
}

void add_work(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto id = usecases::add_work(app.service, caller->session.user, work_of(json_body(req)));
  send_json(res, 201, {{"id", id}});
}

void update_work(App& app, const httplib::Request& req, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  usecases::update_work(app.service, caller->session.user, id, work_of(json_body(req)));
  send_json(res, 200, {{"id", id}});
}

void remove_work(App& app, const httplib::Request& req, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  usecases::remove_work(app.service, caller->session.user, path_id(req));
  res.status = 204;
}

void timeline(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const std::string wijk = wijk_param(req);
  const std::string buurt = req.has_param("buurt") ? req.get_param_value("buurt") : "";
  if (!buurt.empty() && !neighbourhood::is_buurt_code(buurt))
    throw HttpError{400, "bad_request", "Kies een buurt (een buurtcode als BU01060101).", "buurt"};
  send_json(res, 200, timeline_answer(app, *caller, wijk, buurt, year_param(app, req)));
}

}  // namespace

void add_work_routes(std::vector<Route>& routes) {
  using schema::integer, schema::object, schema::string;
  const json wijk = string("A wijk code such as WK010601");
  routes.push_back(Route{"GET", "/api/v1/wijkwerk/werken", "Physical works (?wijk=&year=)",
                         Access::session, kEveryRole, list_works}
                       .with_query(json{{"wijk", wijk}, {"year", integer("Absent: every year")}})
                       .answers(200, object({{"works", schema::array(work_schema())}})));
  const json body =
      object({{"kind", schema::one_of(neighbourhood::physical_work_kinds())},
              {"title", string()},
              {"area_code", string("A buurt or wijk code")},
              {"starts_on", schema::date()}},
             {{"ends_on", string("YYYY-MM-DD, or empty: not known")}, {"description", string()}});
  routes.push_back(
      Route{"POST", "/api/v1/wijkwerk/werken",
            "Add a physical work ({kind, title, area_code, starts_on, ends_on, description}); "
            "wijkteam in its own wijken",
            Access::session, kWorkers, add_work}
          .takes(body)
          .answers(201, id_schema()));
  routes.push_back(Route{"POST", "/api/v1/wijkwerk/werken/{id}",
                         "Change a physical work (a body as for a new one: every field "
                         "replaced); wijkteam in its own wijken; audited with the work before",
                         Access::session, kWorkers, update_work}
                       .takes(body)
                       .answers(200, id_schema()));
  routes.push_back(Route{"DELETE", "/api/v1/wijkwerk/werken/{id}",
                         "Remove a physical work; audited with the work as it was", Access::session,
                         kWorkers, remove_work}
                       .takes_nothing()
                       .answers_nothing());
  routes.push_back(
      Route{"GET", "/api/v1/wijkwerk/tijdlijn",
            "The timeline of a wijk or buurt (?wijk=&buurt=&year=): works, activities, "
            "initiatives' steps, and per month signal counts (small counts hidden) and "
            "mediation cases reported and closed",
            Access::session, kEveryRole, timeline}
          .with_query(json{{"wijk", wijk},
                           {"buurt", string("A buurt code such as BU01060101")},
                           {"year", integer("Absent: this year")}})
          .answers(200, timeline_schema()));
}

}  // namespace leefbaar::serve::wijkwerk
