#pragma once
// Points inside a GeoJSON (Multi)Polygon, to place things on the map that have an area but no
// point of their own (an initiative known only by its buurt).
#include <array>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <vector>

namespace leefbaar::serve {

// n points [lon, lat] spread evenly over the widest inside stretch of the horizontal middle line
// of the tallest part, so that they lie inside the polygon and apart from each other. Empty when
// the geometry is no polygon.
std::vector<std::array<double, 2>> interior_points(const nlohmann::json& geometry, std::size_t n);

}  // namespace leefbaar::serve
