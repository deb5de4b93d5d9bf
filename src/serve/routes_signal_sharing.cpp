// GET and POST /api/v1/signalen/deelafspraken: the partnership's agreement on the details of
// signals, per wijk (usecases/signals_sharing.hpp). A beheerder sees what every organisation of the
// partnership shares with whom, and starts or ends the sharing of the own organisation's details
// only.
#include "serve/app.hpp"
#include "serve/schema.hpp"
#include "usecases/signals_sharing.hpp"

namespace leefbaar::serve {

namespace {

nlohmann::json sharing_json(const usecases::SignalSharing& s, std::int64_t own) {
  nlohmann::json organisations = nlohmann::json::array();
  for (const auto& o : s.organisations)
    organisations.push_back({{"id", o.id}, {"name", o.name}, {"kind", o.kind}});
  nlohmann::json wijken = nlohmann::json::array();
  for (const auto& a : s.wijken) wijken.push_back({{"code", a.code}, {"name", a.name}});
  nlohmann::json grants = nlohmann::json::array();
  for (const auto& g : s.sharing.grants())
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
  const auto& user = caller->session.user;
  send_json(res, 200,
            sharing_json(usecases::signal_sharing(app.service, user), user.organisation_id));
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
  const auto& user = caller->session.user;
  const auto s = usecases::set_signal_sharing(app.service, user, wijk, partner->get<std::int64_t>(),
                                              shared->get<bool>(), app.config.now());
  auto answer = sharing_json(s, user.organisation_id);
  answer["changed"] = s.changed;
  send_json(res, 200, answer);
}

}  // namespace

void add_signal_sharing_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto sharing = [](Members more = {}) {
    auto out = object({{"organisation_id", integer("The caller's organisation")},
                       {"organisations",
                        array(object({{"id", integer()}, {"name", string()}, {"kind", string()}}),
                              "The partnership: the owner and its partners")},
                       {"wijken", array(object({{"code", string()}, {"name", string()}}))},
                       {"grants", array(object({{"wijk_code", string()},
                                                {"owner_organisation_id", integer()},
                                                {"partner_organisation_id", integer()},
                                                {"granted_at", string()}}))}});
    for (const auto& [name, member] : more) {
      out["properties"][name] = member;
      out["required"].push_back(name);
    }
    return out;
  };
  routes.push_back(Route{"GET", "/api/v1/signalen/deelafspraken",
                         "Which organisation of the partnership shares the details of its signals "
                         "with which other, per wijk",
                         Access::session, kBeheerder, show_sharing}
                       .answers(200, sharing()));
  routes.push_back(Route{"POST", "/api/v1/signalen/deelafspraken",
                         "Share the own organisation's signal details in a wijk with a partner, or "
                         "stop ({wijk_code, organisation_id, shared})",
                         Access::session, kBeheerder, change_sharing}
                       .takes(object({{"wijk_code", string()},
                                      {"organisation_id", integer("The partner organisation")},
                                      {"shared", boolean()}}))
                       .answers(200, sharing({{"changed", boolean("Whether anything changed")}})));
}

}  // namespace leefbaar::serve
