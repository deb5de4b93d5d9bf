#include <gtest/gtest.h>

#include "support/world.hpp"

namespace leefbaar::testing {

TEST(UnitScores, TakesTheFinestLevelThatHasTheEdition) {
  World w;
  w.unit("a", "BU01060101", "233400:556700", "9401");
  w.score(ScoreLevel::grid, "233400:556700", 2022, {0.01, 0.02, 0.03, 0.04, 0.05});
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {1, 1, 1, 1, 1});
  const auto s = resolve_unit_scores(w.stock.units[0], w.book, 2022);
  EXPECT_NEAR(s.scores[Dim::afw], 0.15, 1e-12);
  EXPECT_EQ(s.level[0], static_cast<int>(ScoreLevel::grid));
}

TEST(UnitScores, FallsBackPerScoreWhenTheCellHasNoRowForTheEdition) {
  World w;
  w.unit("a", "BU01060101", "233400:556700");
  w.score(ScoreLevel::grid, "233400:556700", 2020, {0.01, 0.02, 0.03, 0.04, 0.05});
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0.1, 0.1, 0.1, 0.1, 0.1});
  const auto s = resolve_unit_scores(w.stock.units[0], w.book, 2022);
  EXPECT_NEAR(s.scores[Dim::afw], 0.5, 1e-12);
  EXPECT_EQ(s.level[0], static_cast<int>(ScoreLevel::buurt));
}

TEST(UnitScores, NaDimensionsCountForAfwOnlyAndFallThrough) {
  World w;
  w.unit("a", "BU01060101", "", "9401");
  w.score_afw_only(ScoreLevel::buurt, "BU01060101", 2008, -0.2);
  w.score(ScoreLevel::pc4, "9401", 2008, {0.1, 0.2, 0.3, 0.4, 0.5});
  const auto s = resolve_unit_scores(w.stock.units[0], w.book, 2008);
  EXPECT_DOUBLE_EQ(s.scores[Dim::afw], -0.2);
  EXPECT_EQ(s.level[0], static_cast<int>(ScoreLevel::buurt));
  EXPECT_DOUBLE_EQ(s.scores[Dim::won], 0.5);
  EXPECT_EQ(s.level[static_cast<int>(Dim::won)], static_cast<int>(ScoreLevel::pc4));
}

TEST(UnitScores, UnitWithoutCellSkipsGridAndUsesWijkThenGemeente) {
  World w;
  w.unit("a", "BU01060101");
  w.score(ScoreLevel::gemeente, "GM0106", 2022, {0, 0, 0, 0, 0.3});
  w.score(ScoreLevel::wijk, "WK010601", 2022, {0, 0, 0, 0, 0.2});
  const auto s = resolve_unit_scores(w.stock.units[0], w.book, 2022);
  EXPECT_DOUBLE_EQ(s.scores[Dim::won], 0.2);
  EXPECT_EQ(s.level[0], static_cast<int>(ScoreLevel::wijk));
}

TEST(UnitScores, NoAfwAnywhereIsNoScoreBasisWithoutColourButSharesInTheBudget) {
  World w;
  w.unit("scored", "BU01060101");
  w.unit("unscored", "BU01060202");
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0.1, 0, 0, 0, 0});
  w.params.budget.total = 100;
  const auto r = w.run();
  EXPECT_EQ(r.units[1].status, UnitStatus::no_score);
  EXPECT_FALSE(r.units[1].colour);
  EXPECT_EQ(r.units[1].effort, Effort::Basis);
  EXPECT_DOUBLE_EQ(r.units[1].share, 50.0);
  EXPECT_EQ(r.benchmark.n[0], 1);  // left out of the yardstick
}

TEST(UnitScores, UncoupledUnitsGetNoScoreAndNoShare) {
  World w;
  w.unit("a", "BU01060101");
  auto& u = w.unit("b", "BU01060101");
  u.status = UnitStatus::outside_buurten;
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0.1, 0, 0, 0, 0});
  w.params.budget.total = 100;
  const auto r = w.run();
  EXPECT_EQ(r.units[1].status, UnitStatus::outside_buurten);
  EXPECT_FALSE(r.units[1].scores.scored());
  EXPECT_DOUBLE_EQ(r.units[1].share, 0.0);
  EXPECT_DOUBLE_EQ(r.units[0].share, 100.0);
}

}  // namespace leefbaar::testing
