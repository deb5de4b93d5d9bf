#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>

#include "support/world.hpp"

namespace leefbaar::testing {

namespace {
// Ten buurten with one unit each and afw 1..10; mean 5.5, population sd sqrt(8.25) = 2.8723.
World ten_buurten() {
  World w;
  for (int i = 1; i <= 10; ++i) {
    const std::string code = fmt::format("BU010601{:02d}", i);
    w.unit(fmt::format("u{}", i), code);
    w.score(ScoreLevel::buurt, code, 2022, {static_cast<double>(i), 0, 0, 0, 0});
  }
  w.params.classification.min_units = 1;
  return w;
}

Colour colour_of(const ProgrammeResult& r, const World& w, int i) {
  return *find_area(r, w.stock, AreaLevel::buurt, fmt::format("BU010601{:02d}", i))->colour;
}
}  // namespace

TEST(Classify, ZScoreThresholdsAreInclusive) {
  World w = ten_buurten();
  // Put the thresholds exactly on buurt 1's and buurt 3's z-values.
  const double sd = std::sqrt(8.25);
  w.params.classification.orange = (1 - 5.5) / sd;
  w.params.classification.yellow = (3 - 5.5) / sd;
  const auto r = w.run();
  EXPECT_EQ(colour_of(r, w, 1), Colour::orange);
  EXPECT_EQ(colour_of(r, w, 2), Colour::yellow);
  EXPECT_EQ(colour_of(r, w, 3), Colour::yellow);
  EXPECT_EQ(colour_of(r, w, 4), Colour::green);
  EXPECT_EQ(r.units[0].effort, Effort::PlusPlus);
  EXPECT_EQ(r.units[1].effort, Effort::Plus);
  EXPECT_EQ(r.units[3].effort, Effort::Basis);
}

TEST(Classify, DefaultThresholds) {
  World w = ten_buurten();
  const auto r = w.run();
  // z of buurt 1 = -1.567 (orange), 3 = -0.870 (yellow), 4 = -0.522 (yellow), 5 = -0.174 (green).
  EXPECT_EQ(colour_of(r, w, 1), Colour::orange);
  EXPECT_EQ(colour_of(r, w, 2), Colour::orange);
  EXPECT_EQ(colour_of(r, w, 3), Colour::yellow);
  EXPECT_EQ(colour_of(r, w, 4), Colour::yellow);
  EXPECT_EQ(colour_of(r, w, 5), Colour::green);
}

TEST(Classify, PercentileModeUsesNearestRankOfUnitScores) {
  World w = ten_buurten();
  w.params.classification.mode = ClassificationMode::percentile;
  w.params.classification.p_orange = 15;  // k = ceil(1.5) = 2 -> value 2
  w.params.classification.p_yellow = 30;  // k = 3 -> value 3
  const auto r = w.run();
  EXPECT_DOUBLE_EQ(r.thresholds.orange, 2);
  EXPECT_DOUBLE_EQ(r.thresholds.yellow, 3);
  EXPECT_EQ(colour_of(r, w, 2), Colour::orange);
  EXPECT_EQ(colour_of(r, w, 3), Colour::yellow);
  EXPECT_EQ(colour_of(r, w, 4), Colour::green);
}

TEST(Classify, NearestRank) {
  std::vector<double> v;
  for (int i = 1; i <= 200; ++i) v.push_back(i);
  EXPECT_EQ(nearest_rank(v, 15), 30);  // 0.15 * 200 = 30 exactly, not 31
  EXPECT_EQ(nearest_rank(v, 0), 1);    // k = max(1, 0)
  EXPECT_EQ(nearest_rank(v, 100), 200);
  EXPECT_EQ(nearest_rank({5.0}, 30), 5.0);
}

TEST(Classify, WeakDimensionsMostNegativeFirstAndIndicatief) {
  World w;
  for (const char* id : {"a", "b", "c"}) w.unit(id, "BU01060101");
  w.unit("d", "BU01060102");
  w.unit("e", "BU01060103");
  // buurt 01 is weak on won (z -0.75) and onv (z -0.645); the others are not.
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0, -0.1, 0, 0, -0.3});
  w.score(ScoreLevel::buurt, "BU01060102", 2022, {0, 0.3, 0, 0, 0.3});
  w.score(ScoreLevel::buurt, "BU01060103", 2022, {0, 0, 0, 0, 0});
  w.params.classification.min_units = 2;
  const auto r = w.run();
  const auto* b1 = find_area(r, w.stock, AreaLevel::buurt, "BU01060101");
  ASSERT_EQ(b1->weak.size(), 2u);
  EXPECT_EQ(b1->weak[0], Dim::won);
  EXPECT_EQ(b1->weak[1], Dim::onv);
  EXPECT_FALSE(b1->indicatief);
  EXPECT_TRUE(find_area(r, w.stock, AreaLevel::buurt, "BU01060102")->indicatief);
  // Only the classification level is classified.
  EXPECT_FALSE(find_area(r, w.stock, AreaLevel::wijk, "WK010601")->classified);
}

TEST(Classify, OtherClassificationLevels) {
  World w;
  w.unit("a", "BU01060101");
  w.unit("b", "BU00850101");
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {-1, 0, 0, 0, 0});
  w.score(ScoreLevel::buurt, "BU00850101", 2022, {1, 0, 0, 0, 0});
  w.params.classification.level = AreaLevel::gemeente;
  w.params.classification.min_units = 1;
  const auto r = w.run();
  EXPECT_EQ(*find_area(r, w.stock, AreaLevel::gemeente, "GM0106")->colour, Colour::orange);
  EXPECT_EQ(r.units[0].effort, Effort::PlusPlus);
  EXPECT_FALSE(find_area(r, w.stock, AreaLevel::buurt, "BU01060101")->classified);
}

TEST(Focus, GemeenteStrictlyBelowTheWorkAreaOnAStockDimension) {
  World w;
  w.unit("a", "BU01060101");
  w.unit("b", "BU00850101");
  w.unit("c", "BU17310101");
  w.unit("d", "BU17310102");
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {0, 0, 0, 0, -0.2});
  w.score(ScoreLevel::buurt, "BU00850101", 2022, {0, 0, 0, 0, 0.2});
  w.score(ScoreLevel::buurt, "BU17310101", 2022,
          {0, 0, 0, 0, -0.1});  // GM1731 mean 0 = work-area mean
  w.score(ScoreLevel::buurt, "BU17310102", 2022, {0, 0, 0, 0, 0.1});
  const auto r = w.run();
  ASSERT_EQ(r.gemeenten.size(), 3u);
  EXPECT_EQ(w.stock.gemeenten.code(r.gemeenten[0].gemeente), "GM0085");
  EXPECT_FALSE(r.gemeenten[0].focus);
  EXPECT_TRUE(r.gemeenten[1].focus);   // GM0106
  EXPECT_FALSE(r.gemeenten[2].focus);  // GM1731: equal is not below
}

}  // namespace leefbaar::testing
