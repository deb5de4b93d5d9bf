// The wijk team's rules without a store: area codes, who works in a wijk, the CSV of activities,
// the steps a form gives for a mediation case and the figures of a year.
#include "neighbourhood/wijkwerk.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "neighbourhood/mediation.hpp"
#include "neighbourhood/wijkwerk_campaigns.hpp"
#include "neighbourhood/wijkwerk_figures.hpp"

namespace leefbaar::testing {
namespace {

using namespace neighbourhood;

User user(Role role, std::vector<std::string> wijken = {}) {
  User u;
  u.email = "iemand@example.test";
  u.role = role;
  u.wijken = std::move(wijken);
  return u;
}

TEST(WijkwerkRules, CodesAreCbsCodesOfTheirLength) {
  EXPECT_TRUE(is_wijk_code("WK010601"));
  EXPECT_FALSE(is_wijk_code("WK01060"));
  EXPECT_FALSE(is_wijk_code("WK0106011"));
  EXPECT_FALSE(is_wijk_code("BU010601"));
  EXPECT_FALSE(is_wijk_code("WK0106A1"));
  EXPECT_TRUE(is_buurt_code("BU01060101"));
  EXPECT_FALSE(is_buurt_code("BU0106010"));
  EXPECT_FALSE(is_buurt_code("WK01060101"));
  EXPECT_FALSE(is_buurt_code(""));
}

TEST(WijkwerkRules, AWijkTeamWorksInItsOwnWijkenAndALezerNowhere) {
  EXPECT_TRUE(works_in(user(Role::beheerder), "WK010601"));
  EXPECT_TRUE(works_in(user(Role::analist), "WK010601"));
  EXPECT_TRUE(works_in(user(Role::wijkteam, {"WK010601"}), "WK010601"));
  EXPECT_FALSE(works_in(user(Role::wijkteam, {"WK010601"}), "WK010602"));
  EXPECT_FALSE(works_in(user(Role::lezer, {"WK010601"}), "WK010601"));
  try {
    require_wijk(user(Role::wijkteam, {"WK010601"}), "WK010602");
    FAIL() << "expected ForbiddenError";
  } catch (const ForbiddenError& e) {
    EXPECT_EQ(e.reason(), "forbidden");
    EXPECT_EQ(e.field(), "wijk_code");
  }
  EXPECT_NO_THROW(require_wijk(user(Role::analist), "WK010602"));
}

TEST(WijkwerkRules, TheStepsGivenReplaceOnlyTheirOwn) {
  MediationCase c;
  c.reported_on = "2025-01-06";
  c.intake_on = "2025-01-08";
  c.mediator_a = "An";
  MediationSteps steps;
  steps.mediator_b = "Bo";
  steps.intake_on = "";  // given empty: cleared
  apply_steps(steps, c);
  EXPECT_EQ(c.reported_on, "2025-01-06");
  EXPECT_EQ(c.intake_on, "");
  EXPECT_EQ(c.mediator_a, "An");
  EXPECT_EQ(c.mediator_b, "Bo");
}

TEST(WijkwerkRules, ActivityFiguresPerWijkAddUpToTheTotal) {
  std::vector<Activity> activities(3);
  activities[0].wijk_code = "WK010602";
  activities[0].effort = "Basis";
  activities[0].participants = 10;
  activities[0].cost_cents = 100;
  activities[1].wijk_code = "WK010601";
  activities[1].effort = "PlusPlus";
  activities[1].participants = 5;
  activities[2].wijk_code = "WK010602";
  activities[2].effort = "Plus";
  activities[2].cost_cents = 250;
  const auto f = activity_figures(activities);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].wijk_code, "WK010601");
  EXPECT_EQ(f[1].wijk_code, "WK010602");
  EXPECT_EQ(f[1].activities, 2);
  EXPECT_EQ(f[1].cost_cents, 350);
  EXPECT_EQ(f[1].basis + f[1].plus + f[1].plus_plus, 2);
  EXPECT_EQ(f[2].wijk_code, "totaal");
  EXPECT_EQ(f[2].activities, 3);
  EXPECT_EQ(f[2].participants, 15);
  EXPECT_EQ(f[2].plus_plus, 1);
  EXPECT_EQ(activity_figures({}).back().wijk_code, "totaal");
}

TEST(WijkwerkRules, CampaignFiguresCountChosenAndAwardedSuperburen) {
  std::vector<SuperbuurNomination> nominations(3);
  nominations[0].status = "gekozen";
  nominations[1].status = "uitgereikt";
  std::vector<Reporter> reporters(2);
  reporters[1].assignments.resize(3);
  const auto f = campaign_figures(std::vector<TreeRequest>(4), nominations, reporters);
  EXPECT_EQ(f.christmas_trees, 4);
  EXPECT_EQ(f.superbuur_nominations, 3);
  EXPECT_EQ(f.superburen_chosen, 2);
  EXPECT_EQ(f.reporters, 2);
  EXPECT_EQ(f.reporter_assignments, 3);
}

TEST(WijkwerkRules, ACampaignIsOpenFromItsFirstToItsLastDay) {
  Campaign c;
  c.opens_on = "2025-11-01";
  c.closes_on = "2025-12-08";
  EXPECT_FALSE(campaign_open(c, "2025-10-31"));
  EXPECT_TRUE(campaign_open(c, "2025-11-01"));
  EXPECT_TRUE(campaign_open(c, "2025-12-08"));
  EXPECT_FALSE(campaign_open(c, "2025-12-09"));
}

}  // namespace
}  // namespace leefbaar::testing
