#include "report/area_buurten.hpp"

#include <algorithm>
#include <map>

#include "compute/yardstick.hpp"

namespace leefbaar {

namespace {

bool holds_buurten(AreaLevel level) {
  return level == AreaLevel::buurt || level == AreaLevel::wijk || level == AreaLevel::gemeente;
}

}  // namespace

std::vector<AreaBuurt> area_buurten(const CoupledStock& stock, const ProgrammeResult& result,
                                    AreaLevel level, std::int32_t index) {
  std::map<std::int32_t, AreaBuurt> by_buurt;
  if (!holds_buurten(level) || index < 0) return {};
  for (std::size_t i = 0; i < stock.units.size() && i < result.units.size(); ++i) {
    const auto& u = stock.units[i];
    if (!u.coupled() || u.buurt < 0 || area_of(u, level) != index) continue;
    auto& b = by_buurt[u.buurt];
    b.buurt = u.buurt;
    ++b.units;
    b.daeb_units += u.daeb ? 1 : 0;
    ++b.units_per_effort[static_cast<std::size_t>(result.units[i].effort)];
  }
  for (const auto& plan : result.buurten)
    if (const auto it = by_buurt.find(plan.buurt); it != by_buurt.end())
      it->second.plan += plan.plan;
  for (const auto& a : result.areas)
    if (a.level == AreaLevel::buurt)
      if (const auto it = by_buurt.find(a.index); it != by_buurt.end()) it->second.result = &a;
  std::vector<AreaBuurt> out;
  out.reserve(by_buurt.size());
  for (auto& [buurt, row] : by_buurt) out.push_back(row);
  std::sort(out.begin(), out.end(), [&stock](const AreaBuurt& a, const AreaBuurt& b) {
    return stock.buurten.code(a.buurt) < stock.buurten.code(b.buurt);
  });
  return out;
}

std::array<long long, kEffortCount> units_per_effort(const CoupledStock& stock,
                                                     const ProgrammeResult& result, AreaLevel level,
                                                     std::int32_t index) {
  std::array<long long, kEffortCount> out{};
  for (std::size_t i = 0; i < stock.units.size() && i < result.units.size(); ++i) {
    const auto& u = stock.units[i];
    if (u.coupled() && area_of(u, level) == index)
      ++out[static_cast<std::size_t>(result.units[i].effort)];
  }
  return out;
}

}  // namespace leefbaar
