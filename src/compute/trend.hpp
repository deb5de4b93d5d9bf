#pragma once
// Internal to compute: changes of the area means between two editions (programme.md section 8).
#include "compute/programme.hpp"

namespace leefbaar {

TrendResult compute_trend(const CoupledStock& stock, const ScoreBook& book, int from, int to);

}  // namespace leefbaar
