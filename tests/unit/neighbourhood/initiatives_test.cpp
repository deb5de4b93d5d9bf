// The rules of resident initiatives on their own: the states, the majority rule for every share
// and household count, the steps between the states and who sees what.
#include "neighbourhood/initiatives.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>

#include "core/errors.hpp"

namespace leefbaar::testing {
namespace {

using neighbourhood::InitiativeState;
using neighbourhood::MajorityRule;
using neighbourhood::Sight;

TEST(InitiativeRules, EveryStateHasOneStoredNameAndBack) {
  for (const auto s : neighbourhood::kInitiativeStates)
    EXPECT_EQ(neighbourhood::parse_state(neighbourhood::state_text(s)), s);
  EXPECT_EQ(neighbourhood::state_text(InitiativeState::evaluated), "geevalueerd");
  EXPECT_EQ(neighbourhood::parse_state("goedgekeurd"), InitiativeState::approved);
  for (const char* bad : {"", "Open", "goedgekeurd ", "geëvalueerd", "approved"})
    EXPECT_FALSE(neighbourhood::parse_state(bad)) << bad;
  EXPECT_FALSE(neighbourhood::is_decided(InitiativeState::open));
  EXPECT_FALSE(neighbourhood::is_decided(InitiativeState::unconfirmed));
  EXPECT_TRUE(neighbourhood::is_decided(InitiativeState::refused));
  EXPECT_TRUE(neighbourhood::is_decided(InitiativeState::evaluated));
}

// The rule is "more than share x households": checked against the definition for every count up
// to 400 households and a range of shares, so needed and is_majority can never disagree.
TEST(InitiativeRules, TheMajorityIsMoreThanTheShareOfTheHouseholds) {
  for (const double share : {0.5, 0.25, 0.3, 1.0 / 3.0, 0.6, 2.0 / 3.0, 0.75, 0.99, 0.01}) {
    const MajorityRule rule{share, 6};
    for (long long households = 0; households <= 400; ++households) {
      const long long needed = neighbourhood::supports_needed(households, rule);
      EXPECT_GT(static_cast<double>(needed), share * static_cast<double>(households));
      EXPECT_LE(static_cast<double>(needed - 1), share * static_cast<double>(households));
      for (long long supports = std::max(0LL, needed - 2); supports <= needed + 1; ++supports)
        EXPECT_EQ(neighbourhood::is_majority(supports, households, rule), supports >= needed)
            << share << " " << households << " " << supports;
    }
  }
  const MajorityRule half;
  EXPECT_EQ(neighbourhood::supports_needed(10, half), 6);  // 5 of 10 is half, not more
  EXPECT_EQ(neighbourhood::supports_needed(11, half), 6);
  EXPECT_EQ(neighbourhood::supports_needed(1, half), 1);
  EXPECT_EQ(neighbourhood::supports_needed(0, half), 1);
}

TEST(InitiativeRules, TheRuleKeepsItsShareAndWeeksInBounds) {
  EXPECT_NO_THROW(neighbourhood::check_rule({0.5, 6}));
  EXPECT_NO_THROW(neighbourhood::check_rule({0.01, 1}));
  EXPECT_NO_THROW(neighbourhood::check_rule({0.99, 52}));
  const auto field_of = [](MajorityRule r) {
    try {
      neighbourhood::check_rule(r);
    } catch (const FieldError& e) {
      return e.field();
    }
    return std::string("none");
  };
  for (const double share : {0.0, 1.0, -0.5, 1.5, std::nan("")})
    EXPECT_EQ(field_of({share, 6}), "majority_share") << share;
  for (const int weeks : {0, -1, 53, 1000}) EXPECT_EQ(field_of({0.5, weeks}), "decision_weeks");
}

TEST(InitiativeRules, TheDecisionIsDueWeeksAfterTheMajorityAndLateOnlyWhileOpen) {
  using namespace std::chrono;
  const sys_days majority{year{2025} / March / 3};
  EXPECT_EQ(neighbourhood::decision_due(majority, {0.5, 6}), majority + days(42));
  EXPECT_EQ(neighbourhood::decision_due(majority, {0.5, 1}), majority + days(7));
  const std::string due = "2025-04-14T09:00:00Z";
  EXPECT_FALSE(neighbourhood::is_overdue(InitiativeState::open, due, "2025-04-14T08:59:59Z"));
  EXPECT_TRUE(neighbourhood::is_overdue(InitiativeState::open, due, "2025-04-14T09:00:01Z"));
  EXPECT_FALSE(neighbourhood::is_overdue(InitiativeState::open, "", "2030-01-01T00:00:00Z"));
  for (const auto s : {InitiativeState::approved, InitiativeState::refused,
                       InitiativeState::realised, InitiativeState::unconfirmed})
    EXPECT_FALSE(neighbourhood::is_overdue(s, due, "2030-01-01T00:00:00Z"));
}

TEST(InitiativeRules, OnlyAnOpenInitiativeIsDecidedAndApprovalNeedsTheMajority) {
  EXPECT_NO_THROW(neighbourhood::check_decision(InitiativeState::open, true, 6, 6));
  EXPECT_NO_THROW(neighbourhood::check_decision(InitiativeState::open, false, 0, 6));
  try {
    neighbourhood::check_decision(InitiativeState::open, true, 5, 6);
    FAIL() << "approved without a majority";
  } catch (const FieldError& e) {
    EXPECT_EQ(e.field(), "decision");
    EXPECT_NE(std::string(e.what()).find("nodig zijn 6 steunbetuigingen, er zijn er 5"),
              std::string::npos);
  }
  for (const auto s : neighbourhood::kInitiativeStates) {
    if (s == InitiativeState::open) continue;
    EXPECT_THROW(neighbourhood::check_decision(s, false, 10, 6), ConflictError);
    EXPECT_THROW(neighbourhood::check_decision(s, true, 10, 6), ConflictError);
  }
}

TEST(InitiativeRules, RealisationFollowsApprovalAndEvaluationFollowsRealisation) {
  for (const auto from : neighbourhood::kInitiativeStates)
    for (const auto to : neighbourhood::kInitiativeStates) {
      const bool allowed = (from == InitiativeState::approved && to == InitiativeState::realised) ||
                           (from == InitiativeState::realised && to == InitiativeState::evaluated);
      const bool target = to == InitiativeState::realised || to == InitiativeState::evaluated;
      if (allowed)
        EXPECT_NO_THROW(neighbourhood::check_advance(from, to));
      else if (target)
        EXPECT_THROW(neighbourhood::check_advance(from, to), ConflictError);
      else
        EXPECT_THROW(neighbourhood::check_advance(from, to), FieldError);
    }
}

User user(Role role, std::vector<std::string> wijken = {}) {
  User u;
  u.role = role;
  u.wijken = std::move(wijken);
  return u;
}

TEST(InitiativeRules, StaffSeeAllAWijkTeamItsWijkenAndOthersWhatThePortalShows) {
  const std::string wijk = "WK010601";
  for (const auto s : neighbourhood::kInitiativeStates) {
    const bool confirmed = s != InitiativeState::unconfirmed;
    const Sight outside = !confirmed                    ? Sight::none
                          : neighbourhood::is_public(s) ? Sight::public_
                                                        : Sight::none;
    const Sight staff = confirmed ? Sight::full : Sight::none;
    EXPECT_EQ(neighbourhood::initiative_sight(user(Role::beheerder), s, wijk), staff);
    EXPECT_EQ(neighbourhood::initiative_sight(user(Role::analist), s, wijk), staff);
    EXPECT_EQ(neighbourhood::initiative_sight(user(Role::wijkteam, {wijk}), s, wijk), staff);
    EXPECT_EQ(neighbourhood::initiative_sight(user(Role::wijkteam, {"WK010604"}), s, wijk),
              outside);
    EXPECT_EQ(neighbourhood::initiative_sight(user(Role::lezer, {wijk}), s, wijk), outside);
  }
  EXPECT_TRUE(neighbourhood::is_public(InitiativeState::open));
  EXPECT_TRUE(neighbourhood::is_public(InitiativeState::approved));
  EXPECT_FALSE(neighbourhood::is_public(InitiativeState::refused));
  EXPECT_FALSE(neighbourhood::is_public(InitiativeState::unconfirmed));
}

}  // namespace
}  // namespace leefbaar::testing
