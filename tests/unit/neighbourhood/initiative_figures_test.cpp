// The figures of initiatives on their own: a wijk team's rows are its own wijken and its own total
// is their sum, so "8 + 7" per wijk sits next to 15, while the total stays the whole work area's.
#include "neighbourhood/initiative_figures.hpp"

#include <gtest/gtest.h>

namespace leefbaar::testing {
namespace {

using neighbourhood::Initiative;
using neighbourhood::InitiativeState;
using neighbourhood::SpendingEntry;

Initiative initiative(std::int64_t id, const std::string& wijk, InitiativeState state,
                      long long supports, long long pledged_cents) {
  Initiative i;
  i.id = id;
  i.type = "groen";
  i.area.wijk = wijk;
  i.area.wijk_name = "Wijk " + wijk;
  i.state = state;
  i.supports = supports;
  i.supported = supports > 0;
  if (pledged_cents) i.pledges.push_back({1, "Corporatie", pledged_cents, 2, ""});
  return i;
}

SpendingEntry spent(const std::string& wijk, long long cents, std::optional<std::int64_t> on) {
  SpendingEntry e;
  e.wijk_code = wijk;
  e.amount_cents = cents;
  e.initiative_id = on;
  return e;
}

// Three wijken: the team works in A and B, not in C.
struct Area {
  std::vector<Initiative> initiatives{
      initiative(1, "A", InitiativeState::open, 3, 0),
      initiative(2, "A", InitiativeState::approved, 5, 10'000),
      initiative(3, "B", InitiativeState::approved, 4, 20'000),
      initiative(4, "C", InitiativeState::refused, 1, 0),
      initiative(5, "C", InitiativeState::open, 0, 40'000),
  };
  // An amount without a wijk counts in the wijk of its initiative (3: B; 5: C).
  std::vector<SpendingEntry> spending{spent("A", 1'000, std::nullopt), spent("", 2'000, 3),
                                      spent("", 4'000, 5), spent("C", 8'000, std::nullopt)};
  std::vector<neighbourhood::AreaRef> buurten{{"BA", "Buurt A", "A", "Wijk A", "GM"},
                                              {"BB", "Buurt B", "B", "Wijk B", "GM"},
                                              {"BC", "Buurt C", "C", "Wijk C", "GM"}};
};

TEST(InitiativeFigures, AWijkTeamsOwnTotalIsTheSumOfItsWijken) {
  const Area area;
  const auto f = neighbourhood::initiative_figures(area.initiatives, area.spending, area.buurten,
                                                   std::vector<std::string>{"A", "B"});
  ASSERT_EQ(f.per_wijk.size(), 2u);
  EXPECT_EQ(f.per_wijk[0].code, "A");
  EXPECT_EQ(f.per_wijk[1].code, "B");
  ASSERT_TRUE(f.own_total);
  const auto& own = *f.own_total;
  EXPECT_EQ(own.code, "eigen");
  EXPECT_EQ(own.initiatives, f.per_wijk[0].initiatives + f.per_wijk[1].initiatives);
  EXPECT_EQ(own.initiatives, 3);
  EXPECT_EQ(own.supports, 12);
  EXPECT_EQ(own.supported, 3);
  EXPECT_EQ(own.pledged_cents, 30'000);
  EXPECT_EQ(own.pledged_hours, 4);
  EXPECT_EQ(own.spent_cents, 3'000);
  EXPECT_EQ(own.spent_on_initiatives_cents, 2'000);
  EXPECT_EQ(own.by_state.at("open"), 1);
  EXPECT_EQ(own.by_state.at("goedgekeurd"), 2);
  EXPECT_FALSE(own.by_state.count("afgewezen"));
  // The whole work area stays the total, wijk C included.
  EXPECT_EQ(f.total.initiatives, 5);
  EXPECT_EQ(f.total.spent_cents, 15'000);
  EXPECT_EQ(f.total.by_state.at("afgewezen"), 1);
}

TEST(InitiativeFigures, AWijkTeamWithoutInitiativesHasAnOwnTotalOfNothing) {
  const Area area;
  const auto f = neighbourhood::initiative_figures(area.initiatives, area.spending, area.buurten,
                                                   std::vector<std::string>{"D"});
  EXPECT_TRUE(f.per_wijk.empty());
  ASSERT_TRUE(f.own_total);
  EXPECT_EQ(f.own_total->initiatives, 0);
  EXPECT_EQ(f.own_total->spent_cents, 0);
  EXPECT_EQ(f.total.initiatives, 5);
}

TEST(InitiativeFigures, WithoutWijkenThereIsOneTotalAndTheWijkenAddUpToIt) {
  const Area area;
  const auto f =
      neighbourhood::initiative_figures(area.initiatives, area.spending, area.buurten, {});
  EXPECT_FALSE(f.own_total);
  ASSERT_EQ(f.per_wijk.size(), 3u);
  long long initiatives = 0, spent = 0;
  for (const auto& r : f.per_wijk) {
    initiatives += r.initiatives;
    spent += r.spent_cents;
  }
  EXPECT_EQ(initiatives, f.total.initiatives);
  EXPECT_EQ(spent, f.total.spent_cents);
}

}  // namespace
}  // namespace leefbaar::testing
