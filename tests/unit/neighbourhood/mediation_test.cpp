// Neighbour mediation along the CCV steps: the order of the steps, the deadlines and the figures,
// without a store.
#include "neighbourhood/mediation.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "support/errors.hpp"

namespace leefbaar::testing {
namespace {

using neighbourhood::MediationCase;

MediationCase reported(const std::string& on, const std::string& wijk = "WK010601") {
  MediationCase c;
  c.wijk_code = wijk;
  c.dispute = "geluid";
  c.reported_on = on;
  return c;
}

MediationCase with_agreements() {
  auto c = reported("2025-03-14");
  c.intake_on = "2025-03-20";
  c.mediator_a = " Bemiddelaar 1 ";
  c.mediator_b = "Bemiddelaar 2";
  c.separate_talks_on = "2025-03-27";
  c.joint_talk_on = "2025-04-03";
  c.agreements_on = "2025-04-03";
  return c;
}

TEST(MediationRules, EachStepFollowsTheOneBeforeIt) {
  auto c = with_agreements();
  EXPECT_EQ(field_error_of([&] { neighbourhood::check_case_steps(c); }), "");
  EXPECT_EQ(c.mediator_a, "Bemiddelaar 1");  // trimmed
  auto check = [](MediationCase x) {
    return field_error_of([&] { neighbourhood::check_case_steps(x); });
  };
  auto bad = with_agreements();
  bad.reported_on = "14-03-2025";
  EXPECT_EQ(check(bad), "reported_on");
  bad = with_agreements();
  bad.intake_on = "2025-03-13";  // before the report
  EXPECT_EQ(check(bad), "intake_on");
  bad = with_agreements();
  bad.intake_on = "";  // talks without an intake
  EXPECT_EQ(check(bad), "separate_talks_on");
  bad = with_agreements();
  bad.joint_talk_on = "2025-03-25";
  EXPECT_EQ(check(bad), "joint_talk_on");
  bad = with_agreements();
  bad.aftercare_on = "2025-04-02";
  EXPECT_EQ(check(bad), "aftercare_on");
  bad = with_agreements();
  bad.mediator_b = "";
  EXPECT_EQ(check(bad), "mediator_b");
  bad = with_agreements();
  bad.mediator_b = "Bemiddelaar 1";  // CCV: two different mediators
  EXPECT_EQ(check(bad), "mediator_b");
  bad = with_agreements();
  bad.mediator_a = std::string(61, 'x');
  EXPECT_EQ(check(bad), "mediator_a");
}

TEST(MediationRules, AnExclusionHasAReasonAndOnlyAnExclusionHasOne) {
  auto c = reported("2025-03-14");
  c.outcome = "uitgesloten";
  EXPECT_EQ(field_error_of([&] { neighbourhood::check_case_steps(c); }), "exclusion_reason");
  c.exclusion_reason = "geweld";
  EXPECT_EQ(field_error_of([&] { neighbourhood::check_case_steps(c); }), "");
  c.outcome = "opgelost";
  EXPECT_EQ(field_error_of([&] { neighbourhood::check_case_steps(c); }), "exclusion_reason");
  c.exclusion_reason = "";
  c.outcome = "misschien";
  EXPECT_EQ(field_error_of([&] { neighbourhood::check_case_steps(c); }), "outcome");
}

TEST(MediationRules, TheIntakeIsDueFiveWorkingDaysAfterTheReport) {
  const auto c = reported("2025-03-14");  // a Friday
  EXPECT_EQ(neighbourhood::intake_due(c), "2025-03-21");
  EXPECT_TRUE(neighbourhood::mediation_warnings(c, "2025-03-21").empty());
  const auto late = neighbourhood::mediation_warnings(c, "2025-03-22");
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].code, "intake_te_laat");
  EXPECT_EQ(late[0].due_on, "2025-03-21");
  // A case that was stopped or excluded has no deadlines.
  for (const char* ended : {"gestopt", "uitgesloten"}) {
    auto e = c;
    e.outcome = ended;
    EXPECT_TRUE(neighbourhood::mediation_warnings(e, "2026-01-01").empty()) << ended;
  }
}

TEST(MediationRules, TwoMediatorsAfterTheIntakeAndAftercareWithinSixWeeks) {
  auto c = reported("2025-03-14");
  c.intake_on = "2025-03-18";
  c.mediator_a = "A";
  const auto one = neighbourhood::mediation_warnings(c, "2025-03-19");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].code, "twee_bemiddelaars");
  auto done = with_agreements();
  done.mediator_a = "A";
  EXPECT_TRUE(neighbourhood::mediation_warnings(done, "2025-05-15").empty());
  const auto late = neighbourhood::mediation_warnings(done, "2025-05-16");
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].code, "nazorg_te_laat");
  EXPECT_EQ(late[0].due_on, "2025-05-15");
  done.aftercare_on = "2025-04-30";
  EXPECT_TRUE(neighbourhood::mediation_warnings(done, "2025-12-31").empty());
}

TEST(MediationRules, ACaseClosesOnItsLastStepOnceItHasAnOutcome) {
  auto c = with_agreements();
  EXPECT_EQ(neighbourhood::mediation_closed_on(c), "");
  c.outcome = "opgelost";
  EXPECT_EQ(neighbourhood::mediation_closed_on(c), "2025-04-03");
  c.aftercare_on = "2025-05-01";
  EXPECT_EQ(neighbourhood::mediation_closed_on(c), "2025-05-01");
  auto excluded = reported("2025-06-02");
  excluded.outcome = "uitgesloten";
  EXPECT_EQ(neighbourhood::mediation_closed_on(excluded), "2025-06-02");
}

TEST(MediationRules, FiguresPerWijkAddUpToTheTotal) {
  auto on_time = with_agreements();
  on_time.outcome = "opgelost";
  on_time.aftercare_on = "2025-04-30";
  auto late_intake = reported("2025-03-14", "WK010604");
  late_intake.intake_on = "2025-03-24";
  late_intake.mediator_a = "A";
  late_intake.mediator_b = "B";
  auto excluded = reported("2025-03-14", "WK010604");
  excluded.outcome = "uitgesloten";
  excluded.exclusion_reason = "geweld";
  auto waiting = reported("2025-05-01");  // no intake yet, and late by 1 June
  const auto figures =
      neighbourhood::mediation_figures({on_time, late_intake, excluded, waiting}, "2025-06-01");
  ASSERT_EQ(figures.size(), 3u);
  EXPECT_EQ(figures[0].wijk_code, "WK010601");
  EXPECT_EQ(figures[1].wijk_code, "WK010604");
  const auto& total = figures[2];
  EXPECT_EQ(total.wijk_code, "totaal");
  EXPECT_EQ(total.reported, 4);
  EXPECT_EQ(total.excluded, 1);
  EXPECT_EQ(total.intake_on_time, 1);
  EXPECT_EQ(total.intake_late, 1);
  EXPECT_EQ(total.solved, 1);
  EXPECT_EQ(total.running, 2);
  EXPECT_EQ(total.overdue, 1);  // the waiting case; the others have their steps in time
  EXPECT_EQ(figures[0].reported + figures[1].reported, total.reported);
  EXPECT_EQ(figures[0].running + figures[1].running, total.running);
  EXPECT_EQ(neighbourhood::mediation_figures({}, "2025-06-01").size(), 1u);
}

}  // namespace
}  // namespace leefbaar::testing
