#pragma once
// The area of a resident initiative (neighbourhood/initiative_area.hpp: the buurt, a circle or a
// drawn polygon, kept as JSON text), and the check of a shape, which needs the geometry (GEOS).
#include "neighbourhood/initiative_area.hpp"

namespace leefbaar::store {

using neighbourhood::area_from_json;
using neighbourhood::area_to_json;
using neighbourhood::InitiativeArea;
using neighbourhood::kMaxPoints;
using neighbourhood::kMaxPolygonArea;
using neighbourhood::kMaxRadius;
using neighbourhood::kMinPoints;
using neighbourhood::kMinRadius;
using neighbourhood::LatLon;

// Throws FieldError("gebied") with a Dutch message when a shape is not usable: a radius outside
// 25..2000 m, a polygon with fewer than 3 or more than 200 points, crossing itself, or larger than
// 5 km², or a point outside the Netherlands.
void check_area(const InitiativeArea& area);

}  // namespace leefbaar::store
