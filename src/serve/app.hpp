#pragma once
// Internal to serve: the state every handler shares, and the route table.
#include <httplib.h>

#include <initializer_list>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "serve/http.hpp"
#include "serve/server.hpp"
#include "store/users.hpp"

namespace leefbaar::serve {

struct App {
  ServerConfig config;
  store::Database db;
  std::mutex db_mutex;  // one connection, used by one handler at a time
  explicit App(ServerConfig c) : config(std::move(c)), db(config.store) {}
};

// Who is calling: set for every endpoint that needs a session.
struct Caller {
  store::Session session;
};

using Handler = std::function<void(App&, const httplib::Request&, httplib::Response&,
                                   const std::optional<Caller>&)>;

enum class Access { public_, session };

struct Route {
  std::string method;        // GET, POST, DELETE
  std::string pattern;       // regex for httplib, e.g. R"(/api/runs/(\d+)/gemeenten)"
  std::string openapi_path;  // e.g. /api/runs/{id}/gemeenten
  std::string summary;
  Access access = Access::session;
  std::vector<store::Role> roles;  // allowed roles; empty with Access::session: every role
  Handler handler;
};

const std::vector<Route>& routes();
void add_session_routes(std::vector<Route>& routes);
void add_run_routes(std::vector<Route>& routes);
void add_user_routes(std::vector<Route>& routes);
void add_map_routes(std::vector<Route>& routes);
nlohmann::json openapi_document(const std::vector<Route>& routes);

inline constexpr const char* kSessionCookie = "leefbaar_session";

}  // namespace leefbaar::serve
