#pragma once
// Coordinate conversion to and from RD New (EPSG:28992) through GDAL's OGR wrapper around PROJ.
#include <gdal/ogr_spatialref.h>

#include <memory>
#include <string>

#include "core/types.hpp"

namespace leefbaar {

struct TransformDeleter {
  void operator()(OGRCoordinateTransformation* t) const {
    OGRCoordinateTransformation::DestroyCT(t);
  }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

// x/y order for every CRS (longitude first for WGS84), as GIS files store them.
OGRSpatialReference make_srs(int epsg);
bool is_rd_new(const OGRSpatialReference& srs);
std::string describe_srs(const OGRSpatialReference& srs);

// Converts single WGS84 points (lon, lat) to RD New.
class WgsToRd {
 public:
  WgsToRd();
  // nullopt-like: returns false when the point cannot be converted.
  bool convert(double lon, double lat, Point& out) const;

 private:
  TransformPtr transform_;
};

// Converts RD New points to WGS84 (lon, lat), for maps.
class RdToWgs {
 public:
  RdToWgs();
  bool convert(double x, double y, double& lon, double& lat) const;

 private:
  TransformPtr transform_;
};

}  // namespace leefbaar
