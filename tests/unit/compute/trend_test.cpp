#include <gtest/gtest.h>

#include "support/world.hpp"

namespace leefbaar::testing {

namespace {
const TrendRow* row(const ProgrammeResult& r, AreaLevel level) {
  for (const auto& t : r.trend->rows) {
    if (t.level == level) return &t;
  }
  return nullptr;
}
}  // namespace

TEST(Trend, ChangeOfTheMeansOverUnitsScoredInBothEditions) {
  World w;
  w.unit("a", "BU01060101");
  w.unit("b", "BU01060102");
  w.score(ScoreLevel::buurt, "BU01060101", 2014, {0.1, 0, 0, 0, 0});
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0.3, 0, 0, 0, 0.1});
  w.score(ScoreLevel::buurt, "BU01060102", 2022, {0.9, 0, 0, 0, 0});  // not in 2014: left out
  w.params.trend = std::pair{2014, 2022};
  const auto r = w.run();
  ASSERT_TRUE(r.trend);
  const auto* wk = row(r, AreaLevel::wijk);
  ASSERT_NE(wk, nullptr);
  EXPECT_EQ(wk->n, 1);
  EXPECT_NEAR(wk->delta[Dim::afw], 0.3, 1e-12);
  EXPECT_NEAR(wk->delta[Dim::fys], 0.2, 1e-12);
  EXPECT_NEAR(wk->delta[Dim::won], 0.1, 1e-12);
  EXPECT_EQ(r.trend->areas_breaking_identity, 0);
  int buurt_rows = 0;
  for (const auto& t : r.trend->rows) buurt_rows += t.level == AreaLevel::buurt;
  EXPECT_EQ(buurt_rows, 1);  // buurt 02 has no units scored in both: no row
}

TEST(Trend, MixedLevelsBreakTheIdentityAndAreCounted) {
  World w;
  w.unit("a", "BU01060101", "", "9401");
  // 2014: afw at buurt with NA dimensions, dimensions from pc4: they do not add up to afw.
  w.score_afw_only(ScoreLevel::buurt, "BU01060101", 2014, 0.5);
  w.score(ScoreLevel::pc4, "9401", 2014, {0.1, 0, 0, 0, 0});
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0.2, 0, 0, 0, 0});
  w.params.trend = std::pair{2014, 2022};
  const auto r = w.run();
  EXPECT_EQ(r.trend->units_with_mixed_levels, 1);
  EXPECT_GT(r.trend->areas_breaking_identity, 0);
  EXPECT_NEAR(row(r, AreaLevel::werkgebied)->delta[Dim::afw], -0.3, 1e-12);
}

}  // namespace leefbaar::testing
