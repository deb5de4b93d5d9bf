#include "import/gdal_env.hpp"

#include <fmt/format.h>

#include <mutex>

#include "core/errors.hpp"
#include "core/log.hpp"
#include "core/text.hpp"

namespace leefbaar::gdal {

namespace {
void CPL_STDCALL route_to_log(CPLErr level, CPLErrorNum, const char* message) {
  if (level == CE_Warning) log::warning("GDAL: {}", message);
  // Failures surface through return values; our callers turn them into InputError with context.
}

// What kind of file the allowed drivers read, for messages: "een GeoPackage, GeoJSON of shapefile".
std::string kinds_of(const std::vector<std::string>& drivers) {
  std::vector<std::string> kinds;
  for (const auto& d : drivers) {
    if (d == "CSV")
      kinds.emplace_back("CSV-bestand");
    else if (d == "XLSX")
      kinds.emplace_back("Excel-werkmap in XLSX-formaat");
    else if (d == "GPKG")
      kinds.emplace_back("GeoPackage");
    else if (d == "ESRI Shapefile")
      kinds.emplace_back("shapefile");
    else
      kinds.push_back(d);
  }
  std::string out;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (i > 0) out += i + 1 == kinds.size() ? " of " : ", ";
    out += kinds[i];
  }
  return "een " + out;
}

std::vector<const char*> c_strings(const std::vector<std::string>& strings) {
  std::vector<const char*> out;
  for (const auto& s : strings) out.push_back(s.c_str());
  out.push_back(nullptr);
  return out;
}
}  // namespace

void ensure_registered() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Drivers that follow references inside a file to other files, URLs or databases: a .vrt
    // upload named the store as its source and read users' e-mail addresses and password hashes.
    // Every open also has an allow-list; this is the second lock.
    CPLSetConfigOption("GDAL_SKIP",
                       "VRT OGR_VRT SQLite HTTP WFS OAPIF WMS WMTS WCS PostgreSQL PGDUMP ODBC "
                       "MySQL Elasticsearch CARTO NGW PLScenes EEDA GNMFile "
                       "GNMDatabase OGR_GMT OGR_PDS PDS4 OSM");
    // No network access: /vsicurl/ (and the drivers that use it) only fetch URLs ending in one of
    // these extensions, and none ends in this one. The HTTP options alone are not enough.
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".leefbaar-geen-netwerk");
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    // No listing of the file's folder for companions (.aux.xml, .csvt, ...); the companions a
    // format needs (a shapefile's .dbf, .shx, .prj) are opened by name.
    CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    // SQLite and GeoPackage: no ATTACH of other databases and no VirtualOGR tables.
    CPLSetConfigOption("OGR_SQLITE_ALLOW_EXTERNAL_ACCESS", "NO");
    CPLSetConfigOption("GDAL_VRT_ENABLE_PYTHON", "NO");
    GDALAllRegister();
    CPLSetErrorHandler(route_to_log);
  });
}

FileAndLayer split_layer(const std::string& spec) {
  const auto colon = spec.rfind(':');
  // "C:\..." style drive letters and plain paths have no layer part.
  if (colon == std::string::npos || colon == 1 || spec.find('/', colon) != std::string::npos)
    return {spec, {}};
  return {spec.substr(0, colon), spec.substr(colon + 1)};
}

void require_plain_file(const std::filesystem::path& file, const std::string& display) {
  const std::string name = display.empty() ? file.string() : display;
  if (file.string().starts_with("/vsi"))
    throw InputError(fmt::format(
        "{}: een pad dat met /vsi begint (een virtueel bestand van GDAL) kan niet; verwacht een "
        "gewoon bestand",
        name));
  std::error_code ec;
  if (!std::filesystem::exists(file, ec))
    throw InputError(fmt::format(
        "{}: het bestand is niet gevonden; verwacht een bestaand bestand (controleer de naam en "
        "de map)",
        name));
  if (std::filesystem::is_directory(file, ec))
    throw InputError(fmt::format("{}: dit is een map; verwacht een bestand", name));
  if (!std::filesystem::is_regular_file(file, ec))
    throw InputError(
        fmt::format("{}: dit is geen gewoon bestand; verwacht een gewoon bestand", name));
}

DatasetPtr open_vector(const std::filesystem::path& file, const std::vector<std::string>& drivers,
                       const std::vector<std::string>& options, const std::string& display) {
  ensure_registered();
  const std::string name = display.empty() ? file.string() : display;
  if (drivers.empty()) throw std::logic_error("open_vector: no allow-list of drivers");
  require_plain_file(file, name);
  // An absolute path starts with '/': GDAL reads no driver prefix ("CSV:", "GPKG:") into it.
  std::error_code ec;
  const std::string path = std::filesystem::absolute(file, ec).string();
  auto driver_list = c_strings(drivers);
  auto option_list = c_strings(options);
  CPLErrorReset();
  auto* ds = static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  driver_list.data(), option_list.data(), nullptr));
  if (ds == nullptr) {
    const std::string why = last_error();
    throw InputError(fmt::format("{}: het bestand kan niet gelezen worden; verwacht {}{}", name,
                                 kinds_of(drivers),
                                 why.empty() ? std::string{} : fmt::format(" (GDAL: {})", why)));
  }
  return DatasetPtr(ds);
}

OGRLayer* layer_of(GDALDataset& ds, const std::filesystem::path& file, const std::string& layer) {
  // An XLSX workbook's layers are its sheets.
  const bool sheets = iequals(ds.GetDriverName(), "XLSX");
  if (layer.empty()) {
    if (ds.GetLayerCount() == 0)
      throw InputError(fmt::format("{}: het bestand heeft geen {}; verwacht er minstens één",
                                   file.string(), sheets ? "werkbladen" : "lagen"));
    return ds.GetLayer(0);
  }
  if (auto* found = ds.GetLayerByName(layer.c_str())) return found;
  std::vector<std::string> names;
  for (auto* l : ds.GetLayers()) names.emplace_back(l->GetName());
  std::string list;
  for (const auto& n : names) {
    if (!list.empty()) list += ", ";
    list += fmt::format("'{}'", n);
  }
  throw InputError(fmt::format("{}: het bestand heeft geen {} '{}'; de {} zijn: {}", file.string(),
                               sheets ? "werkblad" : "laag", layer, sheets ? "werkbladen" : "lagen",
                               list.empty() ? "(geen)" : list));
}

std::string last_error() {
  const char* msg = CPLGetLastErrorMsg();
  return msg == nullptr ? std::string{} : std::string(msg);
}

}  // namespace leefbaar::gdal
