#pragma once
// RD New (EPSG:28992) to WGS84 (EPSG:4326, longitude first) through GDAL's wrapper around PROJ,
// for the units whose location the sample writes as lat/lon.
#include <memory>

#include "core/types.hpp"

class OGRCoordinateTransformation;

namespace leefbaar::sample {

class RdToWgs84 {
 public:
  RdToWgs84();
  ~RdToWgs84();
  RdToWgs84(const RdToWgs84&) = delete;
  RdToWgs84& operator=(const RdToWgs84&) = delete;
  // Returns false when PROJ cannot convert the point.
  bool convert(Point rd, double& lat, double& lon) const;

 private:
  OGRCoordinateTransformation* transform_ = nullptr;
};

}  // namespace leefbaar::sample
