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

#include "serve/http.hpp"
#include "serve/server.hpp"
#include "serve/workspace.hpp"
#include "store/users.hpp"
#include "usecases/service.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::serve {

struct App {
  ServerConfig config;
  usecases::Service service;  // every operation goes through it (usecases/*.hpp)
  // Transitional (issue 10): the handlers not yet moved to use cases still reach the store and its
  // lock themselves; tests/architecture/check_layers.sh lists them and allows no new ones.
  store::Database& db;
  std::mutex& db_mutex;
  // The live programme per work area id, built on first use and replaced after an import or a
  // change of settings.
  std::mutex workspace_mutex;
  std::map<std::int64_t, std::shared_ptr<const Workspace>> workspaces;
  explicit App(ServerConfig c)
      : config(std::move(c)),
        service(config.store),
        db(service.state().db),
        db_mutex(service.state().mutex) {}
};

// Who is calling: set for every endpoint that needs a session.
struct Caller {
  store::Session session;
};

using Handler = std::function<void(App&, const httplib::Request&, httplib::Response&,
                                   const std::optional<Caller>&)>;

enum class Access { public_, session };

// The largest request body a route accepts, checked from Content-Length before the body is read
// and counted as it is read (chunked bodies too); larger answers 413. Small JSON bodies by
// default (a drawn area of 200 points is about 10 KB); uploads declare the upload limit.
inline constexpr std::size_t kJsonBodyLimit = std::size_t{64} << 10;
// Uploads: the national pc6hnr table, the largest input, is about 300 MB.
inline constexpr std::size_t kUploadBodyLimit = std::size_t{512} << 20;

struct Route {
  std::string method;        // GET, POST, DELETE
  std::string pattern;       // regex for httplib, e.g. R"(/api/runs/(\d+)/gemeenten)"
  std::string openapi_path;  // e.g. /api/runs/{id}/gemeenten
  std::string summary;
  Access access = Access::session;
  std::vector<store::Role> roles;  // allowed roles; empty with Access::session: every role
  Handler handler;
  std::size_t max_body = kJsonBodyLimit;  // bytes; see kJsonBodyLimit
};

// The workspace of the caller's work area (that of their organisation, or one it partners in).
// HttpError 404 when the organisation has none, 409 when its inputs are incomplete.
std::shared_ptr<const Workspace> workspace_for(App& app, const Caller& caller);
// Forgets a work area's workspace, so the next request rebuilds it from the store.
void drop_workspace(App& app, std::int64_t work_area);
// The caller's work area without building its workspace (imports).
WorkArea work_area_for(App& app, const Caller& caller);
// The one check for an organisation named in a request (a pledge, a team member, a ledger row, a
// request for help): it must be the work area's owner or one of its partners, so that no record
// refers to another tenant's organisation. HttpError 422 on `field` otherwise. The caller holds
// db_mutex.
// A user as the API answers it (log-in, /api/me, the user list); no password hash, no session.
nlohmann::json user_json(const store::User& u);

void require_partner_organisation(store::Database& db, std::int64_t work_area,
                                  std::int64_t organisation, const std::string& field);
// The id in the path (first regex group); HttpError 404 when it does not fit in an integer.
std::int64_t path_id(const httplib::Request& req, std::size_t group = 1);

// Runs f holding the store's lock; what it throws is answered by answer_exception
// (serve/error_answers.hpp), the one mapping of errors to HTTP.
template <typename F>
auto with_store(App& app, F&& f) {
  std::lock_guard lock(app.db_mutex);
  return f();
}

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
nlohmann::json openapi_document(const std::vector<Route>& routes);

inline constexpr const char* kSessionCookie = "leefbaar_session";

}  // namespace leefbaar::serve
