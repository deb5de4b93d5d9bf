#include "import/reproject.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "import/gdal_env.hpp"

namespace leefbaar {

OGRSpatialReference make_srs(int epsg) {
  gdal::ensure_registered();
  OGRSpatialReference srs;
  if (srs.importFromEPSG(epsg) != OGRERR_NONE)
    throw std::runtime_error(
        fmt::format("PROJ kent EPSG:{} niet; verwacht de gegevens van PROJ (is het pakket "
                    "proj-data geïnstalleerd?)",
                    epsg));
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

bool is_rd_new(const OGRSpatialReference& srs) {
  const char* authority = srs.GetAuthorityName(nullptr);
  const char* code = srs.GetAuthorityCode(nullptr);
  if (authority != nullptr && code != nullptr && std::string(authority) == "EPSG" &&
      std::string(code) == "28992")
    return true;
  static const OGRSpatialReference rd = make_srs(28992);
  const char* options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
  return srs.IsSame(&rd, options) != 0;
}

std::string describe_srs(const OGRSpatialReference& srs) {
  const char* authority = srs.GetAuthorityName(nullptr);
  const char* code = srs.GetAuthorityCode(nullptr);
  const char* name = srs.GetName();
  std::string text = name != nullptr ? name : "stelsel zonder naam";
  if (authority != nullptr && code != nullptr) text += fmt::format(" ({}:{})", authority, code);
  return text;
}

WgsToRd::WgsToRd() {
  const OGRSpatialReference wgs = make_srs(4326);
  const OGRSpatialReference rd = make_srs(28992);
  transform_.reset(OGRCreateCoordinateTransformation(&wgs, &rd));
  if (!transform_)
    throw std::runtime_error(
        fmt::format("WGS84 valt niet om te rekenen naar RD New (GDAL: {})", gdal::last_error()));
}

bool WgsToRd::convert(double lon, double lat, Point& out) const {
  if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) return false;
  double x = lon, y = lat;
  if (!transform_->Transform(1, &x, &y)) return false;
  out = {x, y};
  return true;
}

RdToWgs::RdToWgs() {
  const OGRSpatialReference rd = make_srs(28992);
  const OGRSpatialReference wgs = make_srs(4326);
  transform_.reset(OGRCreateCoordinateTransformation(&rd, &wgs));
  if (!transform_)
    throw std::runtime_error(
        fmt::format("RD New valt niet om te rekenen naar WGS84 (GDAL: {})", gdal::last_error()));
}

bool RdToWgs::convert(double x, double y, double& lon, double& lat) const {
  lon = x;
  lat = y;
  return transform_->Transform(1, &lon, &lat) != 0;
}

}  // namespace leefbaar
