// The Gegevens page: GET /api/v1/imports (the imports with their reports), POST /api/v1/imports (an
// upload: multipart form with kind, file and optionally confirm=1, imported atomically with the
// engine's validation; 409 confirm_shrink with the counts before and after when it would leave
// less than half of the kind's rows and confirm is not given),
// and GET /api/v1/kwaliteit (uncoupled units and why, areas without scores).
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/examples.hpp"
#include "import/temp_folder.hpp"
#include "serve/app.hpp"
#include "serve/programme_json.hpp"
#include "serve/schema.hpp"
#include "usecases/programme.hpp"

namespace leefbaar::serve {

namespace {

void list_imports(App& app, const httplib::Request&, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto list = usecases::list_imports(app.service, caller->session.user);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& i : list.imports)
    rows.push_back({{"id", i.id},
                    {"kind", i.kind},
                    {"level", i.level ? nlohmann::json(*i.level) : nlohmann::json(nullptr)},
                    {"file", i.file},
                    {"rows_read", i.rows_read},
                    {"warnings", i.warnings},
                    {"created_at", i.created_at},
                    {"created_by", i.created_by}});
  send_json(res, 200, {{"work_area", list.work_area.name}, {"imports", rows}});
}

// The uploaded file's own name, reduced to safe characters, for messages and the import's record
// only: the file is stored under a name the server chooses (upload_path).
std::string safe_file_name(const std::string& name) {
  std::string base = std::filesystem::path(name).filename().string();
  std::string out;
  for (char c : base) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_';
    out += ok ? c : '_';
  }
  if (out.empty() || out.front() == '.') out = "upload" + out;
  return out.substr(0, 120);
}

// The formats each kind may be uploaded in, by extension: the tables' CSV and XLSX, the layers'
// GeoPackage, GeoJSON and a Shapefile as a zip of its files (.shp, .dbf, .shx, .prj); the stock
// and the BAG addresses either (a GIS exports them as points). GDAL then opens the file with the
// matching drivers only (import/gdal_env.hpp), so a .vrt or anything else is refused twice.
const std::vector<std::string>& upload_extensions(const std::string& kind) {
  static const std::vector<std::string> tables = {".csv", ".txt", ".xlsx"};
  static const std::vector<std::string> layers = {".gpkg", ".geojson", ".json", ".zip"};
  static const std::vector<std::string> both = {".csv",     ".txt",  ".xlsx", ".gpkg",
                                                ".geojson", ".json", ".zip"};
  if (kind == "bag" || kind == "stock") return both;
  if (kind == "buurten" || kind == "wijken" || kind == "gemeenten" || kind == "grid") return layers;
  return tables;
}

// The upload's path: the server's own name ("upload" and an allowed extension) in a fresh private
// folder, never a name or path from the user, so that no companion file (.csvt, .prj, .vrt) can
// be placed next to it and no name can point elsewhere ("../../x"). A zip is named .shp.zip, the
// name under which GDAL's Shapefile driver reads a zipped Shapefile (and nothing else in it).
std::filesystem::path upload_path(const TempFolder& folder, const std::string& kind,
                                  const std::string& uploaded_name) {
  const std::string extension = to_lower(std::filesystem::path(uploaded_name).extension().string());
  const auto& allowed = upload_extensions(kind);
  if (std::find(allowed.begin(), allowed.end(), extension) == allowed.end())
    throw HttpError{
        422, "invalid",
        fmt::format("Dit soort bestand kan hier niet{}; kies een bestand met {}.",
                    extension.empty() ? "" : " (" + extension + ")", join(allowed, ", ")),
        "file"};
  return folder.path() / ("upload" + std::string(extension == ".zip" ? ".shp" : "") + extension);
}

void upload(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  if (!req.is_multipart_form_data())
    throw HttpError{400, "bad_request", "Stuur het bestand als formulier (multipart/form-data).",
                    "file"};
  const std::string kind = req.has_file("kind") ? req.get_file_value("kind").content : "";
  const auto& kinds = kImportKinds;
  if (std::find(std::begin(kinds), std::end(kinds), kind) == std::end(kinds))
    throw HttpError{422, "invalid", "Kies wat het bestand bevat.", "kind"};
  if (!req.has_file("file") || req.get_file_value("file").content.empty())
    throw HttpError{422, "invalid", "Kies een bestand om in te lezen.", "file"};
  const auto file = req.get_file_value("file");

  const bool confirm_shrink =
      req.has_file("confirm") && req.get_file_value("confirm").content == "1";
  const TempFolder folder("leefbaar-upload");
  const std::string name = safe_file_name(file.filename);
  const auto path = upload_path(folder, kind, file.filename);
  {
    std::ofstream out(path, std::ios::binary);
    out.write(file.content.data(), static_cast<std::streamsize>(file.content.size()));
    if (!out) throw std::runtime_error("cannot write the uploaded file");
  }
  ImportReport report;
  try {
    report =
        usecases::import_file(app.service, caller->session.user, kind, path, name, confirm_shrink);
  } catch (const ShrinkRefused& e) {
    // The page shows both counts and sends the file again with confirm=1 when the user agrees.
    send_error(res, {409, "confirm_shrink", e.what(), ""},
               {{"before", e.before()}, {"after", e.after()}});
    return;
  } catch (const FieldError& e) {
    throw HttpError{422, "invalid", e.what(), e.field()};
  } catch (const InputError& e) {
    // The reader's message names the file, the row and the column.
    throw HttpError{422, "invalid",
                    fmt::format("Het bestand is niet ingelezen; er is niets veranderd. Wat er mis "
                                "is: {}",
                                e.what()),
                    "file"};
  }
  send_json(res, 201,
            {{"report",
              {{"id", report.import_id},
               {"kind", report.kind},
               {"file", report.file},
               {"rows_read", report.rows_read},
               {"warnings", report.warnings}}}});
}

// An example file of a kind (import/examples.hpp), so a user sees which columns a file needs.
void example(App&, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>&) {
  const std::string kind = req.has_param("kind") ? req.get_param_value("kind") : "scores";
  const auto file = example_file(kind);
  if (!file) throw HttpError{400, "bad_request", "Kies een soort gegevens.", "kind"};
  res.status = 200;
  res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}\"", file->name));
  res.set_content(file->content, file->content_type);
}

void quality(App& app, const httplib::Request&, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const auto& stock = ws->run().stock;
  const auto& raw = ws->run().data.stock.units;
  const auto& result = ws->result();
  nlohmann::json uncoupled = nlohmann::json::array();
  for (std::size_t i = 0; i < stock.units.size(); ++i) {
    const UnitStatus status = result.units[i].status;
    if (status == UnitStatus::ok) continue;
    uncoupled.push_back({{"id", stock.units[i].id},
                         {"status", std::string(to_string(status))},
                         {"reason", unit_status_text(status)},
                         {"postcode", i < raw.size() ? raw[i].postcode : ""},
                         {"huisnummer", i < raw.size() ? raw[i].huisnummer : ""},
                         {"buurtcode", i < raw.size() ? raw[i].buurtcode : ""}});
  }
  nlohmann::json without = nlohmann::json::array();
  const int edition = ws->settings().edition;
  for (const auto& [level, score_level, dict] :
       {std::tuple{AreaLevel::buurt, ScoreLevel::buurt, &stock.buurten},
        std::tuple{AreaLevel::wijk, ScoreLevel::wijk, &stock.wijken}}) {
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(dict->size()); ++i) {
      if (ws->run().scores.find(score_level, i, edition) == nullptr)
        without.push_back({{"level", std::string(to_string(level))},
                           {"code", dict->code(i)},
                           {"name", dict->name(i)}});
    }
  }
  send_json(res, 200,
            {{"edition", edition}, {"uncoupled", uncoupled}, {"areas_without_scores", without}});
}

}  // namespace

void add_import_routes(std::vector<Route>& routes) {
  // The handler is called upload too: no using-directive for schema.
  using schema::array;
  using schema::integer;
  using schema::nullable;
  using schema::object;
  using schema::one_of;
  using schema::string;
  const auto kind =
      one_of(std::vector<std::string>(std::begin(kImportKinds), std::end(kImportKinds)));
  const auto warnings = array(string());
  routes.push_back(
      Route{"GET", "/api/v1/imports", "The work area's imports with their reports", Access::session,
            kEditors, list_imports}
          .answers(200,
                   object({{"work_area", string()},
                           {"imports", array(object({{"id", integer()},
                                                     {"kind", kind},
                                                     {"level", nullable(string("Scores only"))},
                                                     {"file", string()},
                                                     {"rows_read", integer()},
                                                     {"warnings", warnings},
                                                     {"created_at", string()},
                                                     {"created_by", string()}}),
                                             "Newest first")}})));
  auto form =
      schema::upload({{"kind", kind}, {"confirm", one_of({"1"}, "1: the shrink is confirmed")}});
  form["required"].push_back("kind");
  routes.push_back(
      Route{"POST", "/api/v1/imports",
            "Import a file (multipart form: kind, file, confirm=1 for a shrink); all or nothing, "
            "with a report; 409 confirm_shrink with the counts before and after",
            Access::session, kEditors, upload, kUploadBodyLimit}
          .takes(std::move(form), "multipart/form-data")
          .answers(201, object({{"report", object({{"id", integer()},
                                                   {"kind", kind},
                                                   {"file", string()},
                                                   {"rows_read", integer()},
                                                   {"warnings", warnings}})}})));
  routes.push_back(
      Route{"GET", "/api/v1/imports/voorbeeld",
            "An example file of a kind (?kind=, scores when absent): its columns with two "
            "made-up rows",
            Access::session, kEditors, example}
          .with_query(nlohmann::json{{"kind", kind}})
          .answers(200, schema::file("CSV for tables, GeoJSON for layers"), "text/csv"));
  const auto status = one_of({"no_location", "outside_buurten", "unknown_postcode", "no_score"});
  routes.push_back(
      Route{"GET", "/api/v1/kwaliteit",
            "Data quality: units that could not be coupled or scored and why, areas "
            "without scores",
            Access::session, kEditors, quality}
          .answers(200, object({{"edition", integer()},
                                {"uncoupled", array(object({{"id", string()},
                                                            {"status", status},
                                                            {"reason", string("Why, in Dutch")},
                                                            {"postcode", string()},
                                                            {"huisnummer", string()},
                                                            {"buurtcode", string()}}))},
                                {"areas_without_scores",
                                 array(object({{"level", one_of({"buurt", "wijk"})},
                                               {"code", string()},
                                               {"name", string()}}))}})));
}

}  // namespace leefbaar::serve
