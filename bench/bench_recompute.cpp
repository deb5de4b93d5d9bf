// The recompute after coupling for a large corporation: 100,000 units, 2,000 buurten, 200 wijken,
// 20 gemeenten, grid/buurt/wijk/gemeente scores for six editions. Times compute_programme()
// (scores per unit with fallback, yardstick, areas, classification, focus, budget), which is what a
// what-if on thresholds, weights or budget reruns. Generated data, deterministic.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <random>

#include "compute/programme.hpp"

namespace leefbaar {

namespace {

struct Corporation {
  CoupledStock stock;
  ScoreBook book;
  ProgrammeParams params;
};

double uniform(std::mt19937_64& rng, double lo, double hi) {
  return lo + (hi - lo) * static_cast<double>(rng() >> 11) / static_cast<double>(1ULL << 53);
}

Scores random_scores(std::mt19937_64& rng, double offset) {
  Scores s;
  s[Dim::afw] = 0;
  for (int d = 1; d < kDimCount; ++d) {
    s[d] = offset + uniform(rng, -0.08, 0.08);
    s[Dim::afw] += s[d];
  }
  return s;
}

Corporation make_corporation(int units) {
  Corporation c;
  std::mt19937_64 rng(42);
  constexpr int kGemeenten = 20, kWijkenPerGemeente = 10, kBuurtenPerWijk = 10;
  for (int g = 0; g < kGemeenten; ++g) {
    const auto gi = c.stock.gemeenten.intern(fmt::format("GM{:04d}", 100 + g));
    for (int w = 0; w < kWijkenPerGemeente; ++w) {
      const auto wi = c.stock.wijken.intern(fmt::format("WK{:04d}{:02d}", 100 + g, w));
      c.stock.gemeente_of_wijk.push_back(gi);
      for (int b = 0; b < kBuurtenPerWijk; ++b) {
        c.stock.buurten.intern(fmt::format("BU{:04d}{:02d}{:02d}", 100 + g, w, b));
        c.stock.wijk_of_buurt.push_back(wi);
        c.stock.gemeente_of_buurt.push_back(gi);
      }
    }
  }
  const auto buurten = static_cast<std::int32_t>(c.stock.buurten.size());
  for (int i = 0; i < units; ++i) {
    CoupledUnit u;
    u.id = std::to_string(i);
    u.buurt = static_cast<std::int32_t>(rng() % static_cast<std::uint64_t>(buurten));
    u.wijk = c.stock.wijk_of_buurt[static_cast<std::size_t>(u.buurt)];
    u.gemeente = c.stock.gemeente_of_buurt[static_cast<std::size_t>(u.buurt)];
    u.cell = c.stock.cells.intern(fmt::format("{}:{}", u.buurt, i / 8));  // ~8 units per cell
    u.complex = c.stock.complexes.intern(fmt::format("C{}", i / 40));
    u.daeb = rng() % 10 != 0;
    c.stock.units.push_back(u);
  }
  c.stock.gemeente_of_complex.assign(c.stock.complexes.size(), 0);
  const std::array<std::size_t, kScoreLevelCount> sizes{
      c.stock.cells.size(), c.stock.buurten.size(), 0, c.stock.wijken.size(),
      c.stock.gemeenten.size()};
  for (int level = 0; level < kScoreLevelCount; ++level) {
    if (sizes[level] == 0) continue;
    c.book.loaded[level] = true;
    auto& areas = c.book.by_area[level];
    areas.resize(sizes[level]);
    for (std::size_t a = 0; a < areas.size(); ++a) {
      if (level == 0 && rng() % 10 == 0) continue;  // cells without scores fall back to the buurt
      const double offset = uniform(rng, -0.05, 0.05);
      for (int year = 2014; year <= 2024; year += 2)
        areas[a].push_back({year, random_scores(rng, offset)});
    }
  }
  c.params.name = "bench";
  c.params.edition = 2022;
  c.params.budget.total = 5'000'000;
  return c;
}

void BM_Recompute(benchmark::State& state) {
  const Corporation c = make_corporation(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto result = compute_programme({c.stock, c.book, c.params, nullptr});
    benchmark::DoNotOptimize(result.gemeenten.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Recompute)->Arg(16'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace

}  // namespace leefbaar

BENCHMARK_MAIN();
