// Deadline reminders with a controllable clock: an initiative's decision (due within 7 days, then
// overdue) mailed once to each wijk team member of the partnership, nothing for a decided
// initiative, and the mediation deadlines (intake, aftercare) going to the analisten when the
// wijk has no team.
#include "store/reminders.hpp"

#include <gtest/gtest.h>

#include <set>

#include "store/initiatives.hpp"
#include "store/wijkwerk_store.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

namespace {

class Reminders : public CampaignStore {
 protected:
  Reminders() {
    add_user(welzijn_, "team-welzijn@test.nl", "wijkteam", "WK010601");
    add_user(corporation_, "team-corporatie@test.nl", "wijkteam", "WK010601");
    add_user(welzijn_, "weg@test.nl", "wijkteam", "WK010601", /*disabled=*/true);
    add_user(outsider_, "elders@test.nl", "wijkteam", "WK010601");
    add_user(corporation_, "analist@test.nl", "analist");
    add_user(corporation_, "lezer@test.nl", "lezer", "WK010601");
  }

  // An initiative in Lariks-Noord that reaches its majority at `when` (decision 6 weeks later).
  std::int64_t supported_initiative(std::chrono::system_clock::time_point when) {
    const auto id = store::create_initiative(db_, 1, moestuin(), when, "team-welzijn@test.nl");
    for (int nr = 1; nr <= 6; ++nr)
      store::add_paper_support(db_, 1, id, store::parse_address("9406AB", std::to_string(nr)), when,
                               "team-welzijn@test.nl");
    EXPECT_TRUE(store::find_initiative(db_, 1, id, when)->supported);
    return id;
  }

  // The recipients of the outbox's mails since `from` (an index into the outbox).
  std::multiset<std::string> recipients(std::size_t from = 0) {
    std::multiset<std::string> out;
    const auto mails = store::list_outbox(db_);
    for (std::size_t i = from; i < mails.size(); ++i) out.insert(mails[i].recipient);
    return out;
  }
};

TEST_F(Reminders, TheWijkTeamGetsOneMailPerReminder) {
  const auto id = supported_initiative(at("2026-03-02"));  // decision due 2026-04-13
  EXPECT_EQ(store::run_reminders(db_, at("2026-04-01")), 0);
  EXPECT_TRUE(store::open_reminders(db_, 1, at("2026-04-01")).empty());

  EXPECT_EQ(store::run_reminders(db_, at("2026-04-07")), 2);
  EXPECT_EQ(recipients(),
            (std::multiset<std::string>{"team-corporatie@test.nl", "team-welzijn@test.nl"}));
  const auto first = store::list_outbox(db_);
  EXPECT_EQ(first[0].subject, "Herinnering: Moestuin");
  EXPECT_NE(first[0].body.find("13-4-2026"), std::string::npos);
  EXPECT_NE(first[0].body.find("/initiatieven/" + std::to_string(id)), std::string::npos);

  // Not twice: the same day, the next day.
  EXPECT_EQ(store::run_reminders(db_, at("2026-04-07")), 0);
  EXPECT_EQ(store::run_reminders(db_, at("2026-04-08")), 0);
  EXPECT_EQ(store::list_outbox(db_).size(), 2u);

  // Past the deadline: one more each, that it passed.
  EXPECT_EQ(store::run_reminders(db_, at("2026-04-14")), 2);
  const auto late = store::open_reminders(db_, 1, at("2026-04-14"));
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].code, "besluit_te_laat");
  EXPECT_TRUE(late[0].late);
  EXPECT_EQ(late[0].wijk_name, "Lariks");
  EXPECT_EQ(store::list_outbox(db_).back().subject, "Termijn verstreken: Moestuin");
  EXPECT_EQ(store::run_reminders(db_, at("2026-04-20")), 0);
  EXPECT_EQ(recipients(),
            (std::multiset<std::string>{"team-corporatie@test.nl", "team-corporatie@test.nl",
                                        "team-welzijn@test.nl", "team-welzijn@test.nl"}));
  // What each user was sent is remembered per user.
  const auto team = store::reminder_recipients(db_, 1, "WK010601");
  ASSERT_EQ(team.size(), 2u);
  EXPECT_EQ(store::reminders_mailed_to(db_, team[0].user_id).size(), 2u);
}

TEST_F(Reminders, NothingForADecidedInitiative) {
  const auto id = supported_initiative(at("2026-03-02"));
  store::Decision d;
  d.approve = true;
  d.pledges = {{welzijn_, "", 0, 10, ""}};
  store::decide_initiative(db_, 1, id, d, at("2026-04-01"), "team-welzijn@test.nl");
  EXPECT_EQ(store::run_reminders(db_, at("2026-04-10")), 0);
  EXPECT_EQ(store::run_reminders(db_, at("2026-05-10")), 0);
  EXPECT_TRUE(store::open_reminders(db_, 1, at("2026-05-10")).empty());
  EXPECT_TRUE(store::list_outbox(db_).empty());
}

TEST_F(Reminders, MediationDeadlinesGoToTheAnalistWhenTheWijkHasNoTeam) {
  store::MediationCase c;
  c.buurt_code = "BU01060201";  // Kloosterveen: no wijk team
  c.dispute = "geluid";
  c.reported_on = "2026-03-02";  // a Monday: intake due 2026-03-09
  const auto id = store::add_mediation_case(db_, 1, c, "analist@test.nl");
  const auto recipients_now = store::reminder_recipients(db_, 1, "WK010602");
  ASSERT_EQ(recipients_now.size(), 1u);
  EXPECT_EQ(recipients_now[0].email, "analist@test.nl");

  auto codes = [&](const std::string& day) {
    std::vector<std::string> out;
    for (const auto& r : store::open_reminders(db_, 1, at(day))) out.push_back(r.code);
    return out;
  };
  EXPECT_TRUE(codes("2026-03-04").empty());  // three working days ahead
  EXPECT_EQ(codes("2026-03-05"), std::vector<std::string>{"intake_binnenkort"});
  EXPECT_EQ(store::run_reminders(db_, at("2026-03-05")), 1);
  EXPECT_EQ(codes("2026-03-10"), std::vector<std::string>{"intake_te_laat"});
  EXPECT_EQ(store::run_reminders(db_, at("2026-03-10")), 1);
  EXPECT_EQ(store::run_reminders(db_, at("2026-03-11")), 0);

  auto steps = *store::find_mediation_case(db_, 1, id);
  steps.intake_on = "2026-03-10";
  steps.mediator_a = "M1";
  steps.mediator_b = "M2";
  steps.separate_talks_on = "2026-03-12";
  steps.joint_talk_on = "2026-03-16";
  steps.agreements_on = "2026-03-16";  // aftercare from 2026-03-30 to 2026-04-27
  store::update_mediation_case(db_, 1, id, steps);
  EXPECT_TRUE(codes("2026-03-20").empty());
  EXPECT_EQ(codes("2026-03-30"), std::vector<std::string>{"nazorg_open"});
  EXPECT_EQ(codes("2026-04-23"), std::vector<std::string>{"nazorg_sluit"});
  EXPECT_EQ(codes("2026-04-28"), std::vector<std::string>{"nazorg_te_laat"});
  for (const char* day : {"2026-03-30", "2026-04-01", "2026-04-23", "2026-04-28", "2026-05-01"})
    store::run_reminders(db_, at(day));
  EXPECT_EQ(recipients(),
            (std::multiset<std::string>{"analist@test.nl", "analist@test.nl", "analist@test.nl",
                                        "analist@test.nl", "analist@test.nl"}));

  // Aftercare done: no reminder any more.
  steps.aftercare_on = "2026-04-29";
  store::update_mediation_case(db_, 1, id, steps);
  EXPECT_TRUE(codes("2026-05-01").empty());
  // The wijk filter of the API: none in Lariks.
  EXPECT_TRUE(store::open_reminders(db_, 1, at("2026-03-10"), {"WK010601"}).empty());
}

}  // namespace

}  // namespace leefbaar::testing
