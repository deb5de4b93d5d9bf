#pragma once
// The programme computation (programme.md sections 3-8): scores per unit, the own work area as
// yardstick, colours and levels of effort, focus gemeenten, the budget plan and trends.
// Pure: no I/O. Everything is addressed by the coupled stock's area indices.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "core/types.hpp"
#include "couple/bind.hpp"
#include "couple/couple.hpp"

namespace leefbaar {

inline constexpr std::int8_t kNoLevel = -1;

struct UnitScores {
  Scores scores;
  std::array<std::int8_t, kDimCount> level{kNoLevel, kNoLevel, kNoLevel,
                                           kNoLevel, kNoLevel, kNoLevel};
  bool scored() const { return !is_missing(scores[Dim::afw]); }
};

struct UnitResult {
  UnitScores scores;
  UnitStatus status = UnitStatus::ok;  // the coupling status, or no_score
  std::optional<Colour> colour;
  Effort effort = Effort::Basis;
  double share = 0;  // euros, unrounded
};

struct Benchmark {
  Scores mean, sd;
  std::array<long long, kDimCount> n{};
};

struct AreaResult {
  AreaLevel level = AreaLevel::buurt;
  std::int32_t index = -1;  // in the stock's dictionary for the level; -1 for the werkgebied
  long long n = 0;          // scored units
  Scores mean, z;
  bool classified = false;  // at the classification level
  std::optional<Colour> colour;
  Effort effort = Effort::Basis;
  bool indicatief = false;
  std::vector<Dim> weak;
};

struct GemeenteBudget {
  std::int32_t gemeente = -1;
  long long units = 0, daeb_units = 0;  // coupled units
  bool focus = false;
  long long plan = 0;
  std::optional<double> actual, difference, actual_per_daeb_unit;
  std::optional<bool> above_cap;
};

struct BuurtBudget {
  std::int32_t buurt = -1, gemeente = -1;
  long long units = 0;
  long long plan = 0;
};

struct TrendRow {
  AreaLevel level = AreaLevel::buurt;
  std::int32_t index = -1;
  long long n = 0;
  Scores delta;
};

struct TrendResult {
  int from = 0, to = 0;
  std::vector<TrendRow> rows;
  long long units_with_mixed_levels = 0;  // afw and dimensions from different levels
  long long areas_breaking_identity = 0;  // sum of dimension changes != change of afw
};

struct Thresholds {
  // The afw value (percentile mode) or z value (z-score mode) at or below which an area is orange
  // or yellow.
  double orange = 0, yellow = 0;
};

struct ProgrammeResult {
  std::vector<UnitResult> units;
  Benchmark benchmark;
  Thresholds thresholds;
  std::vector<AreaResult>
      areas;  // levels in order complex, buurt, wijk, gemeente, werkgebied; codes sorted
  std::vector<GemeenteBudget> gemeenten;  // sorted by code
  std::vector<BuurtBudget> buurten;       // sorted by gemeente code, then buurt code
  std::optional<TrendResult> trend;
  std::array<long long, kEffortCount> units_per_effort{};  // coupled units
  std::array<long long, 3> areas_per_colour{};
  long long budget_units_without_gemeente = 0;
};

struct ProgrammeInputs {
  const CoupledStock& stock;
  const ScoreBook& scores;
  const ProgrammeParams& params;
  const ActualsBook* actuals = nullptr;  // optional
};

ProgrammeResult compute_programme(const ProgrammeInputs& in);

// The pieces, exposed for tests and the what-if.
UnitScores resolve_unit_scores(const CoupledUnit& unit, const ScoreBook& book, int edition);
Benchmark compute_benchmark(const std::vector<UnitScores>& scored);
// Whole euros that add up to total exactly: floors, then +1 for the largest remainders; ties
// (remainders equal to 1e-9) go to the smaller key.
std::vector<long long> largest_remainder(long long total, const std::vector<long double>& weights,
                                         const std::vector<std::string>& tie_keys);
// Nearest-rank percentile of ascending values: the k-th value, k = max(1, ceil(P/100 * N)).
double nearest_rank(const std::vector<double>& sorted_values, double percentile);

}  // namespace leefbaar
