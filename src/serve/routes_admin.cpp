// Beheer: GET/POST /api/organisations (the partnership's organisations: gemeente, corporatie,
// welzijn) and GET /api/wijken (the wijken a user can be given).
#include <algorithm>
#include <map>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "store/audit.hpp"
#include "store/initiatives.hpp"

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
  static const std::map<std::string, store::OrganisationKind> kinds = {
      {"gemeente", store::OrganisationKind::gemeente},
      {"corporatie", store::OrganisationKind::corporatie},
      {"welzijn", store::OrganisationKind::welzijn}};
  const std::string kind = body.value("kind", "");
  if (!kinds.count(kind))
    throw HttpError{422, "invalid", "Kies het soort organisatie: gemeente, corporatie of welzijn.",
                    "kind"};
  const std::string name = body.contains("name") && body["name"].is_string()
                               ? body["name"].get<std::string>()
                               : std::string{};
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  {
    SQLite::Transaction transaction(app.db.sql());
    const auto id = store::create_organisation(app.db, name, kinds.at(kind));
    // A new organisation joins the partnership of the beheerder's work area.
    store::add_partner(app.db, wa.id, id);
    store::record_audit(app.db.sql(),
                        {caller->session.user.email, "create", "organisation/" + std::to_string(id),
                         name + " (" + kind + ")", ""});
    transaction.commit();
    send_json(res, 201, {{"id", id}});
  }
}

void list_wijken(App& app, const httplib::Request&, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  SQLite::Statement q(app.db.sql(),
                      "SELECT a.code, a.name, COALESCE(g.name, a.gemeente_code, '') FROM areas a "
                      "LEFT JOIN areas g ON g.work_area_id = a.work_area_id AND g.kind = "
                      "'gemeente' AND g.code = a.gemeente_code WHERE a.work_area_id = ? AND "
                      "a.kind = 'wijk' ORDER BY 3, a.name");
  q.bind(1, wa.id);
  nlohmann::json rows = nlohmann::json::array();
  while (q.executeStep())
    rows.push_back({{"code", q.getColumn(0).getString()},
                    {"name", q.getColumn(1).getString()},
                    {"gemeente", q.getColumn(2).getString()}});
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
