#pragma once
// Synthetic Leefbaarometer scores: smooth spatial fields plus gemeente, wijk and buurt effects and
// mild trends, published as tables at grid, buurt, PC4, wijk and gemeente level for 2014-2024.
#include <map>
#include <string>
#include <vector>

#include "sample/geos_util.hpp"
#include "sample/model.hpp"

namespace leefbaar::sample {

// Fills the score tables of world (and the grid ids). Needs build_areas and build_stock first.
void build_scores(World& world, const Geos& geos);

// What the programme's default rules (docs/programme.md sections 3-6) should find in the sample for
// one edition, computed the simple way from what the sample knows about every unit.
struct Expectation {
  long long scored_units = 0;
  std::map<std::string, long long> units_per_level;  // grid, buurt, pc4, wijk, gemeente
  double mu_afw = 0, sd_afw = 0, mu_won = 0;
  std::map<std::string, double> gemeente_mean_won;  // by gemeente name
  std::vector<std::string> focus_gemeenten;         // names, in code order
  int buurten_classified = 0, orange = 0, yellow = 0, green = 0;
};
Expectation expect(const World& world, int edition);

// The code of the 100 m cell (lower-left corner in RD metres) that contains p.
std::pair<std::int64_t, std::int64_t> cell_of(Point p);

}  // namespace leefbaar::sample
