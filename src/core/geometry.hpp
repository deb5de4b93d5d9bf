#pragma once
// Plain polygon geometry in RD New metres, as handed from import to couple and report.
#include <vector>

#include "core/types.hpp"

namespace leefbaar {

// A closed ring; the first point is not repeated at the end.
using Ring = std::vector<Point>;

// One polygon: the outer ring first, then its holes.
struct Polygon {
  std::vector<Ring> rings;
};

// An area's geometry: one or more polygons (a buurt may have several parts).
struct MultiPolygon {
  std::vector<Polygon> parts;
  bool empty() const { return parts.empty(); }
};

struct Box {
  double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
};

Box bounds(const MultiPolygon& geometry);

}  // namespace leefbaar
