// The live programme: GET /api/v1/programma (saved settings), POST /api/v1/programma/wat-als (other
// parameters, not saved), POST /api/v1/programma/instellingen (save them), and the gemeenten table
// as CSV or XLSX.
#include <fmt/format.h>

#include <filesystem>

#include "core/errors.hpp"
#include "core/params_json.hpp"
#include "report/download_tables.hpp"
#include "serve/app.hpp"
#include "serve/download.hpp"
#include "serve/programme_json.hpp"
#include "serve/schema.hpp"
#include "usecases/programme.hpp"

namespace leefbaar::serve {

namespace {

ProgrammeParams params_of_body(const Workspace& ws, const nlohmann::json& body) {
  if (!body.contains("params"))
    throw HttpError{400, "bad_request", "Verwacht de instellingen in 'params'.", "params"};
  return params_from_json(body["params"], ws.settings());
}

void get_programme(App& app, const httplib::Request&, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  send_json(res, 200, programme_json(*ws, ws->settings(), ws->result()));
}

void what_if(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const ProgrammeParams params = params_of_body(*ws, json_body(req));
  send_json(res, 200, programme_json(*ws, params, ws->compute(params)));
}

void save_settings(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const ProgrammeParams params = params_of_body(*ws, json_body(req));
  ws->compute(params);  // refuse settings the programme cannot run with
  usecases::save_settings(app.service, caller->session.user, params);
  send_json(res, 200, {{"params", params_to_json(params)}});
}

void gemeenten_download(const std::string& format, App& app, httplib::Response& res,
                        const Caller& caller) {
  const auto ws = workspace_for(app, caller);
  send_download(res, leefbaar::gemeenten_download(ws->run()), format, "gemeenten");
}

void gemeenten_csv(App& app, const httplib::Request&, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  gemeenten_download("csv", app, res, *caller);
}

void gemeenten_xlsx(App& app, const httplib::Request&, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  gemeenten_download("xlsx", app, res, *caller);
}

}  // namespace

void add_programme_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto settings_body = [] { return object({{"params", params_patch_schema()}}); };
  routes.push_back(Route{"GET", "/api/v1/programma",
                         "The live programme of the caller's work area with its saved settings",
                         Access::session, kReaders, get_programme}
                       .answers(200, programme_schema()));
  routes.push_back(
      Route{"POST", "/api/v1/programma/wat-als",
            "The programme for other settings ({params: {...}}), computed and not saved",
            Access::session, kReaders, what_if}
          .takes(settings_body())
          .answers(200, programme_schema()));
  routes.push_back(Route{"POST", "/api/v1/programma/instellingen",
                         "Save settings ({params: {...}}) as the work area's programme",
                         Access::session, kEditors, save_settings}
                       .takes(settings_body())
                       .answers(200, object({{"params", params_schema()}})));
  routes.push_back(
      Route{"GET", "/api/v1/programma/gemeenten.csv",
            "The gemeenten table for Dutch Excel: semicolons, decimal commas, Dutch headers",
            Access::session, kReaders, gemeenten_csv}
          .answers(200, file("gemeenten.csv (UTF-8 with a byte order mark)"), "text/csv"));
  routes.push_back(
      Route{"GET", "/api/v1/programma/gemeenten.xlsx",
            "The gemeenten table as XLSX, with a sheet that explains the columns", Access::session,
            kReaders, gemeenten_xlsx}
          .answers(200, file("gemeenten.xlsx"),
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
}

}  // namespace leefbaar::serve
