// Routes of the physical works (/api/v1/wijkwerk/werken) and of the timeline of a wijk or buurt
// (/api/v1/wijkwerk/tijdlijn; the timeline itself is wijkwerk_timeline.cpp, shared with the area
// pages' rules).
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/wijkwerk_view.hpp"
#include "usecases/wijkwerk_activities.hpp"

namespace leefbaar::serve::wijkwerk {

namespace {

using nlohmann::json;

json work_json(const neighbourhood::PhysicalWork& w) {
  return {{"id", w.id},
          {"kind", w.kind},
          {"title", w.title},
          {"area_code", w.area_code},
          {"wijk_code", w.wijk_code},
          {"starts_on", w.starts_on},
          {"ends_on", w.ends_on},
          {"description", w.description}};
}

void list_works(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  const std::string wijk = wijk_param(req);
  const int year = year_param_or_all(app, req);
  json out = json::array();
  for (const auto& w : usecases::list_works(app.service, caller->session.user, wijk, year))
    out.push_back(work_json(w));
  send_json(res, 200, {{"works", out}});
}

void add_work(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  neighbourhood::PhysicalWork w;
  w.kind = text(body, "kind");
  w.title = text(body, "title");
  w.area_code = text(body, "area_code");
  w.starts_on = text(body, "starts_on");
  w.ends_on = text(body, "ends_on");
  w.description = text(body, "description");
  const auto id = usecases::add_work(app.service, caller->session.user, w);
  send_json(res, 201, {{"id", id}});
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
  const std::vector<Role> workers = {Role::beheerder, Role::analist, Role::wijkteam};
  routes.push_back({"GET",
                    "/api/v1/wijkwerk/werken",
                    "Physical works (?wijk=&year=)",
                    Access::session,
                    {},
                    list_works});
  routes.push_back({"POST", "/api/v1/wijkwerk/werken",
                    "Add a physical work ({kind, title, area_code, starts_on, ends_on, "
                    "description}); wijkteam in its own wijken",
                    Access::session, workers, add_work});
  routes.push_back({"GET",
                    "/api/v1/wijkwerk/tijdlijn",
                    "The timeline of a wijk or buurt (?wijk=&buurt=&year=): works, activities, "
                    "initiatives' steps, and per month signal counts (small counts hidden) and "
                    "mediation cases reported and closed",
                    Access::session,
                    {},
                    timeline});
}

}  // namespace leefbaar::serve::wijkwerk
