#pragma once
// Internal to compute: aggregation of unit scores per area and the z-values against the work area.
#include <vector>

#include "compute/programme.hpp"

namespace leefbaar {

// The unit's area at an aggregation level (the werkgebied is area 0).
std::int32_t area_of(const CoupledUnit& unit, AreaLevel level);
std::size_t area_count(const CoupledStock& stock, AreaLevel level);
const Dictionary* dictionary_of(const CoupledStock& stock, AreaLevel level);
// The gemeente an area lies in (a gemeente's own index; -1 for the werkgebied or when unknown).
std::int32_t gemeente_of_area(const CoupledStock& stock, AreaLevel level, std::int32_t index);

// Rows for every area of the level with scored units, sorted by code, with means and z-values.
std::vector<AreaResult> aggregate_level(AreaLevel level, const CoupledStock& stock,
                                        const std::vector<UnitResult>& units,
                                        const Benchmark& yardstick);

}  // namespace leefbaar
