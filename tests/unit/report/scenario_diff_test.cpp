// What differs between two scenarios: the settings (the name does not count, the weights by member)
// and the buurten that change colour, also when a scenario classifies per wijk (a buurt takes its
// wijk's colour) or per complex (no buurt colours: not comparable).
#include "report/scenario_diff.hpp"

#include <gtest/gtest.h>

namespace leefbaar::testing {

namespace {

// Three buurten: two in wijk W1, one in W2.
CoupledStock three_buurten() {
  CoupledStock stock;
  stock.buurten.intern("BU03", "Derde");
  stock.buurten.intern("BU01", "Eerste");
  stock.buurten.intern("BU02", "Tweede");
  stock.wijken.intern("WK1", "Een");
  stock.wijken.intern("WK2", "Twee");
  stock.wijk_of_buurt = {1, 0, 0};
  stock.gemeente_of_buurt = {-1, -1, -1};
  return stock;
}

AreaResult area(AreaLevel level, std::int32_t index, std::optional<Colour> colour) {
  AreaResult a;
  a.level = level;
  a.index = index;
  a.classified = colour.has_value();
  a.colour = colour;
  if (colour) a.effort = effort_for(*colour);
  return a;
}

ProgrammeResult buurt_result(std::optional<Colour> c0, std::optional<Colour> c1,
                             std::optional<Colour> c2) {
  ProgrammeResult r;
  r.areas = {area(AreaLevel::buurt, 0, c0), area(AreaLevel::buurt, 1, c1),
             area(AreaLevel::buurt, 2, c2)};
  return r;
}

}  // namespace

TEST(ScenarioDiff, SettingsThatDifferByKeyWithoutTheName) {
  ProgrammeParams a;
  a.name = "A";
  a.edition = 2022;
  ProgrammeParams b = a;
  b.name = "B";
  EXPECT_TRUE(param_changes(a, b).empty()) << "only the name differs";

  b.classification.yellow = -0.25;
  b.budget.weights[1] = 3;
  b.classification.stock_dimensions = {Dim::fys, Dim::won};
  const auto changes = param_changes(a, b);
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].key, "stock_dimensions");
  EXPECT_EQ(changes[0].a, nlohmann::json::array({"won"}));
  EXPECT_EQ(changes[0].b, nlohmann::json::array({"fys", "won"}));
  EXPECT_EQ(changes[1].key, "weights.plus");
  EXPECT_EQ(changes[1].a, 2.0);
  EXPECT_EQ(changes[1].b, 3.0);
  EXPECT_EQ(changes[2].key, "yellow");
  EXPECT_EQ(changes[2].b, -0.25);
}

TEST(ScenarioDiff, BuurtenThatChangeColourWithCountsPerChange) {
  const auto stock = three_buurten();
  const auto a = buurt_result(Colour::yellow, Colour::yellow, Colour::green);
  const auto b = buurt_result(Colour::orange, Colour::orange, Colour::green);
  const auto diff = buurt_diff(stock, a, AreaLevel::buurt, b, AreaLevel::buurt);
  ASSERT_TRUE(diff.comparable);
  ASSERT_EQ(diff.changes.size(), 2u);
  EXPECT_EQ(stock.buurten.code(diff.changes[0].buurt), "BU01") << "sorted by code";
  EXPECT_EQ(stock.buurten.code(diff.changes[1].buurt), "BU03");
  EXPECT_EQ(diff.changes[0].a.effort, Effort::Plus);
  EXPECT_EQ(diff.changes[0].b.effort, Effort::PlusPlus);
  ASSERT_EQ(diff.counts.size(), 1u);
  EXPECT_EQ(diff.counts[0].from, Colour::yellow);
  EXPECT_EQ(diff.counts[0].to, Colour::orange);
  EXPECT_EQ(diff.counts[0].buurten, 2);

  EXPECT_TRUE(buurt_diff(stock, a, AreaLevel::buurt, a, AreaLevel::buurt).changes.empty());
}

TEST(ScenarioDiff, ABuurtWithoutColourInOneScenarioChanges) {
  const auto stock = three_buurten();
  const auto a = buurt_result(Colour::green, std::nullopt, Colour::green);
  const auto b = buurt_result(Colour::green, Colour::yellow, Colour::green);
  const auto diff = buurt_diff(stock, a, AreaLevel::buurt, b, AreaLevel::buurt);
  ASSERT_EQ(diff.changes.size(), 1u);
  EXPECT_EQ(stock.buurten.code(diff.changes[0].buurt), "BU01");
  EXPECT_FALSE(diff.changes[0].a.colour.has_value());
  ASSERT_EQ(diff.counts.size(), 1u);
  EXPECT_FALSE(diff.counts[0].from.has_value());
}

TEST(ScenarioDiff, PerWijkABuurtTakesItsWijksColour) {
  const auto stock = three_buurten();
  ProgrammeResult per_wijk;
  per_wijk.areas = {area(AreaLevel::buurt, 0, std::nullopt),
                    area(AreaLevel::wijk, 0, Colour::orange),
                    area(AreaLevel::wijk, 1, Colour::green)};
  per_wijk.areas[0].classified = false;
  const auto colours = buurt_colours(stock, per_wijk, AreaLevel::wijk);
  ASSERT_EQ(colours.size(), 3u);
  EXPECT_EQ(colours[0].colour, Colour::green) << "BU03 lies in WK2";
  EXPECT_EQ(colours[1].colour, Colour::orange);
  EXPECT_EQ(colours[2].colour, Colour::orange);

  const auto per_buurt = buurt_result(Colour::green, Colour::orange, Colour::yellow);
  const auto diff = buurt_diff(stock, per_buurt, AreaLevel::buurt, per_wijk, AreaLevel::wijk);
  ASSERT_EQ(diff.changes.size(), 1u);
  EXPECT_EQ(stock.buurten.code(diff.changes[0].buurt), "BU02");
  EXPECT_EQ(diff.counts[0].from, Colour::yellow);
  EXPECT_EQ(diff.counts[0].to, Colour::orange);
}

TEST(ScenarioDiff, PerComplexIsNotComparable) {
  const auto stock = three_buurten();
  const auto a = buurt_result(Colour::green, Colour::green, Colour::green);
  const auto diff = buurt_diff(stock, a, AreaLevel::buurt, ProgrammeResult{}, AreaLevel::complex);
  EXPECT_FALSE(diff.comparable);
  EXPECT_TRUE(diff.changes.empty());
  EXPECT_TRUE(buurt_colours(stock, a, AreaLevel::complex).empty());
}

}  // namespace leefbaar::testing
