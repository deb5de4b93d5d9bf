// GET /api/users, POST /api/users: user management, for beheerders only.
#include <fmt/format.h>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "store/audit.hpp"

namespace leefbaar::serve {

namespace {

void list_users(App& app, const httplib::Request&, httplib::Response& res,
                const std::optional<Caller>& caller) {
  std::lock_guard lock(app.db_mutex);
  SQLite::Statement q(app.db.sql(), "SELECT id FROM users WHERE disabled = 0 ORDER BY email");
  nlohmann::json users = nlohmann::json::array();
  while (q.executeStep()) {
    if (auto u = store::find_user(app.db, q.getColumn(0).getInt64())) {
      users.push_back({{"id", u->id},
                       {"email", u->email},
                       {"name", u->display_name},
                       {"role", std::string(store::to_string(u->role))},
                       {"organisation_id", u->organisation_id},
                       {"wijken", u->wijken}});
    }
  }
  // Names and e-mail addresses are personal data: the read is logged with its purpose.
  store::record_audit(app.db.sql(), {caller->session.user.email, "read", "users",
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
  const auto role = store::role_from_name(required_string(body, "role"));
  if (!role)
    throw HttpError{400, "bad_request", "Kies een rol: beheerder, analist, wijkteam of lezer.",
                    "role"};
  user.role = *role;
  user.organisation_id = body.value("organisation_id", caller->session.user.organisation_id);
  if (body.contains("wijken")) {
    if (!body["wijken"].is_array())
      throw HttpError{400, "bad_request", "Verwacht een lijst van wijkcodes.", "wijken"};
    for (const auto& w : body["wijken"]) {
      if (!w.is_string())
        throw HttpError{400, "bad_request", "Verwacht een lijst van wijkcodes.", "wijken"};
      user.wijken.push_back(w.get<std::string>());
    }
  }
  std::lock_guard lock(app.db_mutex);
  try {
    const auto id = store::create_user(app.db, user, caller->session.user.email);
    send_json(res, 201, {{"id", id}});
  } catch (const FieldError& e) {
    throw HttpError{422, "invalid", e.what(), e.field()};
  }
}

}  // namespace

void add_user_routes(std::vector<Route>& routes) {
  routes.push_back({"GET",
                    "/api/users",
                    "/api/users",
                    "The users",
                    Access::session,
                    {store::Role::beheerder},
                    list_users});
  routes.push_back({"POST",
                    "/api/users",
                    "/api/users",
                    "Create a user",
                    Access::session,
                    {store::Role::beheerder},
                    add_user});
}

}  // namespace leefbaar::serve
