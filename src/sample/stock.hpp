#pragma once
// The corporation's synthetic housing stock: complexes placed in the buurten, units with addresses,
// and the mix of location sources the ERP export has (RD, WGS84, postcode, buurtcode, none).
#include "sample/geos_util.hpp"
#include "sample/model.hpp"

namespace leefbaar::sample {

// Fills world.complexes, world.units (sorted by unit id), world.other_addresses and the on-edge
// units. Needs build_areas first.
void build_stock(World& world, const Geos& geos);

}  // namespace leefbaar::sample
