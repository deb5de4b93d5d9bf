#pragma once
// Internal to compute: colours, levels of effort and weak dimensions (programme.md section 5).
#include <vector>

#include "compute/programme.hpp"

namespace leefbaar {

Thresholds classification_thresholds(const ClassificationParams& params,
                                     const std::vector<UnitResult>& units);
void classify_areas(const ClassificationParams& params, const Thresholds& thresholds,
                    std::vector<AreaResult>& areas);

}  // namespace leefbaar
