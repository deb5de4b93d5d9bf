#include "compute/classify.hpp"

#include <algorithm>
#include <cmath>

namespace leefbaar {

double nearest_rank(const std::vector<double>& sorted_values, double percentile) {
  if (sorted_values.empty()) return kMissing;
  const long double n = static_cast<long double>(sorted_values.size());
  // The tolerance keeps 15% of 200 at rank 30 despite 0.15 having no exact binary form.
  auto k =
      static_cast<long long>(std::ceil(static_cast<long double>(percentile) / 100.0L * n - 1e-9L));
  k = std::clamp<long long>(k, 1, static_cast<long long>(sorted_values.size()));
  return sorted_values[static_cast<std::size_t>(k - 1)];
}

Thresholds classification_thresholds(const ClassificationParams& params,
                                     const std::vector<UnitResult>& units) {
  if (params.mode == ClassificationMode::zscore) return {params.orange, params.yellow};
  std::vector<double> afw;
  for (const auto& u : units) {
    if (u.scores.scored()) afw.push_back(u.scores.scores[Dim::afw]);
  }
  std::sort(afw.begin(), afw.end());
  return {nearest_rank(afw, params.p_orange), nearest_rank(afw, params.p_yellow)};
}

void classify_areas(const ClassificationParams& params, const Thresholds& t,
                    std::vector<AreaResult>& areas) {
  for (auto& a : areas) {
    if (a.level != params.level) continue;
    a.classified = true;
    const double value =
        params.mode == ClassificationMode::zscore ? a.z[Dim::afw] : a.mean[Dim::afw];
    a.colour = value <= t.orange   ? Colour::orange
               : value <= t.yellow ? Colour::yellow
                                   : Colour::green;
    a.effort = effort_for(*a.colour);
    a.indicatief = a.n < params.min_units;
    for (int d = 1; d < kDimCount; ++d) {
      if (!is_missing(a.z[d]) && a.z[d] <= params.yellow) a.weak.push_back(static_cast<Dim>(d));
    }
    std::stable_sort(a.weak.begin(), a.weak.end(), [&a](Dim x, Dim y) { return a.z[x] < a.z[y]; });
  }
}

}  // namespace leefbaar
