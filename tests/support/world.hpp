#pragma once
// A small hand-built coupled stock and score book, so each rule can be tested on numbers one can
// check by hand.
#include <string>
#include <vector>

#include "compute/programme.hpp"

namespace leefbaar::testing {

struct World {
  CoupledStock stock;
  ScoreBook book;
  ProgrammeParams params;

  World();
  // Registers a buurt (and its wijk and gemeente) by standard code: BU + gm(4) + wk(2) + bu(2).
  std::int32_t buurt(const std::string& code);
  // Adds a coupled unit in the buurt; cell and pc4 optional.
  CoupledUnit& unit(const std::string& id, const std::string& buurt_code,
                    const std::string& cell = {}, const std::string& pc4 = {});
  // Scores for an area at a level: afw is the sum of the dimensions unless given.
  void score(ScoreLevel level, const std::string& code, int year, std::array<double, 5> dims);
  void score_afw_only(ScoreLevel level, const std::string& code, int year, double afw);
  ProgrammeResult run(const ActualsBook* actuals = nullptr) const;
};

const AreaResult* find_area(const ProgrammeResult& r, const CoupledStock& s, AreaLevel level,
                            const std::string& code);

}  // namespace leefbaar::testing
