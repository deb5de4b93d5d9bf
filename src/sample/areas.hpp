#pragma once
// The sample's areas: real CBS wijk shapes for Assen, Hoogeveen and Meppel and synthetic village
// shapes elsewhere, each wijk tiled exactly into buurten with ragged shared edges.
#include "sample/geos_util.hpp"
#include "sample/model.hpp"

namespace leefbaar::sample {

// Fills world.gemeenten, world.wijken and world.buurten (in catalogue order) and the special cases
// (enclave, two-part buurt, water). Throws std::logic_error when the construction goes wrong.
void build_areas(World& world, const Geos& geos);

}  // namespace leefbaar::sample
