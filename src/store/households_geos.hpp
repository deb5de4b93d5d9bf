#pragma once
// Internal to the store: a GEOS context and owning handles (reentrant C API), and an initiative's
// shape in RD New with a point-in-shape test (a prepared polygon; a circle by its distance).
#include <geos_c.h>

#include <memory>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "store/initiatives_area.hpp"

namespace leefbaar::store::geos {

class Context {
 public:
  Context();
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  GEOSContextHandle_t get() const { return handle_; }
  const std::string& last_error() const { return error_; }

 private:
  static void on_error(const char* message, void* self);
  GEOSContextHandle_t handle_;
  std::string error_;
};

struct GeomDeleter {
  GEOSContextHandle_t handle = nullptr;
  void operator()(GEOSGeometry* g) const {
    if (g != nullptr) GEOSGeom_destroy_r(handle, g);
  }
};
using Geom = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct PreparedDeleter {
  GEOSContextHandle_t handle = nullptr;
  void operator()(const GEOSPreparedGeometry* g) const {
    if (g != nullptr) GEOSPreparedGeom_destroy_r(handle, g);
  }
};
using Prepared = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

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
