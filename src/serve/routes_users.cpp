// GET /api/v1/gebruikers, POST /api/v1/gebruikers, POST /api/v1/gebruikers/{id}: user management,
// for beheerders only and within their own organisation only (issue 9 point 3): another
// organisation's users are neither listed, nor created, nor changed.
#include <fmt/format.h>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "serve/schema.hpp"
#include "usecases/access.hpp"

namespace leefbaar::serve {

nlohmann::json user_json(const User& u) {
  return {{"id", u.id},
          {"email", u.email},
          {"name", u.display_name},
          {"role", std::string(to_string(u.role))},
          {"organisation_id", u.organisation_id},
          {"wijken", u.wijken},
          {"disabled", u.disabled}};
}

nlohmann::json user_schema() {
  using namespace schema;
  return object({{"id", integer()},
                 {"email", string()},
                 {"name", string()},
                 {"role", one_of({"beheerder", "analist", "wijkteam", "lezer"})},
                 {"organisation_id", integer()},
                 {"wijken", array(string(), "The wijk codes of a wijkteam member; empty: all")},
                 {"disabled", boolean()}});
}

namespace {

Role role_of(const nlohmann::json& value) {
  const auto role = value.is_string() ? role_from_name(value.get<std::string>()) : std::nullopt;
  if (!role)
    throw HttpError{400, "bad_request", "Kies een rol: beheerder, analist, wijkteam of lezer.",
                    "role"};
  return *role;
}

std::vector<std::string> wijken_of(const nlohmann::json& value) {
  const HttpError wrong{400, "bad_request", "Verwacht een lijst van wijkcodes.", "wijken"};
  if (!value.is_array()) throw wrong;
  std::vector<std::string> out;
  for (const auto& w : value) {
    if (!w.is_string()) throw wrong;
    out.push_back(w.get<std::string>());
  }
  return out;
}

// A body may name the organisation (by id or by name) only when it is the caller's own: the id is
// checked here, the names by the use case.
usecases::NamedOrganisations named_organisations(const nlohmann::json& body, const User& caller) {
  const char* const other =
      "U kunt alleen gebruikers van uw eigen organisatie aanmaken of wijzigen.";
  if (const auto it = body.find("organisation_id"); it != body.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() != caller.organisation_id)
      throw ForbiddenError(other, "other_organisation", "organisation_id");
  }
  usecases::NamedOrganisations named;
  for (const char* field : {"organisation", "organisation_name"}) {
    if (const auto it = body.find(field); it != body.end() && !it->is_null()) {
      if (!it->is_string()) throw ForbiddenError(other, "other_organisation", field);
      named[field] = it->get<std::string>();
    }
  }
  return named;
}

void list_users(App& app, const httplib::Request&, httplib::Response& res,
                const std::optional<Caller>& caller) {
  nlohmann::json users = nlohmann::json::array();
  for (const auto& u : usecases::list_users(app.service, caller->session.user))
    users.push_back(user_json(u));
  send_json(res, 200, {{"users", users}});
}

void add_user(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  NewUser user;
  user.email = required_string(body, "email");
  user.display_name = required_string(body, "name");
  user.password = required_string(body, "password");
  user.role = role_of(body.value("role", nlohmann::json()));
  if (const auto it = body.find("wijken"); it != body.end()) user.wijken = wijken_of(*it);
  const auto& me = caller->session.user;
  send_json(res, 201,
            {{"id", usecases::create_user(app.service, me, user, named_organisations(body, me))}});
}

// {role}, {disabled} and/or {wijken}: any change ends all of the user's sessions.
void change_user(App& app, const httplib::Request& req, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  const auto& me = caller->session.user;
  // Another organisation's user is answered as one that does not exist before the body is judged:
  // no hint that it does.
  usecases::require_user_of_organisation(app.service, me, id);
  UserChange change;
  if (const auto it = body.find("role"); it != body.end()) change.role = role_of(*it);
  if (const auto it = body.find("disabled"); it != body.end()) {
    if (!it->is_boolean())
      throw HttpError{400, "bad_request", "Verwacht waar of onwaar (true of false).", "disabled"};
    change.disabled = it->get<bool>();
  }
  if (const auto it = body.find("wijken"); it != body.end()) change.wijken = wijken_of(*it);
  if (!change.role && !change.disabled && !change.wijken)
    throw HttpError{400, "bad_request",
                    "Geef een nieuwe rol of nieuwe wijken, of zet het account uit of aan.", "role"};
  const auto named = named_organisations(body, me);
  send_json(res, 200,
            {{"user", user_json(usecases::change_user(app.service, me, id, change, named))}});
}

}  // namespace

void add_user_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto role = one_of({"beheerder", "analist", "wijkteam", "lezer"});
  const auto wijken = array(string(), "The wijk codes of a wijkteam member; empty: all");
  // Only the caller's own organisation may be named.
  const auto organisation_id = nullable(integer("The caller's own organisation only"));
  const auto organisation = nullable(string("The caller's own organisation's name only"));
  routes.push_back(Route{"GET", "/api/v1/gebruikers", "The users of the own organisation",
                         Access::session, kBeheerder, list_users}
                       .answers(200, object({{"users", array(user_schema())}})));
  routes.push_back(
      Route{"POST", "/api/v1/gebruikers", "Create a user in the own organisation", Access::session,
            kBeheerder, add_user}
          .takes(object(
              {{"email", string()}, {"name", string()}, {"password", string()}, {"role", role}},
              {{"wijken", wijken},
               {"organisation_id", organisation_id},
               {"organisation", organisation},
               {"organisation_name", organisation}}))
          .answers(201, object({{"id", integer()}})));
  routes.push_back(Route{"POST", "/api/v1/gebruikers/{id}",
                         "Change a user's role or wijken, or disable (or enable) the account "
                         "({role, wijken, disabled}: at least one); ends the user's sessions",
                         Access::session, kBeheerder, change_user}
                       .takes(object({}, {{"role", role},
                                          {"wijken", wijken},
                                          {"disabled", boolean()},
                                          {"organisation_id", organisation_id},
                                          {"organisation", organisation},
                                          {"organisation_name", organisation}}))
                       .answers(200, object({{"user", user_schema()}})));
}

}  // namespace leefbaar::serve
