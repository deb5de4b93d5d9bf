#pragma once
// Thin RAII layer over GEOS's reentrant C API, and conversions to and from the plain geometry types
// of core/geometry.hpp. Coordinates handed out are snapped to millimetres and rings normalised
// (outer ring counter-clockwise, holes clockwise, each ring starting at its smallest vertex), so
// equal shapes print equally on every run.
#include <geos_c.h>

#include <memory>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace leefbaar::sample {

class Geos {
 public:
  Geos();
  ~Geos();
  Geos(const Geos&) = delete;
  Geos& operator=(const Geos&) = delete;
  GEOSContextHandle_t handle() const { return handle_; }
  const std::string& last_error() const { return last_error_; }

 private:
  static void on_error(const char* message, void* self);
  GEOSContextHandle_t handle_;
  std::string last_error_;
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

// Takes ownership; throws std::runtime_error with GEOS's message when g is null (a GEOS failure).
Geom own(const Geos& geos, GEOSGeometry* g, const char* what);
Prepared prepare(const Geos& geos, const GEOSGeometry* g);
Geom clone(const Geos& geos, const GEOSGeometry* g);

Geom make_point(const Geos& geos, Point p);
Geom make_line(const Geos& geos, const std::vector<Point>& points);
Geom make_polygon(const Geos& geos, const Polygon& polygon);
Geom make_multipolygon(const Geos& geos, const MultiPolygon& geometry);
// Takes ownership of the parts.
Geom make_collection(const Geos& geos, int type, std::vector<Geom> parts);

// Polygonal GEOS geometry -> normalised MultiPolygon in millimetres.
MultiPolygon to_multipolygon(const Geos& geos, const GEOSGeometry* g);
// The vertices of a LineString (all of them, as stored).
std::vector<Point> line_points(const Geos& geos, const GEOSGeometry* line);

double area(const Geos& geos, const GEOSGeometry* g);
double length(const Geos& geos, const GEOSGeometry* g);
double distance(const Geos& geos, const GEOSGeometry* a, const GEOSGeometry* b);
Point point_on_surface(const Geos& geos, const GEOSGeometry* g);
Box envelope(const Geos& geos, const GEOSGeometry* g);

// Plain-geometry helpers.
double snap_mm(double v);
double signed_area(const Ring& ring);
void normalise(MultiPolygon& geometry);
double area(const MultiPolygon& geometry);

}  // namespace leefbaar::sample
