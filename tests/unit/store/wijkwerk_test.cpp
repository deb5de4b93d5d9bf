// The wijk work in the store: themes and profiles, activities with their CSV round trip and
// atomic import, one Christmas tree per street per year, mediation deadlines in working days (with
// a chosen "today"), figures, and physical works per year.
#include <gtest/gtest.h>

#include "report/record_table_io.hpp"
#include "store/record_exports.hpp"
#include "store/users.hpp"
#include "store/wijkwerk_store.hpp"
#include "support/errors.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

class Wijkwerk : public StoreTest {
 protected:
  Wijkwerk() {
    org_ = store::create_organisation(db_, "Actium", store::OrganisationKind::corporatie);
    db_.sql().exec(
        "INSERT INTO work_areas (organisation_id, name, created_at) VALUES (1, 'Drenthe', "
        "'2025-01-01T00:00:00Z')");
    wa_ = db_.sql().getLastInsertRowid();
  }
  neighbourhood::Activity activity(const std::string& date = "2025-03-14") {
    neighbourhood::Activity a;
    a.held_on = date;
    a.buurt_code = "BU01060101";
    a.type = "ontmoeting";
    a.title = "Koffieochtend";
    a.effort = "Plus";
    a.organisations = "welzijn";
    a.participants = 12;
    a.cost_cents = 4550;
    return a;
  }
  std::int64_t org_ = 0, wa_ = 0;
};

TEST_F(Wijkwerk, ProfilesKeepPrioritiesTeamAndMeetingPlaces) {
  const auto ontmoeten = store::add_theme(db_, wa_, "Ontmoeten").id;
  const auto gezond = store::add_theme(db_, wa_, " Gezondheid ");
  EXPECT_EQ(gezond.name, "Gezondheid");  // as stored, for the caller's audit entry
  EXPECT_EQ(field_error_of([&] { store::add_theme(db_, wa_, " Ontmoeten "); }), "name");
  neighbourhood::WijkProfile p;
  p.wijk_code = "WK010604";
  p.year = 2025;
  p.description = "Pittelo";
  p.focus = "extra";
  p.priorities = {gezond.id, ontmoeten};
  p.team = {{org_, "", "Anna B.", "wijkconsulent"}};
  p.meeting_places = {{"bic", "BIC Pittelo", "Pittelostraat 1", "2019-04-01", ""}};
  store::save_profile(db_, wa_, p, "a@b");
  p.description = "Pittelo, bijgewerkt";
  store::save_profile(db_, wa_, p, "a@b");  // replaces
  const auto all = store::list_profiles(db_, wa_);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].description, "Pittelo, bijgewerkt");
  EXPECT_EQ(all[0].priority_names, (std::vector<std::string>{"Gezondheid", "Ontmoeten"}));
  ASSERT_EQ(all[0].team.size(), 1u);
  EXPECT_EQ(all[0].team[0].organisation, "Actium");
  EXPECT_EQ(all[0].meeting_places[0].closed_on, "");

  p.focus = "veel";
  EXPECT_EQ(field_error_of([&] { store::save_profile(db_, wa_, p, "a@b"); }), "focus");
  p.focus = "basis";
  p.meeting_places[0].closed_on = "2018-01-01";
  EXPECT_EQ(field_error_of([&] { store::save_profile(db_, wa_, p, "a@b"); }),
            "meeting_places[0].closed_on");
  p.meeting_places.clear();
  p.priorities = {999};
  EXPECT_EQ(field_error_of([&] { store::save_profile(db_, wa_, p, "a@b"); }), "priorities");
}

TEST_F(Wijkwerk, ActivitiesValidateAndRoundTripThroughCsv) {
  const auto theme = store::add_theme(db_, wa_, "Ontmoeten").id;
  auto a = activity();
  a.theme_id = theme;
  a.title = " Koffieochtend ";
  const auto stored = store::add_activity(db_, wa_, a, "a@b");
  EXPECT_GT(stored.id, 0);
  EXPECT_EQ(stored.wijk_code, "WK010601");  // from the buurt
  EXPECT_EQ(stored.title, "Koffieochtend");
  auto bad = activity();
  bad.effort = "Veel";
  EXPECT_EQ(field_error_of([&] { store::add_activity(db_, wa_, bad, "a@b"); }), "effort");
  bad = activity("14-03-2025");
  EXPECT_EQ(field_error_of([&] { store::add_activity(db_, wa_, bad, "a@b"); }), "held_on");
  bad = activity();
  bad.buurt_code = "BU01";
  EXPECT_EQ(field_error_of([&] { store::add_activity(db_, wa_, bad, "a@b"); }), "buurt_code");

  const auto listed = store::list_activities(db_, wa_, "WK010601", 2025);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].wijk_code, "WK010601");  // from the buurt
  store::RecordFilter wijk_2025;
  wijk_2025.wijk = "WK010601";
  wijk_2025.year = 2025;
  const std::string csv = record_csv(store::export_records(
      db_, wa_, store::RecordKind::activities, wijk_2025, std::chrono::system_clock::now()));
  EXPECT_NE(csv.find("45,50"), std::string::npos) << csv;
  const auto checked = store::check_activities_csv(db_, wa_, csv);
  ASSERT_EQ(checked.size(), 1u);
  EXPECT_EQ(store::list_activities(db_, wa_).size(), 1u);  // the check writes nothing
  store::insert_activities(db_, wa_, checked, "a@b");
  EXPECT_EQ(store::list_activities(db_, wa_).size(), 2u);
  EXPECT_EQ(store::list_activities(db_, wa_)[1].theme, "Ontmoeten");
}

TEST_F(Wijkwerk, AnImportWithABadRowChangesNothingAndNamesRowAndColumn) {
  const std::string csv =
      "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n"
      "2023-05-01;WK010601;feest;Buurtfeest;Basis;welzijn;40;250,00\n"
      "2023-06-01;WK010601;feest;Zomerfeest;Heel veel;welzijn;40;250\n"
      "1-7-2023;WK010604;feest;Straatfeest;Plus;welzijn;veertig;100\n";
  try {
    store::check_activities_csv(db_, wa_, csv);
    FAIL() << "expected an import error";
  } catch (const neighbourhood::ActivityImportError& e) {
    ASSERT_EQ(e.problems().size(), 2u);
    EXPECT_EQ(e.problems()[0].row, 3);
    EXPECT_EQ(e.problems()[0].field, "inzet");
    EXPECT_EQ(e.problems()[1].row, 4);
    EXPECT_EQ(e.problems()[1].field, "deelnemers");
  }
  EXPECT_TRUE(store::list_activities(db_, wa_).empty());
  EXPECT_THROW(store::check_activities_csv(db_, wa_, "datum;titel\n2023-01-01;x\n"),
               neighbourhood::ActivityImportError);
}

TEST_F(Wijkwerk, OneChristmasTreePerStreetPerYear) {
  neighbourhood::TreeRequest t;
  t.street = "Dingspelstraat";
  t.buurt_code = "BU01060101";
  t.pickup_on = "2025-12-13";
  const auto first = store::request_christmas_tree(db_, wa_, 2025, t, "a@b");
  ASSERT_TRUE(first.made_campaign);  // the year's campaign, made on the way
  EXPECT_EQ(first.made_campaign->name, "Kerstbomenactie 2025");
  EXPECT_EQ(first.text, "Dingspelstraat");
  t.street = " dingspelstraat ";
  EXPECT_THROW(store::request_christmas_tree(db_, wa_, 2025, t, "a@b"), store::ConflictError);
  const auto next = store::request_christmas_tree(db_, wa_, 2026, t, "a@b");  // next year again
  EXPECT_EQ(next.text, "dingspelstraat");
  EXPECT_FALSE(store::request_christmas_tree(
                   db_, wa_, 2026, {0, "Lariksweg", "BU01060101", "", "", -1, "medewerker", ""},
                   "a@b")
                   .made_campaign);  // the campaign is there now
  const auto trees = store::list_tree_requests(db_, wa_, 2025);
  ASSERT_EQ(trees.size(), 1u);
  EXPECT_EQ(trees[0].contribution_cents, 2500);  // the campaign's contribution
  const auto campaigns = store::list_campaigns(db_, wa_, 2025);
  ASSERT_EQ(campaigns.size(), 1u);
  EXPECT_TRUE(neighbourhood::campaign_open(campaigns[0], "2025-11-20"));
  EXPECT_FALSE(neighbourhood::campaign_open(campaigns[0], "2025-12-20"));

  neighbourhood::SuperbuurNomination n;
  n.nominee = "Gerda";
  n.buurt_code = "BU01060401";
  n.motivation = "Kookt voor de buurman.";
  const auto id = store::nominate_superbuur(db_, wa_, 2025, n, "a@b").id;
  store::decide_superbuur(db_, wa_, id, "uitgereikt", "Kerstpakket");
  EXPECT_EQ(store::list_nominations(db_, wa_, 2025)[0].status, "uitgereikt");
  EXPECT_EQ(field_error_of([&] { store::decide_superbuur(db_, wa_, id, "misschien", ""); }),
            "status");
}

TEST_F(Wijkwerk, MediationDeadlinesFollowTheClock) {
  neighbourhood::MediationCase c;
  c.buurt_code = "BU01060101";
  c.dispute = "geluid";
  c.reported_on = "2025-03-14";  // a Friday: intake due Friday 21 March
  const auto id = store::add_mediation_case(db_, wa_, c, "a@b");
  auto stored = *store::find_mediation_case(db_, wa_, id);
  EXPECT_EQ(stored.case_number, "BB-2025-001");
  EXPECT_EQ(neighbourhood::intake_due(stored), "2025-03-21");
  EXPECT_TRUE(neighbourhood::mediation_warnings(stored, "2025-03-21").empty());
  const auto late = neighbourhood::mediation_warnings(stored, "2025-03-22");
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].code, "intake_te_laat");

  // Steps in order; talks need two mediators.
  stored.intake_on = "2025-03-20";
  stored.separate_talks_on = "2025-03-27";
  stored.mediator_a = "Bemiddelaar 1";
  EXPECT_EQ(field_error_of([&] { store::update_mediation_case(db_, wa_, id, stored); }),
            "mediator_b");
  stored.mediator_b = "Bemiddelaar 2";
  stored.joint_talk_on = "2025-03-25";
  EXPECT_EQ(field_error_of([&] { store::update_mediation_case(db_, wa_, id, stored); }),
            "joint_talk_on");
  stored.joint_talk_on = "2025-04-03";
  stored.agreements_on = "2025-04-03";
  stored.outcome = "opgelost";
  store::update_mediation_case(db_, wa_, id, stored);
  // Aftercare 2-6 weeks after the agreements: overdue after 15 May.
  EXPECT_TRUE(neighbourhood::mediation_warnings(stored, "2025-05-15").empty());
  ASSERT_EQ(neighbourhood::mediation_warnings(stored, "2025-05-16").size(), 1u);
  EXPECT_EQ(neighbourhood::mediation_warnings(stored, "2025-05-16")[0].code, "nazorg_te_laat");

  stored.outcome = "uitgesloten";
  EXPECT_EQ(field_error_of([&] { store::update_mediation_case(db_, wa_, id, stored); }),
            "exclusion_reason");
}

TEST_F(Wijkwerk, MediationFiguresPerWijk) {
  neighbourhood::MediationCase a;
  a.buurt_code = "BU01060101";
  a.dispute = "parkeren";
  a.reported_on = "2025-02-03";
  a.intake_on = "2025-02-05";
  store::add_mediation_case(db_, wa_, a, "a@b");
  neighbourhood::MediationCase b = a;
  b.intake_on = "2025-02-20";  // late
  b.outcome = "uitgesloten";
  b.exclusion_reason = "geweld";
  store::add_mediation_case(db_, wa_, b, "a@b");
  neighbourhood::MediationCase c;
  c.buurt_code = "BU01060401";
  c.dispute = "erfgrens";
  c.reported_on = "2025-06-02";
  store::add_mediation_case(db_, wa_, c, "a@b");
  const auto f = store::mediation_figures(db_, wa_, 2025, "2025-07-01");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].wijk_code, "WK010601");
  EXPECT_EQ(f[0].reported, 2);
  EXPECT_EQ(f[0].intake_on_time, 1);
  EXPECT_EQ(f[0].intake_late, 1);
  EXPECT_EQ(f[0].excluded, 1);
  EXPECT_EQ(f[0].overdue, 1);  // one mediator missing
  EXPECT_EQ(f[1].overdue, 1);  // intake overdue
  EXPECT_EQ(f[2].wijk_code, "totaal");
  EXPECT_EQ(f[2].reported, 3);
  EXPECT_TRUE(store::mediation_figures(db_, wa_, 2024, "2025-07-01").back().reported == 0);
  EXPECT_EQ(f[1].wijk_code, "WK010604");
  EXPECT_EQ(f[1].reported, 1);
}

TEST_F(Wijkwerk, WorksRunDuringTheirPeriod) {
  const auto flats = store::add_work(
      db_, wa_, {0, "renovatie", " Flats ", "BU01060401", "", "2024-03-01", "2025-06-30", ""},
      "a@b");
  EXPECT_GT(flats.id, 0);
  EXPECT_EQ(flats.title, "Flats");
  store::add_work(db_, wa_, {0, "sloop", "Sloop", "WK010601", "", "2026-01-05", "", ""}, "a@b");
  EXPECT_EQ(field_error_of([&] {
              store::add_work(db_, wa_,
                              {0, "sloop", "x", "WK010601", "", "2026-01-05", "2025-01-01", ""},
                              "a@b");
            }),
            "ends_on");
  EXPECT_EQ(store::list_works(db_, wa_, "", 2025).size(), 1u);
  EXPECT_EQ(store::list_works(db_, wa_, "WK010604", 2025)[0].wijk_code, "WK010604");
  EXPECT_EQ(store::list_works(db_, wa_, "", 2027).size(), 1u);  // open-ended
  // The store leaves the audit entries to the use cases (usecases/wijkwerk_audit_test.cpp).
  EXPECT_EQ(count("audit_log"), 0);
}

}  // namespace leefbaar::testing
