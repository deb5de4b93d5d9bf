// The neighbourhood records out and in: GET /api/v1/registraties/{soort}/export
// (?year=&wijk=&format=csv|xlsx) for initiatives, activities, the ledger, mediation cases and
// figures, physical works, campaign records and signal counts; POST
// /api/v1/registraties/{soort}/import for earlier years (a form with the file, a CSV body or {csv};
// CSV or XLSX by content and name; all rows or none) and GET
// /api/v1/registraties/{soort}/import/voorbeeld (the header row as an example file); GET
// /api/v1/registraties says what the caller may export and import.
//
// Who may export a kind: initiatives, mediation cases and campaign records staff (a wijk team in
// its own wijken: usecases/records_io.hpp); the ledger beheerder, analist and lezer; activities,
// works, the mediation figures and the signal counts (small counts hidden, as on the map) every
// role. Imports: beheerder and analist.
#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"
#include "serve/download.hpp"
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "usecases/records_io.hpp"

namespace leefbaar::serve {

namespace {

using neighbourhood::RecordKind;
using nlohmann::json;

constexpr const char* kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Who may export a kind: the roles of the list it mirrors (empty: every role).
const std::vector<Role>& export_roles(RecordKind kind) {
  static const std::vector<Role> everyone;
  switch (kind) {
    case RecordKind::initiatives:
    case RecordKind::mediation_cases:
    case RecordKind::campaigns:
      return kWorkers;
    case RecordKind::spending:
      return kReaders;
    default:
      return everyone;
  }
}

bool has_role(const std::vector<Role>& roles, Role role) {
  return roles.empty() || std::count(roles.begin(), roles.end(), role) > 0;
}

// ---- Export ----------------------------------------------------------------------------------

void export_records(RecordKind kind, App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const std::string format = download_format(req);
  neighbourhood::RecordFilter filter;
  filter.wijk = wijkwerk::wijk_param(req);
  const bool year_given = req.has_param("year") && !req.get_param_value("year").empty();
  filter.year =
      year_given || kind == RecordKind::signal_counts ? wijkwerk::year_param(app, req) : 0;
  filter.today = wijkwerk::today(app);
  const auto table =
      usecases::export_records(app.service, caller->session.user, kind, filter, app.config.now());
  send_download(res, table, format,
                fmt::format("{}{}{}", neighbourhood::record_kind_info(kind).slug,
                            filter.wijk.empty() ? "" : "-" + filter.wijk,
                            filter.year == 0 ? std::string{} : "-" + std::to_string(filter.year)));
}

void export_options(App& app, const httplib::Request&, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto choices = usecases::export_choices(app.service, caller->session.user);
  const Role role = caller->session.user.role;
  json kinds = json::array(), wijken = json::array();
  for (const auto& [code, name] : choices.wijken)
    wijken.push_back({{"code", code}, {"name", name}});
  for (const auto& k : neighbourhood::record_kinds())
    kinds.push_back({{"soort", k.slug},
                     {"label", k.label},
                     {"importable", k.importable},
                     {"may_export", has_role(export_roles(k.kind), role)},
                     {"may_import", k.importable && has_role(kEditors, role)},
                     {"needs_year", k.kind == RecordKind::signal_counts}});
  send_json(res, 200,
            {{"kinds", kinds},
             {"wijken", wijken},
             {"years", choices.years},
             {"this_year", std::stoi(wijkwerk::today(app).substr(0, 4))}});
}

// ---- Import ----------------------------------------------------------------------------------

std::string problem_text(const neighbourhood::RecordProblem& p) {
  std::string found = p.found.size() > 60 ? p.found.substr(0, 57) + "..." : p.found;
  const std::string where = p.column.empty() ? fmt::format("Rij {}", p.row)
                                             : fmt::format("Rij {}, kolom '{}'", p.row, p.column);
  return found.empty() ? fmt::format("{}: {}", where, p.message)
                       : fmt::format("{}: gevonden '{}'. {}", where, found, p.message);
}

void import_records(RecordKind kind, App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  std::string bytes, name = "bestand.csv";
  if (req.is_multipart_form_data()) {
    if (req.has_file("file")) {
      const auto file = req.get_file_value("file");
      bytes = file.content;
      if (!file.filename.empty()) name = std::filesystem::path(file.filename).filename().string();
    }
  } else if (req.get_header_value("Content-Type").rfind("text/csv", 0) == 0) {
    bytes = req.body;
  } else {
    bytes = wijkwerk::text(json_body(req), "csv");
  }
  if (trim(bytes).empty())
    throw HttpError{422, "invalid", "Kies een CSV- of Excel-bestand om in te lezen.", "file"};
  neighbourhood::RecordImportReport report;
  try {
    report = usecases::import_records(app.service, caller->session.user, kind, bytes, name,
                                      app.config.now());
  } catch (const neighbourhood::RecordImportError& e) {
    json problems = json::array();
    for (const auto& p : e.problems())
      problems.push_back({{"row", p.row},
                          {"column", p.column},
                          {"found", p.found},
                          {"message", p.message},
                          {"text", problem_text(p)}});
    const auto& first = e.problems().front();
    send_error(
        res,
        {422, "invalid",
         fmt::format("{} {} {}", e.what(),
                     e.problems().size() == 1
                         ? std::string("Er is 1 probleem:")
                         : fmt::format("Er zijn {} problemen; het eerste:", e.problems().size()),
                     problem_text(first)),
         "file"},
        {{"problems", problems}});
    return;
  }
  send_json(res, 201,
            {{"soort", neighbourhood::record_kind_info(kind).slug},
             {"file", name},
             {"rows_read", report.rows_read},
             {"added", report.added},
             {"warnings", report.warnings}});
}

void import_example(RecordKind kind, App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const std::string format = download_format(req);
  send_download(res, usecases::import_template(app.service, caller->session.user, kind), format,
                fmt::format("voorbeeld-{}", neighbourhood::record_kind_info(kind).slug));
}

}  // namespace

void add_records_io_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto format = one_of({"csv", "xlsx"}, "csv when absent");
  routes.push_back(
      Route{"GET", "/api/v1/registraties",
            "What the caller may export and import, with the wijken and years", Access::session,
            kEveryRole, export_options}
          .answers(200,
                   object({{"kinds", array(object({{"soort", string("In the paths")},
                                                   {"label", string()},
                                                   {"importable", boolean()},
                                                   {"may_export", boolean()},
                                                   {"may_import", boolean()},
                                                   {"needs_year", boolean()}}))},
                           {"wijken", array(object({{"code", string()}, {"name", string()}}))},
                           {"years", array(integer(), "With records of any kind, newest first")},
                           {"this_year", integer()}})));
  for (const auto& k : neighbourhood::record_kinds()) {
    const RecordKind kind = k.kind;
    const std::string path = fmt::format("/api/v1/registraties/{}/export", k.slug);
    routes.push_back(
        Route{"GET", path,
              fmt::format("{} as CSV or XLSX (?year=&wijk=&format=csv|xlsx; XLSX answers "
                          "{}), scoped as its list",
                          k.label, kXlsxType),
              Access::session, export_roles(kind),
              [kind](App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
                export_records(kind, app, req, res, caller);
              }}
            .with_query(json{{"year", integer()}, {"wijk", string()}, {"format", format}})
            .answers(200, file("The records as CSV (or XLSX with format=xlsx)"), "text/csv"));
    if (!k.importable) continue;
    const std::string import_path = fmt::format("/api/v1/registraties/{}/import", k.slug);
    routes.push_back(
        Route{"POST", import_path,
              fmt::format("Read {} of earlier years from CSV or XLSX (a form with file, text/csv "
                          "or {{csv}}), in the export's columns; all rows or none",
                          to_lower(k.label)),
              Access::session, kEditors,
              [kind](App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
                import_records(kind, app, req, res, caller);
              },
              kUploadBodyLimit}
            .takes(upload(), "multipart/form-data")
            .answers(201, object({{"soort", string()},
                                  {"file", string("The file's name")},
                                  {"rows_read", integer()},
                                  {"added", integer()},
                                  {"warnings", array(string())}})));
    const std::string example_path = import_path + "/voorbeeld";
    routes.push_back(
        Route{"GET", example_path,
              fmt::format("The header row of the import as an example file (?format=csv|xlsx; "
                          "XLSX answers {})",
                          kXlsxType),
              Access::session, kEditors,
              [kind](App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
                import_example(kind, app, req, res, caller);
              }}
            .with_query(json{{"format", format}})
            .answers(200, file("The header row as CSV (or XLSX with format=xlsx)"), "text/csv"));
  }
}

}  // namespace leefbaar::serve
