#include <gtest/gtest.h>

#include <numeric>

#include "support/world.hpp"

namespace leefbaar::testing {

TEST(LargestRemainder, AddsUpExactlyAndGivesTheRestToTheLargestRemainders) {
  // 100 over weights 1,1,1: 33.33 each; the single euro left goes to the first code on the tie.
  const auto r = largest_remainder(100, {1, 1, 1}, {"GM0003", "GM0001", "GM0002"});
  EXPECT_EQ(r, (std::vector<long long>{33, 34, 33}));
  // 5.5, 3.0, 1.5: one euro left, the remainders .5 and .5 tie and "a" comes first.
  const auto s = largest_remainder(10, {0.55L, 0.3L, 0.15L}, {"a", "b", "c"});
  EXPECT_EQ(s, (std::vector<long long>{6, 3, 1}));
}

TEST(LargestRemainder, TiesAreBrokenByCodeWhateverTheInputOrder) {
  const auto a = largest_remainder(2, {1, 1, 1}, {"GM0119", "GM0085", "GM0106"});
  EXPECT_EQ(a, (std::vector<long long>{0, 1, 1}));
  EXPECT_EQ(std::accumulate(a.begin(), a.end(), 0LL), 2);
}

TEST(LargestRemainder, ExactSharesStayExact) {
  const auto r = largest_remainder(1199000, {800, 58, 16, 16, 104, 19, 135, 51},
                                   {"a", "b", "c", "d", "e", "f", "g", "h"});
  EXPECT_EQ(r, (std::vector<long long>{800000, 58000, 16000, 16000, 104000, 19000, 135000, 51000}));
}

TEST(Budget, WeightsPerLevelAndRoundingPerGemeenteAndBuurt) {
  World w;
  // GM0106: one orange unit (weight 4); GM0085: two green units (weight 1 each); total weight 6.
  w.unit("a", "BU01060101");
  w.unit("b", "BU00850101");
  w.unit("c", "BU00850102");
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {-1, 0, 0, 0, 0});
  w.score(ScoreLevel::buurt, "BU00850101", 2022, {0.5, 0, 0, 0, 0});
  w.score(ScoreLevel::buurt, "BU00850102", 2022, {0.5, 0, 0, 0, 0});
  w.params.classification.min_units = 1;
  w.params.budget.total = 1000;
  const auto r = w.run();
  ASSERT_EQ(r.units[0].effort, Effort::PlusPlus);
  EXPECT_NEAR(r.units[0].share, 1000.0 * 4 / 6, 1e-9);
  ASSERT_EQ(r.gemeenten.size(), 2u);
  // GM0085 333.33 -> 333 (remainder .333), GM0106 666.67 -> 667 (remainder .667 is the larger).
  EXPECT_EQ(r.gemeenten[0].plan, 333);
  EXPECT_EQ(r.gemeenten[1].plan, 667);
  // Within GM0085 the 333 euros split over two equal buurten: 166.5 each; the tie goes to the first
  // code.
  ASSERT_EQ(r.buurten.size(), 3u);
  EXPECT_EQ(w.stock.buurten.code(r.buurten[0].buurt), "BU00850101");
  EXPECT_EQ(r.buurten[0].plan, 167);
  EXPECT_EQ(r.buurten[1].plan, 166);
  EXPECT_EQ(r.buurten[2].plan, 667);
}

TEST(Budget, ActualsPerDaebUnitAndTheCap) {
  World w;
  w.unit("a", "BU01060101").daeb = true;
  w.unit("b", "BU01060101").daeb = true;
  w.unit("c", "BU01060101").daeb = false;
  w.unit("d", "BU00850101").daeb = true;
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0, 0, 0, 0, 0});
  w.score(ScoreLevel::buurt, "BU00850101", 2022, {0, 0, 0, 0, 0});
  w.params.budget.total = 400;
  w.params.budget.year = 2019;
  w.params.budget.cap_per_daeb_unit = 125;
  ActualsBook actuals;
  actuals.by_gemeente.resize(w.stock.gemeenten.size());
  actuals.by_gemeente[static_cast<std::size_t>(w.stock.gemeenten.find("GM0106"))] = {
      {2019, 250.0}, {2018, 9999.0}};
  actuals.by_gemeente[static_cast<std::size_t>(w.stock.gemeenten.find("GM0085"))] = {
      {2019, 125.01}};
  const auto r = w.run(&actuals);
  const auto& gm0085 = r.gemeenten[0];
  const auto& gm0106 = r.gemeenten[1];
  EXPECT_EQ(gm0106.plan, 300);
  EXPECT_DOUBLE_EQ(*gm0106.actual, 250.0);
  EXPECT_DOUBLE_EQ(*gm0106.difference, -50.0);
  EXPECT_DOUBLE_EQ(*gm0106.actual_per_daeb_unit, 125.0);
  EXPECT_FALSE(*gm0106.above_cap);  // strictly above only
  EXPECT_TRUE(*gm0085.above_cap);
}

TEST(Budget, NoCapMeansNoCapFlagAndNoActualsMeansEmpty) {
  World w;
  w.unit("a", "BU01060101").daeb = true;
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0, 0, 0, 0, 0});
  ActualsBook actuals;
  actuals.by_gemeente.resize(1);
  auto r = w.run(&actuals);
  EXPECT_DOUBLE_EQ(*r.gemeenten[0].actual, 0.0);  // no rows for the year: nothing spent
  EXPECT_FALSE(r.gemeenten[0].above_cap);
  r = w.run();
  EXPECT_FALSE(r.gemeenten[0].actual);
}

}  // namespace leefbaar::testing
