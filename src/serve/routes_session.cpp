// POST /api/session (log in), DELETE /api/session (log out), GET /api/me.
#include <fmt/format.h>

#include "serve/app.hpp"
#include "serve/clock.hpp"
#include "store/audit.hpp"

namespace leefbaar::serve {

namespace {

nlohmann::json user_json(const store::User& u) {
  return {{"id", u.id},
          {"email", u.email},
          {"name", u.display_name},
          {"role", std::string(store::to_string(u.role))},
          {"organisation_id", u.organisation_id},
          {"wijken", u.wijken}};
}

std::string session_cookie(const App& app, const std::string& value, long max_age) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}", kSessionCookie,
                     value, max_age, app.config.secure_cookies ? "; Secure" : "");
}

void log_in(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>&) {
  const auto body = json_body(req);
  const std::string email = required_string(body, "email");
  const std::string password = required_string(body, "password");
  std::lock_guard lock(app.db_mutex);
  const auto now = app.config.now();
  const auto result = store::log_in(app.db, email, password, now);
  if (result.outcome == store::LoginOutcome::throttled)
    throw HttpError{429, "throttled",
                    "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.", ""};
  if (result.outcome != store::LoginOutcome::ok)
    throw HttpError{401, "wrong_credentials", "E-mailadres of wachtwoord klopt niet.", "password"};
  const auto& s = *result.session;
  store::record_audit(app.db.sql(),
                      {s.user.email, "login", "user/" + std::to_string(s.user.id), "", ""});
  const auto lifetime =
      std::chrono::duration_cast<std::chrono::seconds>(s.expires_at - now).count();
  res.set_header("Set-Cookie", session_cookie(app, s.token, static_cast<long>(lifetime)));
  send_json(res, 200, {{"user", user_json(s.user)}, {"csrf_token", s.csrf_token}});
}

void log_out(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  std::lock_guard lock(app.db_mutex);
  store::log_out(app.db, cookie(req, kSessionCookie).value_or(""));
  const auto& user = caller->session.user;
  store::record_audit(app.db.sql(),
                      {user.email, "logout", "user/" + std::to_string(user.id), "", ""});
  res.set_header("Set-Cookie", session_cookie(app, "", 0));
  res.status = 204;
}

void me(App& app, const httplib::Request&, httplib::Response& res,
        const std::optional<Caller>& caller) {
  // today: the server's day, which the forms propose as a date (the demo runs on its own day).
  send_json(res, 200,
            {{"user", user_json(caller->session.user)},
             {"csrf_token", caller->session.csrf_token},
             {"today", day_text(app.config.now())}});
}

}  // namespace

void add_session_routes(std::vector<Route>& routes) {
  routes.push_back({"POST",
                    "/api/session",
                    "/api/session",
                    "Log in with e-mail and password",
                    Access::public_,
                    {},
                    log_in});
  routes.push_back(
      {"DELETE", "/api/session", "/api/session", "Log out", Access::session, {}, log_out});
  routes.push_back({"GET",
                    "/api/me",
                    "/api/me",
                    "The logged-in user and the CSRF token",
                    Access::session,
                    {},
                    me});
}

}  // namespace leefbaar::serve
