#pragma once
// Internal to serve: the state every handler shares, and the route table.
#include <httplib.h>

#include <cstddef>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "core/accounts.hpp"
#include "serve/http.hpp"
#include "serve/route_path.hpp"
#include "serve/server.hpp"
#include "usecases/service.hpp"
#include "usecases/workspace.hpp"

namespace leefbaar::serve {

using usecases::AreaShape;
using usecases::Workspace;

struct App {
  ServerConfig config;
  usecases::Service service;    // every operation goes through it (usecases/*.hpp)
  std::mutex public_url_mutex;  // bind() sets config.public_url while the housekeeping reads it
  explicit App(ServerConfig c) : config(std::move(c)), service(config.store) {}
};

// Who is calling: set for every endpoint that needs a session.
struct Caller {
  Session session;
};

using Handler = std::function<void(App&, const httplib::Request&, httplib::Response&,
                                   const std::optional<Caller>&)>;

enum class Access { public_, session };

// The roles that do the neighbourhood work: everyone but the lezer, who only reads.
inline const std::vector<Role> kWorkers = {Role::beheerder, Role::analist, Role::wijkteam};
// Every role may call the route (an empty list with Access::session).
inline const std::vector<Role> kEveryRole = {};
// Only the organisation's beheerder.
inline const std::vector<Role> kBeheerder = {Role::beheerder};
// The roles that keep the programme and its records (settings, imports, scenarios, spending).
inline const std::vector<Role> kEditors = {Role::beheerder, Role::analist};
// The roles that read the programme and the money: everyone but the wijkteam.
inline const std::vector<Role> kReaders = {Role::beheerder, Role::analist, Role::lezer};

// The largest request body a route accepts, checked from Content-Length before the body is read
// and counted as it is read (chunked bodies too); larger answers 413. Small JSON bodies by
// default (a drawn area of 200 points is about 10 KB); uploads declare the upload limit.
inline constexpr std::size_t kJsonBodyLimit = std::size_t{64} << 10;
// Uploads: the national pc6hnr table, the largest input, is about 300 MB.
inline constexpr std::size_t kUploadBodyLimit = std::size_t{512} << 20;

struct Route {
  std::string method;  // GET, POST, DELETE
  // The path template, e.g. /api/v1/berekeningen/{id}/gemeenten: the matcher's regex and the
  // OpenAPI path follow from it (serve/route_path.hpp).
  std::string path;
  std::string summary;
  Access access = Access::session;
  std::vector<Role> roles;  // allowed roles; empty with Access::session: every role
  Handler handler;
  std::size_t max_body = kJsonBodyLimit;  // bytes; see kJsonBodyLimit

  // ---- What the operation takes and answers, for /api/v1/openapi.json (serve/schema.hpp) ----
  nlohmann::json body = nullptr;  // the request body's schema; null: not declared
  std::string body_type = "application/json";
  bool no_body = false;                             // declared: the operation reads no body
  nlohmann::json query = nlohmann::json::object();  // the query parameters: name -> schema
  int answer_status = 200;
  nlohmann::json answer =
      nullptr;  // the success answer's schema; null: not declared (or none, with 204)
  std::string answer_type = "application/json";

  std::string openapi_path() const { return serve::openapi_path(path); }

  // The body: a JSON object (or a form upload with body_type multipart/form-data).
  Route&& takes(nlohmann::json schema, std::string type = "application/json") && {
    body = std::move(schema);
    body_type = std::move(type);
    return std::move(*this);
  }
  Route&& takes_nothing() && {
    no_body = true;
    return std::move(*this);
  }
  // The query parameters, all optional: an object of name -> schema.
  Route&& with_query(nlohmann::json parameters) && {
    query = std::move(parameters);
    return std::move(*this);
  }
  Route&& answers(int status, nlohmann::json schema, std::string type = "application/json") && {
    answer_status = status;
    answer = std::move(schema);
    answer_type = std::move(type);
    return std::move(*this);
  }
  // An answer without a body (204).
  Route&& answers_nothing() && {
    answer_status = 204;
    answer = nullptr;
    return std::move(*this);
  }
  // Whether the document can describe it: a success answer, and a body or none for a change.
  bool described() const {
    const bool answer_ok = answer_status == 204 || !answer.is_null();
    const bool body_ok = method == "GET" || no_body || !body.is_null();
    return answer_ok && body_ok;
  }
};

// The workspace of the caller's work area (usecases::workspace): HttpError 404 when the
// organisation has none, 409 when its inputs are incomplete.
std::shared_ptr<const Workspace> workspace_for(App& app, const Caller& caller);
// A user as the API answers it (log-in, /api/v1/sessie, the user list); no password hash, no
// session.
nlohmann::json user_json(const User& u);
// Its schema (serve/schema.hpp).
nlohmann::json user_schema();

// The id in the path (first regex group); HttpError 404 when it does not fit in an integer.
std::int64_t path_id(const httplib::Request& req, std::size_t group = 1);

const std::vector<Route>& routes();
// The web pages and their assets from web_root (web/dist).
void add_page_handlers(httplib::Server& http, const std::filesystem::path& web_root);
void add_session_routes(std::vector<Route>& routes);
void add_run_routes(std::vector<Route>& routes);
void add_user_routes(std::vector<Route>& routes);
void add_map_routes(std::vector<Route>& routes);
void add_programme_routes(std::vector<Route>& routes);
void add_area_routes(std::vector<Route>& routes);
void add_scenario_routes(std::vector<Route>& routes);
void add_import_routes(std::vector<Route>& routes);
void add_admin_routes(std::vector<Route>& routes);
// The neighbourhood work (issue 4).
void add_initiative_routes(std::vector<Route>& routes);
void add_portal_routes(std::vector<Route>& routes);
void add_spending_routes(std::vector<Route>& routes);
void add_wijkwerk_routes(std::vector<Route>& routes);
void add_signal_routes(std::vector<Route>& routes);
void add_signal_sharing_routes(std::vector<Route>& routes);
// The neighbourhood work as map layers, on the area pages, exported and imported for earlier years,
// the portal's campaigns and the deadline reminders.
void add_wijkwerk_map_routes(std::vector<Route>& routes);
void add_area_wijkwerk_routes(std::vector<Route>& routes);
void add_records_io_routes(std::vector<Route>& routes);
void add_portal_campaign_routes(std::vector<Route>& routes);
void add_reminder_routes(std::vector<Route>& routes);
void add_search_routes(std::vector<Route>& routes);
nlohmann::json openapi_document(const std::vector<Route>& routes);

inline constexpr const char* kSessionCookie = "leefbaar_session";

}  // namespace leefbaar::serve
