#pragma once
// The buurten of a wijk or gemeente as its area page lists them: colours and levels of effort are
// decided per area at the classification level (by default the buurt), so a wijk or gemeente shows
// the colour, level and units of each of its buurten rather than a colour of its own.
#include <array>
#include <vector>

#include "compute/programme.hpp"

namespace leefbaar {

struct AreaBuurt {
  std::int32_t buurt = -1;  // in the stock's buurten
  long long units = 0;      // coupled units
  long long daeb_units = 0;
  std::array<long long, kEffortCount> units_per_effort{};  // Basis, Plus, PlusPlus
  long long plan = 0;                                      // whole euros of the budget plan
  const AreaResult* result = nullptr;  // the buurt's row; nullptr without scored units
};

// The buurten with coupled units in the area (a wijk or gemeente; the buurt itself for a buurt),
// sorted by buurt code. Empty for a complex or an unknown area.
std::vector<AreaBuurt> area_buurten(const CoupledStock& stock, const ProgrammeResult& result,
                                    AreaLevel level, std::int32_t index);

// The coupled units of an area per level of effort (Basis, Plus, PlusPlus).
std::array<long long, kEffortCount> units_per_effort(const CoupledStock& stock,
                                                     const ProgrammeResult& result, AreaLevel level,
                                                     std::int32_t index);

}  // namespace leefbaar
