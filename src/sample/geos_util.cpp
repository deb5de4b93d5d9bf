#include "sample/geos_util.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace leefbaar::sample {

namespace {
GEOSCoordSequence* make_sequence(const Geos& geos, const std::vector<Point>& points, bool close) {
  const auto n = static_cast<unsigned>(points.size() + (close ? 1 : 0));
  GEOSCoordSequence* seq = GEOSCoordSeq_create_r(geos.handle(), n, 2);
  for (unsigned i = 0; i < n; ++i) {
    const Point& p = points[i % points.size()];
    GEOSCoordSeq_setXY_r(geos.handle(), seq, i, p.x, p.y);
  }
  return seq;
}

GEOSGeometry* make_ring(const Geos& geos, const Ring& ring) {
  return GEOSGeom_createLinearRing_r(geos.handle(), make_sequence(geos, ring, true));
}

Ring ring_points(const Geos& geos, const GEOSGeometry* ring) {
  std::vector<Point> pts = line_points(geos, ring);
  if (pts.size() > 1) pts.pop_back();  // drop the closing point
  for (Point& p : pts) {
    p.x = snap_mm(p.x);
    p.y = snap_mm(p.y);
  }
  // Drop repeated vertices that snapping may have produced.
  Ring out;
  for (const Point& p : pts) {
    if (out.empty() || out.back().x != p.x || out.back().y != p.y) out.push_back(p);
  }
  while (out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y)
    out.pop_back();
  return out;
}

bool less_point(const Point& a, const Point& b) {
  return a.x < b.x || (a.x == b.x && a.y < b.y);
}

void normalise_ring(Ring& ring, bool counter_clockwise) {
  if (ring.empty()) return;
  if ((signed_area(ring) > 0) != counter_clockwise) std::reverse(ring.begin(), ring.end());
  auto smallest = std::min_element(ring.begin(), ring.end(), less_point);
  std::rotate(ring.begin(), smallest, ring.end());
}

void append_polygon(const Geos& geos, const GEOSGeometry* poly, MultiPolygon& out) {
  Polygon polygon;
  polygon.rings.push_back(ring_points(geos, GEOSGetExteriorRing_r(geos.handle(), poly)));
  const int holes = GEOSGetNumInteriorRings_r(geos.handle(), poly);
  for (int i = 0; i < holes; ++i) {
    polygon.rings.push_back(ring_points(geos, GEOSGetInteriorRingN_r(geos.handle(), poly, i)));
  }
  if (polygon.rings.front().size() >= 3) out.parts.push_back(std::move(polygon));
}
}  // namespace

Geom make_point(const Geos& geos, Point p) {
  return own(geos, GEOSGeom_createPointFromXY_r(geos.handle(), p.x, p.y), "point");
}

Geom make_line(const Geos& geos, const std::vector<Point>& points) {
  return own(geos, GEOSGeom_createLineString_r(geos.handle(), make_sequence(geos, points, false)),
             "line");
}

Geom make_polygon(const Geos& geos, const Polygon& polygon) {
  GEOSGeometry* shell = make_ring(geos, polygon.rings.front());
  std::vector<GEOSGeometry*> holes;
  for (std::size_t i = 1; i < polygon.rings.size(); ++i)
    holes.push_back(make_ring(geos, polygon.rings[i]));
  return own(geos,
             GEOSGeom_createPolygon_r(geos.handle(), shell, holes.data(),
                                      static_cast<unsigned>(holes.size())),
             "polygon");
}

Geom make_multipolygon(const Geos& geos, const MultiPolygon& geometry) {
  std::vector<Geom> parts;
  for (const Polygon& p : geometry.parts) parts.push_back(make_polygon(geos, p));
  return make_collection(geos, GEOS_MULTIPOLYGON, std::move(parts));
}

Geom make_collection(const Geos& geos, int type, std::vector<Geom> parts) {
  std::vector<GEOSGeometry*> raw;
  raw.reserve(parts.size());
  for (Geom& g : parts) raw.push_back(g.release());
  return own(geos,
             GEOSGeom_createCollection_r(geos.handle(), type, raw.data(),
                                         static_cast<unsigned>(raw.size())),
             "collection");
}

MultiPolygon to_multipolygon(const Geos& geos, const GEOSGeometry* g) {
  MultiPolygon out;
  const int type = GEOSGeomTypeId_r(geos.handle(), g);
  if (type == GEOS_POLYGON) {
    append_polygon(geos, g, out);
  } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
    const int n = GEOSGetNumGeometries_r(geos.handle(), g);
    for (int i = 0; i < n; ++i) {
      const GEOSGeometry* part = GEOSGetGeometryN_r(geos.handle(), g, i);
      if (GEOSGeomTypeId_r(geos.handle(), part) == GEOS_POLYGON) append_polygon(geos, part, out);
    }
  }
  normalise(out);
  return out;
}

std::vector<Point> line_points(const Geos& geos, const GEOSGeometry* line) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(geos.handle(), line);
  unsigned n = 0;
  GEOSCoordSeq_getSize_r(geos.handle(), seq, &n);
  std::vector<Point> pts(n);
  for (unsigned i = 0; i < n; ++i)
    GEOSCoordSeq_getXY_r(geos.handle(), seq, i, &pts[i].x, &pts[i].y);
  return pts;
}

double area(const Geos& geos, const GEOSGeometry* g) {
  double a = 0;
  GEOSArea_r(geos.handle(), g, &a);
  return a;
}

double length(const Geos& geos, const GEOSGeometry* g) {
  double l = 0;
  GEOSLength_r(geos.handle(), g, &l);
  return l;
}

double distance(const Geos& geos, const GEOSGeometry* a, const GEOSGeometry* b) {
  double d = 0;
  GEOSDistance_r(geos.handle(), a, b, &d);
  return d;
}

Point point_on_surface(const Geos& geos, const GEOSGeometry* g) {
  Geom p = own(geos, GEOSPointOnSurface_r(geos.handle(), g), "point on surface");
  Point out;
  GEOSGeomGetX_r(geos.handle(), p.get(), &out.x);
  GEOSGeomGetY_r(geos.handle(), p.get(), &out.y);
  return out;
}

Box envelope(const Geos& geos, const GEOSGeometry* g) {
  Box b;
  GEOSGeom_getXMin_r(geos.handle(), g, &b.min_x);
  GEOSGeom_getYMin_r(geos.handle(), g, &b.min_y);
  GEOSGeom_getXMax_r(geos.handle(), g, &b.max_x);
  GEOSGeom_getYMax_r(geos.handle(), g, &b.max_y);
  return b;
}

double snap_mm(double v) {
  return std::round(v * 1000.0) / 1000.0;
}

double signed_area(const Ring& ring) {
  double sum = 0;
  for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
    const Point& a = ring[i];
    const Point& b = ring[(i + 1) % n];
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

void normalise(MultiPolygon& geometry) {
  for (Polygon& polygon : geometry.parts) {
    for (std::size_t i = 0; i < polygon.rings.size(); ++i) normalise_ring(polygon.rings[i], i == 0);
    std::sort(polygon.rings.begin() + 1, polygon.rings.end(),
              [](const Ring& a, const Ring& b) { return less_point(a.front(), b.front()); });
  }
  std::sort(geometry.parts.begin(), geometry.parts.end(), [](const Polygon& a, const Polygon& b) {
    return less_point(a.rings.front().front(), b.rings.front().front());
  });
}

double area(const MultiPolygon& geometry) {
  double sum = 0;
  for (const Polygon& p : geometry.parts) {
    for (std::size_t i = 0; i < p.rings.size(); ++i)
      sum += (i == 0 ? 1 : -1) * std::abs(signed_area(p.rings[i]));
  }
  return sum;
}

}  // namespace leefbaar::sample
