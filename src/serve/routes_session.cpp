// POST /api/v1/sessie (log in), DELETE /api/v1/sessie (log out), GET /api/v1/sessie, POST
// /api/v1/sessie/wachtwoord (the user's own password).
#include <fmt/format.h>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "serve/client_address.hpp"
#include "serve/clock.hpp"
#include "serve/schema.hpp"
#include "usecases/access.hpp"

namespace leefbaar::serve {

namespace {

std::string session_cookie(const App& app, const std::string& value, long max_age) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}", kSessionCookie,
                     value, max_age, app.config.secure_cookies ? "; Secure" : "");
}

void set_session_cookie(App& app, httplib::Response& res, const Session& s,
                        std::chrono::system_clock::time_point now) {
  const auto lifetime =
      std::chrono::duration_cast<std::chrono::seconds>(s.expires_at - now).count();
  res.set_header("Set-Cookie", session_cookie(app, s.token, static_cast<long>(lifetime)));
}

// "over 3 minuten", "over 1 minuut", "over 40 seconden".
std::string wait_in_words(std::chrono::seconds wait) {
  const auto s = wait.count();
  if (s < 60) return fmt::format("over {} {}", s, s == 1 ? "seconde" : "seconden");
  const auto m = (s + 59) / 60;
  return fmt::format("over {} {}", m, m == 1 ? "minuut" : "minuten");
}

void log_in(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>&) {
  const auto body = json_body(req);
  const auto now = app.config.now();
  const auto result =
      usecases::log_in(app.service, required_string(body, "email"),
                       required_string(body, "password"), client_address(app.config, req), now);
  if (result.outcome == LoginOutcome::throttled) {
    res.set_header("Retry-After", std::to_string(result.retry_after.count()));
    throw HttpError{429, "throttled",
                    fmt::format("Te veel mislukte pogingen om in te loggen. Probeer het {} "
                                "opnieuw.",
                                wait_in_words(result.retry_after)),
                    ""};
  }
  if (result.outcome == LoginOutcome::disabled)
    throw HttpError{403, "disabled",
                    "Uw account is uitgeschakeld. Vraag de beheerder van uw organisatie om het "
                    "weer aan te zetten.",
                    ""};
  if (result.outcome != LoginOutcome::ok)
    throw HttpError{401, "wrong_credentials", "E-mailadres of wachtwoord klopt niet.", "password"};
  const auto& s = *result.session;
  set_session_cookie(app, res, s, now);
  send_json(res, 200, {{"user", user_json(s.user)}, {"csrf_token", s.csrf_token}});
}

void log_out(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  usecases::log_out(app.service, caller->session.user, cookie(req, kSessionCookie).value_or(""));
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

// Every session of the user ends, this one too; the answer carries a new one for this browser.
void change_password(App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const std::string current = required_string(body, "current_password");
  const std::string password = required_string(body, "new_password");
  const auto now = app.config.now();
  const Session s = [&] {
    try {
      return usecases::change_own_password(app.service, caller->session.user, current, password,
                                           now);
    } catch (const FieldError& e) {  // the body calls the new password new_password
      throw FieldError(e.field() == "password" ? "new_password" : e.field(), e.what());
    }
  }();
  set_session_cookie(app, res, s, now);
  send_json(res, 200, {{"user", user_json(s.user)}, {"csrf_token", s.csrf_token}});
}

}  // namespace

void add_session_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto session = [] {
    return object({{"user", user_schema()}, {"csrf_token", string("Send it as X-CSRF-Token")}});
  };
  routes.push_back(Route{
      "POST", "/api/v1/sessie", "Log in with e-mail and password", Access::public_, {}, log_in}
                       .takes(object({{"email", string()}, {"password", string()}}))
                       .answers(200, session()));
  routes.push_back(
      Route{"DELETE", "/api/v1/sessie", "Log out", Access::session, kEveryRole, log_out}
          .takes_nothing()
          .answers_nothing());
  routes.push_back(
      Route{"GET", "/api/v1/sessie", "The logged-in user and the CSRF token", Access::session,
            kEveryRole, me}
          .answers(200, object({{"user", user_schema()},
                                {"csrf_token", string()},
                                {"today", date("The server's day, proposed in the forms")}})));
  routes.push_back(Route{"POST", "/api/v1/sessie/wachtwoord",
                         "Change one's own password (ends every session; answers with a new one)",
                         Access::session, kEveryRole, change_password}
                       .takes(object({{"current_password", string()}, {"new_password", string()}}))
                       .answers(200, session()));
}

}  // namespace leefbaar::serve
