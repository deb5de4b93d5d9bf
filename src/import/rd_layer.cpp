#include "import/rd_layer.hpp"

#include <fmt/format.h>

#include <vector>

#include "core/errors.hpp"

namespace leefbaar {

namespace {

// Collects GDAL's messages for as long as it lives.
class CollectMessages {
 public:
  CollectMessages() { CPLPushErrorHandlerEx(collect, this); }
  ~CollectMessages() { CPLPopErrorHandler(); }
  CollectMessages(const CollectMessages&) = delete;
  CollectMessages& operator=(const CollectMessages&) = delete;
  std::vector<std::string> messages;

 private:
  static void CPL_STDCALL collect(CPLErr, CPLErrorNum, const char* message) {
    static_cast<CollectMessages*>(CPLGetErrorHandlerUserData())->messages.emplace_back(message);
  }
};

}  // namespace

RdLayer open_rd_layer(const std::string& spec, const std::string& display,
                      const CrsMessages& messages) {
  RdLayer out;
  const auto [file, layer_name] = gdal::split_layer(spec);
  out.display = display.empty() ? spec : display;
  const OGRSpatialReference* srs = nullptr;
  {
    CollectMessages collected;
    out.dataset = gdal::open_vector(file, gdal::kLayerDrivers, {}, out.display);
    out.layer = gdal::layer_of(*out.dataset, out.display, layer_name);
    srs = out.layer->GetSpatialRef();
    for (const auto& m : collected.messages) {
      if (m.find("crs") != std::string::npos || m.find("CRS") != std::string::npos)
        throw InputError(fmt::format(fmt::runtime(messages.unknown), out.display, m));
    }
  }
  if (srs == nullptr)
    throw InputError(
        fmt::format(fmt::runtime(messages.missing), out.display, out.layer->GetName()));
  out.crs = describe_srs(*srs);
  if (!is_rd_new(*srs)) {
    OGRSpatialReference source(*srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference rd = make_srs(28992);
    CPLErrorReset();
    out.to_rd.reset(OGRCreateCoordinateTransformation(&source, &rd));
    if (!out.to_rd)
      throw InputError(fmt::format(fmt::runtime(messages.unconvertible), out.display, out.crs));
  }
  return out;
}

}  // namespace leefbaar
