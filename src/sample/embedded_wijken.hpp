#pragma once
// The real CBS 2023 wijk polygons of Assen, Hoogeveen and Meppel (data/reference), compiled into
// the program so the sample can be written from any working directory.
#include <string_view>

namespace leefbaar::sample {

std::string_view embedded_wijken_geojson();

}  // namespace leefbaar::sample
