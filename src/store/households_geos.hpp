#pragma once
// Internal to the store: an initiative's shape in RD New with a point-in-shape test (a prepared
// polygon; a circle by its distance), over the shared GEOS handles.
#include <geos_c.h>

#include <memory>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "geos/geos.hpp"
#include "store/initiatives_area.hpp"

namespace leefbaar::store::geos {

// The shared RAII handles (geos/geos.hpp).
using Context = ::leefbaar::geos::Geos;
using ::leefbaar::geos::Geom;
using ::leefbaar::geos::GeomDeleter;
using ::leefbaar::geos::own;
using ::leefbaar::geos::prepare;
using ::leefbaar::geos::Prepared;
using ::leefbaar::geos::PreparedDeleter;

// A polygon from closed or open rings (the outer ring first); throws std::runtime_error when GEOS
// fails.
Geom polygon(const Context& ctx, const std::vector<std::vector<Point>>& rings);
// True when (x, y) lies in or on the prepared geometry.
bool covers(const Context& ctx, const GEOSPreparedGeometry* g, double x, double y);

// WGS84 <-> RD New for single points; throws FieldError("gebied") when PROJ cannot convert.
Point to_rd(const LatLon& p);
LatLon to_wgs84(const Point& p);

// An initiative's circle or polygon in RD New.
class Shape {
 public:
  explicit Shape(const InitiativeArea& area);
  bool contains(double x, double y) const;
  const Box& bbox() const { return bbox_; }
  // The centre: the circle's, or the polygon's centroid (a point on its surface when the centroid
  // lies outside, as in a U shape).
  Point centre() const { return centre_; }
  double area() const;
  // A polygon that does not cross itself (GEOS's validity); a circle always is.
  bool valid() const;
  // The outline in RD, closed (a circle as 64 points).
  std::vector<Point> outline() const;

 private:
  Context ctx_;
  InitiativeArea::Kind kind_;
  Point centre_{};
  double radius_ = 0;
  std::vector<Point> ring_;
  Geom polygon_;
  Prepared prepared_;
  Box bbox_;
};

}  // namespace leefbaar::store::geos
