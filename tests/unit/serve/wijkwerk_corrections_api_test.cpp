// Corrections of the wijk team's records (issue 11 points 7 and 10): an activity, a physical work
// and a wijk profile changed and removed through the API, scoped as adding is (wijkteam in its own
// wijken only, lezer never, another organisation's id not found), bad values refused in Dutch,
// an activity the spending ledger names kept (409), and every change audited with the record
// before it. The Wijkwerk page opens on the current year.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "store/settings.hpp"
#include "store/users.hpp"
#include "store/wijkwerk_store.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

using nlohmann::json;

class WijkwerkCorrectionsApi : public DemoServerTest {
 protected:
  static json activity(const std::string& wijk, const std::string& title) {
    return {{"held_on", "2026-03-02"}, {"wijk_code", wijk}, {"type", "ontmoeting"},
            {"title", title},          {"effort", "Plus"},  {"organisations", "welzijn"},
            {"participants", 14},      {"cost", "45,50"},   {"result", "Goed"}};
  }
  std::string added(const Login& who, const std::string& path, const json& body) {
    return std::to_string(post_json(path, who, body, 201)["id"].get<std::int64_t>());
  }
  json remove(const std::string& path, const Login& who, int status) {
    return call("DELETE", path, &who, nullptr, status);
  }
  // The detail of the newest audit entry of the subject, as JSON.
  json audit_of(const std::string& subject, const std::string& action) {
    store::Database db(store_file());
    const auto detail =
        db.query("SELECT detail FROM audit_log WHERE subject = ? AND action = ? ORDER BY id DESC")
            .bind(subject, action)
            .first([](const store::Row& r) { return r.text("detail"); });
    EXPECT_TRUE(detail) << subject << " " << action;
    return detail ? json::parse(*detail) : json();
  }
};

TEST_F(WijkwerkCorrectionsApi, AnActivityIsChangedAndRemovedWithItsHistory) {
  const auto wijkteam = log_in("wijkteam");
  const std::string id =
      added(wijkteam, "/api/v1/wijkwerk/activiteiten", activity("WK010601", "Koffie"));
  const std::string path = "/api/v1/wijkwerk/activiteiten/" + id;
  auto changed = activity("WK010604", "Koffie en thee");
  changed["cost"] = "12,25";
  post_json(path, wijkteam, changed);
  const auto listed = get_json("/api/v1/wijkwerk/activiteiten?wijk=WK010604&year=2026", wijkteam);
  const auto it =
      std::find_if(listed["activities"].begin(), listed["activities"].end(),
                   [&](const json& a) { return std::to_string(a["id"].get<long long>()) == id; });
  ASSERT_NE(it, listed["activities"].end());
  EXPECT_EQ((*it)["title"], "Koffie en thee");
  EXPECT_DOUBLE_EQ((*it)["cost"].get<double>(), 12.25);
  const auto update = audit_of("wijk_activity/" + id, "update");
  EXPECT_EQ(update["voor"]["title"], "Koffie");
  EXPECT_EQ(update["voor"]["cost_cents"], 4550);
  EXPECT_EQ(update["voor"]["wijk_code"], "WK010601");
  EXPECT_EQ(update["na"]["title"], "Koffie en thee");

  remove(path, wijkteam, 204);
  EXPECT_EQ(count("wijk_activities", "id = " + id), 0);
  EXPECT_EQ(audit_of("wijk_activity/" + id, "delete")["voor"]["title"], "Koffie en thee");
  remove(path, wijkteam, 404);
  post_json(path, wijkteam, changed, 404);
}

TEST_F(WijkwerkCorrectionsApi, OnlyThoseWhoWorkInTheWijkCorrect) {
  const auto wijkteam = log_in("wijkteam"), analist = log_in("analist"), lezer = log_in("lezer");
  // An activity in a wijk the team does not work in (WK010600): the team may neither change it
  // nor move its own activity there.
  const std::string other =
      added(analist, "/api/v1/wijkwerk/activiteiten", activity("WK010600", "Elders"));
  post_json("/api/v1/wijkwerk/activiteiten/" + other, wijkteam, activity("WK010601", "Mijn"), 403);
  remove("/api/v1/wijkwerk/activiteiten/" + other, wijkteam, 403);
  const std::string mine =
      added(wijkteam, "/api/v1/wijkwerk/activiteiten", activity("WK010601", "Mijn"));
  EXPECT_EQ(post_json("/api/v1/wijkwerk/activiteiten/" + mine, wijkteam,
                      activity("WK010600", "Weg"), 403)["code"],
            "forbidden");
  post_json("/api/v1/wijkwerk/activiteiten/" + mine, lezer, activity("WK010601", "x"), 403);
  remove("/api/v1/wijkwerk/activiteiten/" + mine, lezer, 403);
  EXPECT_EQ(count("wijk_activities", "id IN (" + other + ", " + mine + ")"), 2);
  // The same for works.
  const json work = {{"kind", "sloop"},
                     {"title", "Sloop"},
                     {"area_code", "WK010600"},
                     {"starts_on", "2026-01-05"}};
  const std::string w = added(analist, "/api/v1/wijkwerk/werken", work);
  post_json("/api/v1/wijkwerk/werken/" + w, wijkteam, work, 403);
  remove("/api/v1/wijkwerk/werken/" + w, wijkteam, 403);
  remove("/api/v1/wijkwerk/werken/" + w, lezer, 403);
  remove("/api/v1/wijkwerk/werken/" + w, analist, 204);
}

TEST_F(WijkwerkCorrectionsApi, AnotherOrganisationsRecordsAreNotFound) {
  std::int64_t activity_id = 0, work_id = 0, profile_id = 0;
  {
    store::Database db(store_file());
    const auto organisation =
        store::create_organisation(db, "Woonstichting Elders", store::OrganisationKind::corporatie);
    const auto wa = store::create_work_area(db, organisation, "Elders");
    neighbourhood::Activity a;
    a.held_on = "2026-01-10";
    a.wijk_code = "WK010601";
    a.type = "feest";
    a.title = "Van elders";
    a.effort = "Basis";
    a.organisations = "welzijn";
    activity_id = store::add_activity(db, wa.id, a, "x@elders.test").id;
    neighbourhood::PhysicalWork w{0, "sloop", "Van elders", "WK010601", "", "2026-01-01", "", ""};
    work_id = store::add_work(db, wa.id, w, "x@elders.test").id;
    neighbourhood::WijkProfile p;
    p.wijk_code = "WK010601";
    p.year = 2026;
    p.description = "Van elders";
    p.focus = "basis";
    profile_id = store::save_profile(db, wa.id, p, "x@elders.test");
  }
  const auto beheerder = log_in("beheerder");
  const auto a = std::to_string(activity_id), w = std::to_string(work_id);
  post_json("/api/v1/wijkwerk/activiteiten/" + a, beheerder, activity("WK010601", "Mijn"), 404);
  remove("/api/v1/wijkwerk/activiteiten/" + a, beheerder, 404);
  post_json(
      "/api/v1/wijkwerk/werken/" + w, beheerder,
      {{"kind", "sloop"}, {"title", "x"}, {"area_code", "WK010601"}, {"starts_on", "2026-01-01"}},
      404);
  remove("/api/v1/wijkwerk/werken/" + w, beheerder, 404);
  remove("/api/v1/wijkwerk/profielen/" + std::to_string(profile_id), beheerder, 404);
  remove("/api/v1/wijkwerk/activiteiten/abc", beheerder, 404);
  EXPECT_EQ(count("wijk_activities", "id = " + a), 1);
  EXPECT_EQ(count("wijk_works", "id = " + w), 1);
  EXPECT_EQ(count("wijk_profiles", "id = " + std::to_string(profile_id)), 1);
}

TEST_F(WijkwerkCorrectionsApi, BadValuesAreRefusedInDutch) {
  const auto analist = log_in("analist");
  const std::string path =
      "/api/v1/wijkwerk/activiteiten/" +
      added(analist, "/api/v1/wijkwerk/activiteiten", activity("WK010601", "K"));
  auto bad = activity("WK010601", "K");
  bad["held_on"] = "2-3-2026";
  auto answer = post_json(path, analist, bad, 422);
  EXPECT_EQ(answer["field"], "held_on");
  EXPECT_EQ(answer["message"], "Geef de datum als JJJJ-MM-DD.");
  bad = activity("WK010601", std::string(201, 'x'));
  EXPECT_EQ(post_json(path, analist, bad, 422)["field"], "title");
  bad = activity("WK010601", "K");
  bad["cost"] = "-3";
  EXPECT_EQ(post_json(path, analist, bad, 422)["field"], "cost");
  bad = activity("WK010601", "K");
  bad["buurt_code"] = "BU99999999";  // not a buurt of the work area
  EXPECT_EQ(post_json(path, analist, bad, 422)["field"], "buurt_code");
  const std::string work = "/api/v1/wijkwerk/werken/1";
  answer = post_json(work, analist,
                     {{"kind", "sloop"},
                      {"title", "x"},
                      {"area_code", "WK010601"},
                      {"starts_on", "2026-02-01"},
                      {"ends_on", "2026-01-01"}},
                     422);
  EXPECT_EQ(answer["field"], "ends_on");
  EXPECT_EQ(answer["message"], "De einddatum ligt voor de startdatum.");
}

TEST_F(WijkwerkCorrectionsApi, AnActivityTheLedgerNamesStays) {
  const auto analist = log_in("analist");
  const std::string id =
      added(analist, "/api/v1/wijkwerk/activiteiten", activity("WK010601", "Burendag Lariks"));
  post_json("/api/v1/uitgaven", analist,
            {{"spent_on", "2026-03-01"},
             {"gemeente", "GM0106"},
             {"organisation_id", 3},
             {"amount", 100},
             {"activity_ref", "Burendag Lariks"}},
            201);
  const auto refused = remove("/api/v1/wijkwerk/activiteiten/" + id, analist, 409);
  EXPECT_NE(refused["message"].get<std::string>().find("uitgavenboek"), std::string::npos);
  EXPECT_EQ(count("wijk_activities", "id = " + id), 1);
}

TEST_F(WijkwerkCorrectionsApi, WorksAndProfilesAreCorrectedWithTheirHistory) {
  const auto wijkteam = log_in("wijkteam");
  json work = {{"kind", "sloop"},
               {"title", "Sloop flat"},
               {"area_code", "BU01060101"},
               {"starts_on", "2026-01-05"}};
  const std::string w = added(wijkteam, "/api/v1/wijkwerk/werken", work);
  work["title"] = "Sloop flats";
  work["ends_on"] = "2026-06-30";
  post_json("/api/v1/wijkwerk/werken/" + w, wijkteam, work);
  const auto update = audit_of("wijk_work/" + w, "update");
  EXPECT_EQ(update["voor"]["title"], "Sloop flat");
  EXPECT_EQ(update["na"]["ends_on"], "2026-06-30");
  remove("/api/v1/wijkwerk/werken/" + w, wijkteam, 204);
  EXPECT_EQ(audit_of("wijk_work/" + w, "delete")["voor"]["title"], "Sloop flats");

  // A profile: a team member changed and a meeting place removed are named in the audit entry.
  json profile = {
      {"wijk_code", "WK010601"},
      {"year", 2026},
      {"description", "Lariks"},
      {"focus", "extra"},
      {"team", {{{"organisation_id", 3}, {"name", "An"}, {"team_role", "wijkconsulent"}}}},
      {"meeting_places",
       {{{"kind", "buurthuis"}, {"name", "De Schakel"}, {"address", "Lariks 1"}}}}};
  const auto p = std::to_string(
      post_json("/api/v1/wijkwerk/profielen", wijkteam, profile)["id"].get<std::int64_t>());
  profile["team"][0]["team_role"] = "opbouwwerker";
  profile["meeting_places"] = json::array();
  post_json("/api/v1/wijkwerk/profielen", wijkteam, profile);
  const auto saved = audit_of("wijk_profile/" + p, "save");
  EXPECT_EQ(saved["voor"]["team"][0]["team_role"], "wijkconsulent");
  EXPECT_EQ(saved["wijziging"],
            "teamlid gewijzigd: An (wijkconsulent); plek verwijderd: De Schakel");
  remove("/api/v1/wijkwerk/profielen/" + p, log_in("lezer"), 403);
  remove("/api/v1/wijkwerk/profielen/" + p, wijkteam, 204);
  EXPECT_EQ(count("wijk_profiles", "id = " + p), 0);
  EXPECT_EQ(count("wijk_team_members", "profile_id = " + p), 0);
  EXPECT_EQ(audit_of("wijk_profile/" + p, "delete")["voor"]["team"][0]["name"], "An");
}

TEST_F(WijkwerkCorrectionsApi, ThePageOpensOnTheCurrentYear) {
  // The demo's day is 2 March 2026; its records are of 2025.
  EXPECT_EQ(get_json("/api/v1/wijkwerk", log_in("lezer"))["default_year"], 2026);
}

}  // namespace

}  // namespace leefbaar::testing
