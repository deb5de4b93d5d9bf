#include "compute/trend.hpp"

#include <algorithm>
#include <cmath>

#include "compute/yardstick.hpp"

namespace leefbaar {

namespace {

constexpr double kIdentityTolerance = 1e-6;

bool mixed_levels(const UnitScores& s) {
  for (int d = 1; d < kDimCount; ++d) {
    if (s.level[d] != kNoLevel && s.level[d] != s.level[0]) return true;
  }
  return false;
}

}  // namespace

TrendResult compute_trend(const CoupledStock& stock, const ScoreBook& book, int from, int to) {
  TrendResult out;
  out.from = from;
  out.to = to;
  std::vector<UnitScores> a, b;
  a.reserve(stock.units.size());
  b.reserve(stock.units.size());
  for (const auto& u : stock.units) {
    a.push_back(u.coupled() ? resolve_unit_scores(u, book, from) : UnitScores{});
    b.push_back(u.coupled() ? resolve_unit_scores(u, book, to) : UnitScores{});
    if ((a.back().scored() && b.back().scored()) &&
        (mixed_levels(a.back()) || mixed_levels(b.back())))
      ++out.units_with_mixed_levels;
  }
  for (int l = 0; l <= static_cast<int>(AreaLevel::werkgebied); ++l) {
    const auto level = static_cast<AreaLevel>(l);
    const std::size_t count = area_count(stock, level);
    struct Acc {
      std::array<long double, kDimCount> from{}, to{};
      std::array<long long, kDimCount> n{};
    };
    std::vector<Acc> acc(count);
    for (std::size_t i = 0; i < stock.units.size(); ++i) {
      const auto area = area_of(stock.units[i], level);
      if (area < 0) continue;
      auto& x = acc[static_cast<std::size_t>(area)];
      for (int d = 0; d < kDimCount; ++d) {
        if (is_missing(a[i].scores[d]) || is_missing(b[i].scores[d])) continue;
        x.from[d] += a[i].scores[d];
        x.to[d] += b[i].scores[d];
        ++x.n[d];
      }
    }
    std::vector<TrendRow> rows;
    for (std::size_t k = 0; k < count; ++k) {
      const auto& x = acc[k];
      if (x.n[0] == 0) continue;
      TrendRow row;
      row.level = level;
      row.index = level == AreaLevel::werkgebied ? -1 : static_cast<std::int32_t>(k);
      row.n = x.n[0];
      double dims = 0;
      bool all = true;
      for (int d = 0; d < kDimCount; ++d) {
        if (x.n[d] == 0) {
          all = all && d == 0;
          continue;
        }
        const auto n = static_cast<long double>(x.n[d]);
        row.delta[d] = static_cast<double>(x.to[d] / n - x.from[d] / n);
        if (d > 0) dims += row.delta[d];
      }
      if (all && std::fabs(dims - row.delta[Dim::afw]) > kIdentityTolerance)
        ++out.areas_breaking_identity;
      rows.push_back(row);
    }
    if (const Dictionary* dict = dictionary_of(stock, level)) {
      std::sort(rows.begin(), rows.end(), [dict](const TrendRow& p, const TrendRow& q) {
        return dict->code(p.index) < dict->code(q.index);
      });
    }
    out.rows.insert(out.rows.end(), rows.begin(), rows.end());
  }
  return out;
}

}  // namespace leefbaar
