// GET /api/users, POST /api/users, POST /api/users/{id}: user management, for beheerders only and
// within their own organisation only (issue 9 point 3): another organisation's users are neither
// listed, nor created, nor changed.
#include <fmt/format.h>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "store/audit.hpp"

namespace leefbaar::serve {

nlohmann::json user_json(const store::User& u) {
  return {{"id", u.id},
          {"email", u.email},
          {"name", u.display_name},
          {"role", std::string(store::to_string(u.role))},
          {"organisation_id", u.organisation_id},
          {"wijken", u.wijken},
          {"disabled", u.disabled}};
}

namespace {

store::Role role_of(const nlohmann::json& value) {
  const auto role =
      value.is_string() ? store::role_from_name(value.get<std::string>()) : std::nullopt;
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

const HttpError kOtherOrganisation{
    403, "other_organisation",
    "U kunt alleen gebruikers van uw eigen organisatie aanmaken of wijzigen.", "organisation_id"};

// A body may name the organisation (by id or by name) only when it is the caller's own.
void require_own_organisation(App& app, const nlohmann::json& body, const Caller& caller) {
  const auto own = caller.session.user.organisation_id;
  if (const auto it = body.find("organisation_id"); it != body.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() != own) throw kOtherOrganisation;
  }
  for (const char* field : {"organisation", "organisation_name"}) {
    if (const auto it = body.find(field); it != body.end() && !it->is_null()) {
      if (!it->is_string() || it->get<std::string>() != store::organisation_name(app.db, own))
        throw HttpError{kOtherOrganisation.status, kOtherOrganisation.code,
                        kOtherOrganisation.message, field};
    }
  }
}

void list_users(App& app, const httplib::Request&, httplib::Response& res,
                const std::optional<Caller>& caller) {
  std::lock_guard lock(app.db_mutex);
  nlohmann::json users = nlohmann::json::array();
  for (const auto& u : store::list_users(app.db, caller->session.user.organisation_id))
    users.push_back(user_json(u));
  // Names and e-mail addresses are personal data: the read is logged with its purpose.
  store::record_audit(app.db, {caller->session.user.email, "read", "users",
                               fmt::format("{} users", users.size()), "gebruikersbeheer"});
  send_json(res, 200, {{"users", users}});
}

void add_user(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  store::NewUser user;
  user.email = required_string(body, "email");
  user.display_name = required_string(body, "name");
  user.password = required_string(body, "password");
  user.role = role_of(body.value("role", nlohmann::json()));
  user.organisation_id = caller->session.user.organisation_id;
  if (const auto it = body.find("wijken"); it != body.end()) user.wijken = wijken_of(*it);
  std::lock_guard lock(app.db_mutex);
  require_own_organisation(app, body, *caller);
  {
    const auto id = store::create_user(app.db, user, caller->session.user.email);
    send_json(res, 201, {{"id", id}});
  }
}

// {role}, {disabled} and/or {wijken}: any change ends all of the user's sessions.
void change_user(App& app, const httplib::Request& req, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  const auto& me = caller->session.user;
  std::lock_guard lock(app.db_mutex);
  const auto user = store::find_any_user(app.db, id);
  // Another organisation's user is answered as one that does not exist, before the body is
  // judged: no hint that it does.
  if (!user || user->organisation_id != me.organisation_id)
    throw HttpError{404, "not_found", "Deze gebruiker bestaat niet in uw organisatie.", ""};
  store::UserChange change;
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
  require_own_organisation(app, body, *caller);
  if (user->id == me.id && (change.role || change.disabled))
    throw HttpError{409, "own_account",
                    "U kunt uw eigen rol niet wijzigen en uw eigen account niet uitschakelen. "
                    "Vraag dat aan een andere beheerder.",
                    change.role ? "role" : "disabled"};
  store::change_user(app.db, id, change, me.email);
  send_json(res, 200, {{"user", user_json(*store::find_any_user(app.db, id))}});
}

}  // namespace

void add_user_routes(std::vector<Route>& routes) {
  routes.push_back({"GET",
                    "/api/users",
                    "/api/users",
                    "The users of the own organisation",
                    Access::session,
                    {store::Role::beheerder},
                    list_users});
  routes.push_back({"POST",
                    "/api/users",
                    "/api/users",
                    "Create a user in the own organisation",
                    Access::session,
                    {store::Role::beheerder},
                    add_user});
  routes.push_back({"POST",
                    R"(/api/users/(\d+))",
                    "/api/users/{id}",
                    "Change a user's role or wijken, or disable (or enable) the account "
                    "({role, wijken, disabled}); ends the user's sessions",
                    Access::session,
                    {store::Role::beheerder},
                    change_user});
}

}  // namespace leefbaar::serve
