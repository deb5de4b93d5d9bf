#include "sample/wgs84.hpp"

#include <gdal/ogr_spatialref.h>

#include <stdexcept>

namespace leefbaar::sample {

RdToWgs84::RdToWgs84() {
  OGRSpatialReference rd;
  OGRSpatialReference wgs84;
  if (rd.importFromEPSG(28992) != OGRERR_NONE || wgs84.importFromEPSG(4326) != OGRERR_NONE) {
    throw std::runtime_error("PROJ does not know EPSG:28992 or EPSG:4326 (is proj.db installed?)");
  }
  rd.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  transform_ = OGRCreateCoordinateTransformation(&rd, &wgs84);
  if (transform_ == nullptr)
    throw std::runtime_error("no coordinate transformation from EPSG:28992 to EPSG:4326");
}

RdToWgs84::~RdToWgs84() {
  OGRCoordinateTransformation::DestroyCT(transform_);
}

bool RdToWgs84::convert(Point rd, double& lat, double& lon) const {
  double x = rd.x, y = rd.y;
  if (!transform_->Transform(1, &x, &y)) return false;
  lon = x;
  lat = y;
  return true;
}

}  // namespace leefbaar::sample
