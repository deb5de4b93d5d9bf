#include "import/gdal_env.hpp"

#include <fmt/format.h>

#include <mutex>

#include "core/errors.hpp"
#include "core/log.hpp"

namespace leefbaar::gdal {

namespace {
void CPL_STDCALL route_to_log(CPLErr level, CPLErrorNum, const char* message) {
  if (level == CE_Warning) log::warning("GDAL: {}", message);
  // Failures surface through return values; our callers turn them into InputError with context.
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

DatasetPtr open_vector(const std::filesystem::path& file, const std::vector<std::string>& drivers,
                       const std::vector<std::string>& options, const std::string& display) {
  ensure_registered();
  const std::string name = display.empty() ? file.string() : display;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) throw InputError(fmt::format("{}: file not found", name));
  if (std::filesystem::is_directory(file, ec))
    throw InputError(fmt::format("{}: is a folder, expected a file", name));
  auto driver_list = c_strings(drivers);
  auto option_list = c_strings(options);
  CPLErrorReset();
  auto* ds = static_cast<GDALDataset*>(GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  drivers.empty() ? nullptr : driver_list.data(),
                                                  option_list.data(), nullptr));
  if (ds == nullptr) {
    const std::string why = last_error();
    throw InputError(fmt::format("{}: cannot read the file{}{}", name, why.empty() ? "" : ": ",
                                 why.empty() ? std::string{} : why));
  }
  return DatasetPtr(ds);
}

OGRLayer* layer_of(GDALDataset& ds, const std::filesystem::path& file, const std::string& layer) {
  if (layer.empty()) {
    if (ds.GetLayerCount() == 0)
      throw InputError(fmt::format("{}: the file has no layers", file.string()));
    return ds.GetLayer(0);
  }
  if (auto* found = ds.GetLayerByName(layer.c_str())) return found;
  std::vector<std::string> names;
  for (auto* l : ds.GetLayers()) names.emplace_back(l->GetName());
  std::string list;
  for (const auto& n : names) {
    if (!list.empty()) list += ", ";
    list += n;
  }
  throw InputError(fmt::format("{}: no layer '{}'; the file has: {}", file.string(), layer, list));
}

std::string last_error() {
  const char* msg = CPLGetLastErrorMsg();
  return msg == nullptr ? std::string{} : std::string(msg);
}

}  // namespace leefbaar::gdal
