#include <gtest/gtest.h>

#include <cmath>

#include "support/world.hpp"

namespace leefbaar::testing {

TEST(Yardstick, MeanAndPopulationStandardDeviationOverScoredUnits) {
  World w;
  // Three units at 0.1 (buurt 01) and one at 0.5 (buurt 02): mean 0.2, population sd sqrt(0.03).
  for (const char* id : {"a", "b", "c"}) w.unit(id, "BU01060101");
  w.unit("d", "BU01060102");
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0.1, 0, 0, 0, 0});
  w.score(ScoreLevel::buurt, "BU01060102", 2022, {0.5, 0, 0, 0, 0});
  const auto r = w.run();
  EXPECT_NEAR(r.benchmark.mean[Dim::afw], 0.2, 1e-12);
  EXPECT_NEAR(r.benchmark.sd[Dim::afw], std::sqrt(0.03), 1e-12);
  const auto* b1 = find_area(r, w.stock, AreaLevel::buurt, "BU01060101");
  ASSERT_NE(b1, nullptr);
  EXPECT_EQ(b1->n, 3);
  EXPECT_NEAR(b1->z[Dim::afw], (0.1 - 0.2) / std::sqrt(0.03), 1e-12);
  // The wijk (WK010601) holds all four units: weighted by units, its mean is the work-area mean.
  const auto* wijk = find_area(r, w.stock, AreaLevel::wijk, "WK010601");
  ASSERT_NE(wijk, nullptr);
  EXPECT_NEAR(wijk->mean[Dim::afw], 0.2, 1e-12);
  EXPECT_NEAR(wijk->z[Dim::afw], 0.0, 1e-12);
}

TEST(Yardstick, ZeroStandardDeviationGivesZeroZ) {
  World w;
  w.unit("a", "BU01060101");
  w.unit("b", "BU01060102");
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0.1, 0.2, 0, 0, 0});
  w.score(ScoreLevel::buurt, "BU01060102", 2022, {0.1, 0.2, 0, 0, 0});
  const auto r = w.run();
  EXPECT_EQ(r.benchmark.sd[Dim::fys], 0.0);
  for (const auto& a : r.areas) {
    for (int d = 0; d < kDimCount; ++d) EXPECT_EQ(a.z[d], 0.0);
    if (a.classified) {
      EXPECT_EQ(*a.colour, Colour::green);
    }
  }
}

TEST(Yardstick, RowsForEveryLevelAndTheWerkgebied) {
  World w;
  w.unit("a", "BU01060101").complex = w.stock.complexes.intern("C1");
  w.stock.gemeente_of_complex = {0};
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0.1, 0, 0, 0, 0});
  const auto r = w.run();
  std::array<int, 5> per_level{};
  for (const auto& a : r.areas) ++per_level[static_cast<int>(a.level)];
  EXPECT_EQ(per_level, (std::array<int, 5>{1, 1, 1, 1, 1}));
}

}  // namespace leefbaar::testing
