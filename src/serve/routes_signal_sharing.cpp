// GET and POST /api/signalen/delen: the partnership's agreement on the details of signals, per
// wijk (store/signal_sharing.hpp). A beheerder sees what every organisation of the partnership
// shares with whom, and starts or ends the sharing of the own organisation's details only.
#include "core/errors.hpp"
#include "serve/app.hpp"
#include "store/initiatives.hpp"
#include "store/signal_sharing.hpp"
#include "store/signals.hpp"

namespace leefbaar::serve {

namespace {

nlohmann::json sharing_json(App& app, std::int64_t work_area, std::int64_t own) {
  nlohmann::json organisations = nlohmann::json::array();
  for (const auto& o : store::partnership_organisations(app.db, work_area))
    organisations.push_back({{"id", o.id}, {"name", o.name}, {"kind", o.kind}});
  nlohmann::json wijken = nlohmann::json::array();
  for (const auto& a : store::signal_areas(app.db, work_area))
    if (a.wijk.empty()) wijken.push_back({{"code", a.code}, {"name", a.name}});
  nlohmann::json grants = nlohmann::json::array();
  const auto sharing = store::load_sharing(app.db, work_area);  // kept: grants() is a reference
  for (const auto& g : sharing.grants())
    grants.push_back({{"wijk_code", g.wijk},
                      {"owner_organisation_id", g.owner},
                      {"partner_organisation_id", g.partner},
                      {"granted_at", g.granted_at}});
  return {{"organisation_id", own},
          {"organisations", organisations},
          {"wijken", wijken},
          {"grants", grants}};
}

void show_sharing(App& app, const httplib::Request&, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  send_json(res, 200, sharing_json(app, wa.id, caller->session.user.organisation_id));
}

void change_sharing(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const std::string wijk = required_string(body, "wijk_code");
  const auto partner = body.find("organisation_id");
  if (partner == body.end() || !partner->is_number_integer())
    throw HttpError{400, "bad_request", "Kies de organisatie waarmee u deelt.", "organisation_id"};
  const auto shared = body.find("shared");
  if (shared == body.end() || !shared->is_boolean())
    throw HttpError{400, "bad_request", "Verwacht waar of onwaar (true of false).", "shared"};
  const auto wa = work_area_for(app, *caller);
  const auto& user = caller->session.user;
  std::lock_guard lock(app.db_mutex);
  {
    const bool changed = store::set_sharing(app.db, wa.id, user, wijk, partner->get<std::int64_t>(),
                                            shared->get<bool>(), app.config.now());
    auto answer = sharing_json(app, wa.id, user.organisation_id);
    answer["changed"] = changed;
    send_json(res, 200, answer);
  }
}

}  // namespace

void add_signal_sharing_routes(std::vector<Route>& routes) {
  routes.push_back({"GET",
                    "/api/signalen/delen",
                    "/api/signalen/delen",
                    "Which organisation of the partnership shares the details of its signals "
                    "with which other, per wijk",
                    Access::session,
                    {store::Role::beheerder},
                    show_sharing});
  routes.push_back({"POST",
                    "/api/signalen/delen",
                    "/api/signalen/delen",
                    "Share the own organisation's signal details in a wijk with a partner, or "
                    "stop ({wijk_code, organisation_id, shared})",
                    Access::session,
                    {store::Role::beheerder},
                    change_sharing});
}

}  // namespace leefbaar::serve
