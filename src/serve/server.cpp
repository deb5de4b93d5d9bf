#include "serve/server.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <thread>

#include "core/log.hpp"
#include "serve/app.hpp"
#include "serve/body_limits.hpp"
#include "serve/connection_guard.hpp"
#include "serve/error_answers.hpp"
#include "serve/mailer.hpp"
#include "serve/schema.hpp"
#include "usecases/access.hpp"
#include "usecases/housekeeping.hpp"
#include "usecases/reminders.hpp"

namespace leefbaar::serve {

const std::vector<Route>& routes() {
  static const std::vector<Route> table = [] {
    std::vector<Route> r;
    add_session_routes(r);
    add_run_routes(r);
    add_user_routes(r);
    add_map_routes(r);
    add_programme_routes(r);
    add_area_routes(r);
    add_scenario_routes(r);
    add_import_routes(r);
    add_admin_routes(r);
    add_initiative_routes(r);
    add_portal_routes(r);
    add_spending_routes(r);
    add_wijkwerk_routes(r);
    add_signal_routes(r);
    add_signal_sharing_routes(r);
    add_wijkwerk_map_routes(r);
    add_area_wijkwerk_routes(r);
    add_records_io_routes(r);
    add_portal_campaign_routes(r);
    add_reminder_routes(r);
    add_search_routes(r);
    r.push_back(Route{
        "GET",
        "/api/v1/openapi.json",
        "This document",
        Access::public_,
        {},
        [](App&, const httplib::Request&, httplib::Response& res, const std::optional<Caller>&) {
          send_json(res, 200, openapi_document(routes()));
        }}.answers(200, schema::object({{"openapi", schema::string()},
                                        {"info", schema::object({})},
                                        {"paths", schema::map_of(schema::object({}))}})));
    return r;
  }();
  return table;
}

namespace {

// The session, role and CSRF checks every route declares, before its handler runs.
std::optional<Caller> authorise(App& app, const Route& route, const httplib::Request& req) {
  if (route.access == Access::public_) return std::nullopt;
  const auto token = cookie(req, kSessionCookie);
  const auto session =
      token ? usecases::find_session(app.service, *token, app.config.now()) : std::nullopt;
  if (!session) throw HttpError{401, "unauthenticated", "Log eerst in.", ""};
  if (!route.roles.empty() &&
      std::find(route.roles.begin(), route.roles.end(), session->user.role) == route.roles.end())
    throw HttpError{403, "forbidden", "Uw rol geeft geen toegang tot dit onderdeel.", ""};
  // Every change needs the session's CSRF token in a header, which another site cannot read or set.
  if (route.method != "GET" && req.get_header_value("X-CSRF-Token") != session->csrf_token)
    throw HttpError{403, "csrf",
                    "De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw.",
                    ""};
  return Caller{*session};
}

httplib::Server::Handler wrap(App& app, const Route& route) {
  return [&app, &route](const httplib::Request& req, httplib::Response& res) {
    try {
      const auto caller = authorise(app, route, req);
      route.handler(app, req, res, caller);
    } catch (...) {
      answer_exception(req, res, std::current_exception());
    }
  };
}

// Before the body is read: the route's limit against Content-Length and, for the large limit of
// uploads, the caller's right to send one. The stream counts the body against the same limit.
httplib::Server::HandlerWithResponse check_before_body(App& app) {
  return [&app, matcher = std::make_shared<RouteMatcher>(routes())](const httplib::Request& req,
                                                                    httplib::Response& res) {
    const Route* route = matcher->find(req.method, req.path);
    const std::size_t limit = route != nullptr ? route->max_body : kJsonBodyLimit;
    set_body_limit(limit);
    try {
      check_declared_length(req, limit);
      if (route != nullptr && limit > kJsonBodyLimit) authorise(app, *route, req);
      return httplib::Server::HandlerResponse::Unhandled;
    } catch (const HttpError& e) {
      close_after_response();
      res.set_header("Connection", "close");
      send_error(res, e);
      return httplib::Server::HandlerResponse::Handled;
    }
  };
}

ConnectionLimits connection_limits(const ServerConfig& c) {
  ConnectionLimits l;
  l.threads = c.threads;
  l.max_connections_per_client = c.max_connections_per_client;
  l.uncapped = c.trusted_proxies;  // canonical: cmd_serve and the tests give them so
  l.header_timeout = c.header_timeout;
  l.idle_timeout = c.idle_timeout;
  l.io_timeout = c.io_timeout;
  return l;
}

}  // namespace

// The server's housekeeping (usecases/housekeeping.hpp): at start and every hour, with the
// application's clock, until the server stops.
class RetentionPurger {
 public:
  explicit RetentionPurger(App& app) : app_(app), thread_([this] { run(); }) {}
  ~RetentionPurger() { stop(); }
  RetentionPurger(const RetentionPurger&) = delete;
  RetentionPurger& operator=(const RetentionPurger&) = delete;
  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

 private:
  void run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      try {
        const auto r = usecases::purge_expired(app_.service, app_.config.now());
        if (r.total() > 0)
          log::progress("retention purge: removed {} contact moments, {} notes, {} addresses",
                        r.contacts, r.notes, r.addresses);
      } catch (const std::exception& e) {
        log::warning("retention purge failed: {}", e.what());
      }
      // The deadline reminders (each mailed once) and unconfirmed portal campaign submissions.
      try {
        const std::string public_url = [this] {
          std::lock_guard url(app_.public_url_mutex);
          return app_.config.public_url;
        }();
        const int sent = usecases::run_reminders(app_.service, app_.config.now(), public_url);
        usecases::purge_unconfirmed_submissions(app_.service, app_.config.now());
        if (sent > 0) log::progress("reminders: {} mails in the outbox", sent);
      } catch (const std::exception& e) {
        log::warning("reminders failed: {}", e.what());
      }
      lock.lock();
      wake_.wait_for(lock, std::chrono::hours(1), [this] { return stopping_; });
    }
  }
  App& app_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;  // last: starts after the members it uses
};

struct Server::Impl {
  App app;
  GuardedServer http;
  std::unique_ptr<RetentionPurger> purger;
  std::unique_ptr<MailDelivery> mail;  // issue 9 (serve/mailer.*); last: stops first
  explicit Impl(ServerConfig c) : app(std::move(c)), http(connection_limits(app.config)) {}
};

Server::Server(ServerConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {
  auto& http = impl_->http;
  for (const auto& route : routes()) {
    auto handler = wrap(impl_->app, route);
    const std::string pattern = path_regex(route.path);
    if (route.method == "GET") http.Get(pattern, handler);
    if (route.method == "POST") http.Post(pattern, handler);
    if (route.method == "DELETE") http.Delete(pattern, handler);
  }
  if (!impl_->app.config.web_root.empty()) add_page_handlers(http, impl_->app.config.web_root);
  // Headers and body go out in separate writes; without TCP_NODELAY the body of a small answer
  // waits for the client's delayed ACK (about 40 ms on Linux).
  http.set_tcp_nodelay(true);
  // The largest body any route takes; each route's own limit is checked before routing.
  http.set_payload_max_length(kUploadBodyLimit);
  http.set_pre_routing_handler(check_before_body(impl_->app));
  http.set_post_routing_handler([hsts = impl_->app.config.secure_cookies,
                                 tiles = base_map_origin(impl_->app.config.base_map_url)](
                                    const httplib::Request&, httplib::Response& res) {
    add_security_headers(res, hsts, tiles);
  });
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (const auto limit = exceeded_body_limit()) return send_error(res, too_large(*limit));
    if (res.body.empty()) {
      const bool missing = res.status == 404;
      send_error(res,
                 {res.status, missing ? "not_found" : "error",
                  missing ? "Deze pagina of dit adres bestaat niet." : "Er ging iets mis.", ""});
    }
  });
  http.set_exception_handler(answer_exception);
  http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    log::progress("{} {} {}", req.method, req.path, res.status);
  });
  impl_->purger = std::make_unique<RetentionPurger>(impl_->app);
  impl_->mail = start_mail_delivery(impl_->app);  // issue 9: the outbox's delivery
}

Server::~Server() = default;

int Server::bind() {
  auto& c = impl_->app.config;
  int port = c.port;
  if (c.port == 0)
    port = impl_->http.bind_to_any_port(c.host);
  else if (!impl_->http.bind_to_port(c.host, c.port))
    throw std::runtime_error(fmt::format("cannot listen on {}:{} (in use?)", c.host, c.port));
  // Issue 9: the links in mails start with the public address, by default this server's own.
  // Under its lock, as the housekeeping (RetentionPurger) reads it.
  if (c.public_url.empty()) {
    std::lock_guard lock(impl_->app.public_url_mutex);
    c.public_url = fmt::format("http://{}:{}/", c.host, port);
  }
  return port;
}

void Server::listen() {
  impl_->http.listen_after_bind();
}
void Server::stop() {
  impl_->http.stop();
  if (impl_->purger) impl_->purger->stop();
  if (impl_->mail) impl_->mail->stop();
}

}  // namespace leefbaar::serve
