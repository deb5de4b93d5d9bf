// Beheer: GET/POST /api/organisations (the partnership's organisations: gemeente, corporatie,
// welzijn) and GET /api/wijken (the wijken a user can be given).
#include <algorithm>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "store/initiatives.hpp"
#include "store/settings.hpp"
#include "store/work_area_data.hpp"

namespace leefbaar::serve {

namespace {

using store::Role;

// Only the partnership of the caller's work area: the store holds other tenants too.
void list_organisations(App& app, const httplib::Request&, httplib::Response& res,
                        const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  auto organisations = store::partnership_organisations(app.db, wa.id);
  std::sort(organisations.begin(), organisations.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& o : organisations)
    rows.push_back({{"id", o.id}, {"name", o.name}, {"kind", o.kind}});
  send_json(res, 200, {{"organisations", rows}});
}

void add_organisation(App& app, const httplib::Request& req, httplib::Response& res,
                      const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const std::string name = body.contains("name") && body["name"].is_string()
                               ? body["name"].get<std::string>()
                               : std::string{};
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  // A new organisation joins the partnership of the beheerder's work area.
  const auto id = store::create_partner_organisation(app.db, wa.id, name, body.value("kind", ""),
                                                     caller->session.user.email);
  send_json(res, 201, {{"id", id}});
}

void list_wijken(App& app, const httplib::Request&, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& w : store::list_wijken(app.db, wa.id))
    rows.push_back({{"code", w.code}, {"name", w.name}, {"gemeente", w.gemeente}});
  send_json(res, 200, {{"wijken", rows}});
}

}  // namespace

void add_admin_routes(std::vector<Route>& routes) {
  routes.push_back({"GET",
                    "/api/organisations",
                    "/api/organisations",
                    "The organisations",
                    Access::session,
                    {Role::beheerder},
                    list_organisations});
  routes.push_back({"POST",
                    "/api/organisations",
                    "/api/organisations",
                    "Add an organisation ({name, kind: gemeente|corporatie|welzijn}) to the "
                    "partnership",
                    Access::session,
                    {Role::beheerder},
                    add_organisation});
  routes.push_back({"GET",
                    "/api/wijken",
                    "/api/wijken",
                    "The wijken of the work area (for the wijken a user works in)",
                    Access::session,
                    {Role::beheerder},
                    list_wijken});
}

}  // namespace leefbaar::serve
