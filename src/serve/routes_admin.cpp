// Beheer: GET/POST /api/v1/organisaties (the partnership's organisations: gemeente, corporatie,
// welzijn), POST /api/v1/werkgebieden (the organisation's own work area, to start with its own
// data) and GET /api/v1/wijken (the wijken a user can be given).
#include <algorithm>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "serve/schema.hpp"
#include "usecases/programme.hpp"
#include "usecases/work_areas.hpp"

namespace leefbaar::serve {

namespace {

// Only the partnership of the caller's work area: the store holds other tenants too.
void list_organisations(App& app, const httplib::Request&, httplib::Response& res,
                        const std::optional<Caller>& caller) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& o : usecases::partnership(app.service, caller->session.user))
    rows.push_back({{"id", o.id}, {"name", o.name}, {"kind", o.kind}});
  send_json(res, 200, {{"organisations", rows}});
}

void add_organisation(App& app, const httplib::Request& req, httplib::Response& res,
                      const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const std::string name = body.contains("name") && body["name"].is_string()
                               ? body["name"].get<std::string>()
                               : std::string{};
  // A new organisation joins the partnership of the beheerder's work area.
  const auto id = usecases::add_partner_organisation(app.service, caller->session.user, name,
                                                     body.value("kind", ""));
  send_json(res, 201, {{"id", id}});
}

void list_wijken(App& app, const httplib::Request&, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& w : usecases::wijken(app.service, caller->session.user))
    rows.push_back({{"code", w.code}, {"name", w.name}, {"gemeente", w.gemeente}});
  send_json(res, 200, {{"wijken", rows}});
}

// A beheerder whose organisation has no work area yet creates it, to start with its own data.
void create_work_area(App& app, const httplib::Request& req, httplib::Response& res,
                      const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto created =
      usecases::create_work_area(app.service, caller->session.user, required_string(body, "name"));
  send_json(res, 201, {{"id", created.id}, {"name", created.name}});
}

}  // namespace

void add_admin_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto kind = one_of({"gemeente", "corporatie", "welzijn"});
  routes.push_back(
      Route{"GET", "/api/v1/organisaties", "The organisations", Access::session, kBeheerder,
            list_organisations}
          .answers(
              200,
              object({{"organisations",
                       array(object({{"id", integer()}, {"name", string()}, {"kind", kind}}))}})));
  routes.push_back(Route{"POST", "/api/v1/organisaties",
                         "Add an organisation ({name, kind: gemeente|corporatie|welzijn}) to the "
                         "partnership",
                         Access::session, kBeheerder, add_organisation}
                       .takes(object({{"name", string()}, {"kind", kind}}))
                       .answers(201, object({{"id", integer()}})));
  routes.push_back(Route{"POST", "/api/v1/werkgebieden",
                         "Create the organisation's own work area ({name}); 409 when it already "
                         "works in one",
                         Access::session, kBeheerder, create_work_area}
                       .takes(object({{"name", string("At most 100 characters")}}))
                       .answers(201, object({{"id", integer()}, {"name", string()}})));
  routes.push_back(
      Route{"GET", "/api/v1/wijken", "The wijken of the work area (for the wijken a user works in)",
            Access::session, kBeheerder, list_wijken}
          .answers(200,
                   object({{"wijken",
                            array(object({{"code", string()},
                                          {"name", string()},
                                          {"gemeente", string("Its name, else its code")}}))}})));
}

}  // namespace leefbaar::serve
