#pragma once
// What differs between two scenarios: the settings that differ, and the buurten whose colour (and
// so level of effort) changes, with counts per change ("12 buurten van geel naar oranje"). Pure.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "compute/programme.hpp"

namespace leefbaar {

// One setting that differs, by its params_to_json key ("yellow", "weights.plus", ...).
struct ParamChange {
  std::string key;
  nlohmann::json a, b;
};
// Every setting but the name that differs between a and b, by key.
std::vector<ParamChange> param_changes(const ProgrammeParams& a, const ProgrammeParams& b);

// A buurt's colour in one scenario: that of the area it is classified in (the buurt itself, its
// wijk or its gemeente); none without scored units there.
struct BuurtColour {
  std::optional<Colour> colour;
  Effort effort = Effort::Basis;
  bool operator==(const BuurtColour&) const = default;
};

struct BuurtChange {
  std::int32_t buurt = -1;  // index in the stock's buurten
  BuurtColour a, b;
};

struct ChangeCount {
  std::optional<Colour> from, to;
  long long buurten = 0;
};

struct BuurtDiff {
  // False when a scenario classifies per complex: a buurt then has no one colour.
  bool comparable = true;
  std::vector<BuurtChange> changes;  // by buurt code
  std::vector<ChangeCount> counts;   // most buurten first, then by colour
};

// The colour of every buurt of the stock (by index) in a result classified at level; empty for
// level complex.
std::vector<BuurtColour> buurt_colours(const CoupledStock& stock, const ProgrammeResult& result,
                                       AreaLevel level);
// The buurten whose colour differs between a (classified at level_a) and b (at level_b).
BuurtDiff buurt_diff(const CoupledStock& stock, const ProgrammeResult& a, AreaLevel level_a,
                     const ProgrammeResult& b, AreaLevel level_b);

}  // namespace leefbaar
