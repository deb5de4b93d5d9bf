#include "report/scenario_diff.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "core/params_json.hpp"

namespace leefbaar {

std::vector<ParamChange> param_changes(const ProgrammeParams& a, const ProgrammeParams& b) {
  const auto ja = params_to_json(a);
  const auto jb = params_to_json(b);
  std::vector<ParamChange> out;
  for (const auto& [key, va] : ja.items()) {
    if (key == "name") continue;
    const auto& vb = jb[key];
    if (!va.is_object()) {
      if (va != vb) out.push_back({key, va, vb});
      continue;
    }
    // The weights, one change per member, named as the form's fields: weights.basis etc.
    for (const auto& [member, inner] : va.items()) {
      const auto other = vb.value(member, nlohmann::json());
      if (inner != other) out.push_back({key + "." + member, inner, other});
    }
  }
  return out;
}

std::vector<BuurtColour> buurt_colours(const CoupledStock& stock, const ProgrammeResult& result,
                                       AreaLevel level) {
  if (level == AreaLevel::complex) return {};
  const std::size_t n = stock.buurten.size();
  const std::vector<std::int32_t>* parents = level == AreaLevel::wijk ? &stock.wijk_of_buurt
                                             : level == AreaLevel::gemeente
                                                 ? &stock.gemeente_of_buurt
                                                 : nullptr;
  // The area every buurt is classified in, by its index at the classification level.
  const auto area_of_buurt = [&](std::size_t i) -> std::int32_t {
    if (!parents) return static_cast<std::int32_t>(i);
    return i < parents->size() ? (*parents)[i] : -1;
  };
  std::map<std::int32_t, BuurtColour> classified;
  for (const auto& r : result.areas) {
    if (r.level == level && r.classified) classified[r.index] = {r.colour, r.effort};
  }
  std::vector<BuurtColour> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto it = classified.find(area_of_buurt(i));
    if (it != classified.end()) out[i] = it->second;
  }
  return out;
}

BuurtDiff buurt_diff(const CoupledStock& stock, const ProgrammeResult& a, AreaLevel level_a,
                     const ProgrammeResult& b, AreaLevel level_b) {
  BuurtDiff diff;
  if (level_a == AreaLevel::complex || level_b == AreaLevel::complex) {
    diff.comparable = false;
    return diff;
  }
  const auto ca = buurt_colours(stock, a, level_a);
  const auto cb = buurt_colours(stock, b, level_b);
  std::map<std::pair<std::optional<Colour>, std::optional<Colour>>, long long> counts;
  for (std::size_t i = 0; i < ca.size(); ++i) {
    if (ca[i] == cb[i]) continue;
    diff.changes.push_back({static_cast<std::int32_t>(i), ca[i], cb[i]});
    ++counts[{ca[i].colour, cb[i].colour}];
  }
  std::sort(diff.changes.begin(), diff.changes.end(), [&](const auto& x, const auto& y) {
    return stock.buurten.code(x.buurt) < stock.buurten.code(y.buurt);
  });
  for (const auto& [change, n] : counts) diff.counts.push_back({change.first, change.second, n});
  std::stable_sort(diff.counts.begin(), diff.counts.end(),
                   [](const auto& x, const auto& y) { return x.buurten > y.buurten; });
  return diff;
}

}  // namespace leefbaar
