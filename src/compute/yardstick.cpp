#include "compute/yardstick.hpp"

#include <algorithm>
#include <cmath>

namespace leefbaar {

std::int32_t area_of(const CoupledUnit& u, AreaLevel level) {
  switch (level) {
    case AreaLevel::complex:
      return u.complex;
    case AreaLevel::buurt:
      return u.buurt;
    case AreaLevel::wijk:
      return u.wijk;
    case AreaLevel::gemeente:
      return u.gemeente;
    case AreaLevel::werkgebied:
      return 0;
  }
  return -1;
}

const Dictionary* dictionary_of(const CoupledStock& stock, AreaLevel level) {
  switch (level) {
    case AreaLevel::complex:
      return &stock.complexes;
    case AreaLevel::buurt:
      return &stock.buurten;
    case AreaLevel::wijk:
      return &stock.wijken;
    case AreaLevel::gemeente:
      return &stock.gemeenten;
    case AreaLevel::werkgebied:
      return nullptr;
  }
  return nullptr;
}

std::int32_t gemeente_of_area(const CoupledStock& s, AreaLevel level, std::int32_t index) {
  auto parent = [index](const std::vector<std::int32_t>& of) {
    return index < 0 || static_cast<std::size_t>(index) >= of.size()
               ? -1
               : of[static_cast<std::size_t>(index)];
  };
  switch (level) {
    case AreaLevel::complex:
      return parent(s.gemeente_of_complex);
    case AreaLevel::buurt:
      return parent(s.gemeente_of_buurt);
    case AreaLevel::wijk:
      return parent(s.gemeente_of_wijk);
    case AreaLevel::gemeente:
      return index;
    case AreaLevel::werkgebied:
      return -1;
  }
  return -1;
}

std::size_t area_count(const CoupledStock& stock, AreaLevel level) {
  const Dictionary* d = dictionary_of(stock, level);
  return d == nullptr ? 1 : d->size();
}

Benchmark compute_benchmark(const std::vector<UnitScores>& scored) {
  Benchmark b;
  for (int d = 0; d < kDimCount; ++d) {
    long double sum = 0;
    long long n = 0;
    for (const auto& u : scored) {
      if (!is_missing(u.scores[d])) {
        sum += u.scores[d];
        ++n;
      }
    }
    b.n[d] = n;
    if (n == 0) continue;
    const long double mean = sum / static_cast<long double>(n);
    long double squares =
        0;  // second pass: no cancellation from sum of squares minus square of sum
    for (const auto& u : scored) {
      if (!is_missing(u.scores[d])) squares += (u.scores[d] - mean) * (u.scores[d] - mean);
    }
    b.mean[d] = static_cast<double>(mean);
    b.sd[d] = static_cast<double>(std::sqrt(squares / static_cast<long double>(n)));
  }
  return b;
}

std::vector<AreaResult> aggregate_level(AreaLevel level, const CoupledStock& stock,
                                        const std::vector<UnitResult>& units,
                                        const Benchmark& yardstick) {
  const std::size_t count = area_count(stock, level);
  std::vector<std::array<long double, kDimCount>> sums(count);
  std::vector<std::array<long long, kDimCount>> ns(count);
  for (auto& s : sums) s.fill(0);
  for (auto& n : ns) n.fill(0);
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!units[i].scores.scored()) continue;
    const auto a = area_of(stock.units[i], level);
    if (a < 0) continue;
    for (int d = 0; d < kDimCount; ++d) {
      const double v = units[i].scores.scores[d];
      if (is_missing(v)) continue;
      sums[static_cast<std::size_t>(a)][d] += v;
      ++ns[static_cast<std::size_t>(a)][d];
    }
  }
  std::vector<AreaResult> out;
  for (std::size_t a = 0; a < count; ++a) {
    const long long n = ns[a][static_cast<int>(Dim::afw)];
    if (n == 0) continue;
    AreaResult r;
    r.level = level;
    r.index = level == AreaLevel::werkgebied ? -1 : static_cast<std::int32_t>(a);
    r.n = n;
    for (int d = 0; d < kDimCount; ++d) {
      if (ns[a][d] == 0) continue;
      r.mean[d] = static_cast<double>(sums[a][d] / static_cast<long double>(ns[a][d]));
      const double sd = yardstick.sd[d];
      r.z[d] = sd > 0 ? (r.mean[d] - yardstick.mean[d]) / sd : 0.0;
    }
    out.push_back(std::move(r));
  }
  if (const Dictionary* dict = dictionary_of(stock, level)) {
    std::sort(out.begin(), out.end(), [dict](const AreaResult& x, const AreaResult& y) {
      return dict->code(x.index) < dict->code(y.index);
    });
  }
  return out;
}

}  // namespace leefbaar
