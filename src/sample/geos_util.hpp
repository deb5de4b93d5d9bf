#pragma once
// Geometry with GEOS for the sample: conversions to and from the plain geometry types
// of core/geometry.hpp. Coordinates handed out are snapped to millimetres and rings normalised
// (outer ring counter-clockwise, holes clockwise, each ring starting at its smallest vertex), so
// equal shapes print equally on every run.
#include <geos_c.h>

#include <memory>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "geos/geos.hpp"

namespace leefbaar::sample {

// The RAII handles are the shared ones (geos/geos.hpp).
using geos::clone;
using geos::Geom;
using geos::GeomDeleter;
using geos::Geos;
using geos::own;
using geos::prepare;
using geos::Prepared;
using geos::PreparedDeleter;

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
