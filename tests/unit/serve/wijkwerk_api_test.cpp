// The wijk work's API over the demo work area: roles (wijkteam only in its own wijken, lezer sees
// counts of mediation, not cases), validation naming the field, one Christmas tree per street,
// mediation deadlines against the app's clock, CSV export and import, the timeline, and example
// bodies for every wijkwerk route (those the route walk in app_test.cpp needs).
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "demo/demo.hpp"
#include "serve/app.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

std::chrono::system_clock::time_point day(int y, unsigned m, unsigned d) {
  return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
         10h;
}

class WijkwerkApi : public DemoServerTest {
 protected:
  void SetUp() override {
    set_now(day(2025, 12, 1));
    DemoServerTest::SetUp();
  }

  static nlohmann::json activity(const std::string& wijk) {
    return {{"held_on", "2025-11-20"}, {"wijk_code", wijk}, {"type", "ontmoeting"},
            {"title", "Koffie"},       {"effort", "Plus"},  {"organisations", "welzijn"},
            {"participants", 14},      {"cost", "35,50"},   {"result", "Goed"}};
  }
};

TEST_F(WijkwerkApi, DemoHasAYearOfWorkInEveryWijk) {
  const auto lezer = log_in("lezer");
  const auto overview = get_json("/api/v1/wijkwerk", lezer);
  EXPECT_EQ(overview["default_year"], 2025);
  EXPECT_FALSE(overview["may_see_cases"].get<bool>());
  EXPECT_EQ(get_json("/api/v1/wijkwerk/profielen?year=2025", lezer)["profiles"].size(), 9u);
  const auto activities = get_json("/api/v1/wijkwerk/activiteiten?year=2025", lezer)["activities"];
  EXPECT_GE(activities.size(), 75u);
  EXPECT_LE(activities.size(), 90u);
  const auto figures = get_json("/api/v1/wijkwerk/cijfers?year=2025", lezer);
  EXPECT_EQ(figures["mediation"].back()["reported"], 15);
  EXPECT_GT(figures["mediation"].back()["overdue"].get<int>(), 0);
  EXPECT_GE(figures["campaigns"]["christmas_trees"].get<int>(), 30);
  EXPECT_GT(get_json("/api/v1/wijkwerk/werken?wijk=WK010604", lezer)["works"].size(), 0u);
}

TEST_F(WijkwerkApi, WijkteamWorksInItsOwnWijkenOnly) {
  const auto wijkteam = log_in("wijkteam");
  post_json("/api/v1/wijkwerk/activiteiten", wijkteam, activity("WK010601"), 201);
  EXPECT_EQ(post_json("/api/v1/wijkwerk/activiteiten", wijkteam, activity("WK010600"), 403)["code"],
            "forbidden");
  post_json("/api/v1/wijkwerk/activiteiten", log_in("analist"), activity("WK010600"), 201);
  post_json("/api/v1/wijkwerk/activiteiten", log_in("lezer"), activity("WK010601"), 403);

  // Mediation: wijkteam sees the cases of Lariks and Pittelo, lezer none, analist all.
  const auto mine = get_json("/api/v1/wijkwerk/bemiddelingen?year=2025", wijkteam)["cases"];
  EXPECT_GT(mine.size(), 0u);
  for (const auto& c : mine)
    EXPECT_TRUE(c["wijk_code"] == "WK010601" || c["wijk_code"] == "WK010604") << c;
  EXPECT_EQ(get_json("/api/v1/wijkwerk/bemiddelingen?year=2025", log_in("analist"))["cases"].size(),
            15u);
  get_json("/api/v1/wijkwerk/bemiddelingen", log_in("lezer"), 403);
  get_json("/api/v1/wijkwerk/bemiddelingen?wijk=WK010600", wijkteam, 403);
  EXPECT_EQ(get_json("/api/v1/wijkwerk/bemiddelingen/cijfers?year=2025", log_in("lezer"))["figures"]
                .back()["reported"],
            15);
  // Campaign intake: names for staff, counts for lezer.
  const auto lezer_view = get_json("/api/v1/wijkwerk/campagnes?year=2025", log_in("lezer"));
  EXPECT_TRUE(lezer_view["superbuur_nominations"].empty());
  EXPECT_GT(lezer_view["counts"]["superbuur_nominations"].get<int>(), 0);
  // Kept in a variable: a range-for over a member of a temporary would read freed memory.
  const auto campaigns = get_json("/api/v1/wijkwerk/campagnes?year=2025", wijkteam);
  for (const auto& n : campaigns["superbuur_nominations"])
    EXPECT_TRUE(n["wijk_code"] == "WK010601" || n["wijk_code"] == "WK010604") << n;
}

TEST_F(WijkwerkApi, ValidationNamesTheField) {
  const auto analist = log_in("analist");
  auto a = activity("WK010601");
  a["effort"] = "Veel";
  EXPECT_EQ(post_json("/api/v1/wijkwerk/activiteiten", analist, a, 422)["field"], "effort");
  a = activity("WK010601");
  a.erase("title");
  EXPECT_EQ(post_json("/api/v1/wijkwerk/activiteiten", analist, a, 422)["field"], "title");
  a = activity("WK010601");
  a["cost"] = "veel";
  EXPECT_EQ(post_json("/api/v1/wijkwerk/activiteiten", analist, a, 422)["field"], "cost");
  EXPECT_EQ(
      post_json("/api/v1/wijkwerk/profielen", analist,
                {{"wijk_code", "WK010601"}, {"year", 2026}, {"description", "x"}, {"focus", "?"}},
                422)["field"],
      "focus");
  EXPECT_EQ(
      post_json(
          "/api/v1/wijkwerk/bemiddelingen", analist,
          {{"buurt_code", "BU99999999"}, {"dispute", "geluid"}, {"reported_on", "2025-11-03"}},
          422)["field"],
      "buurt_code");
  EXPECT_EQ(post_json("/api/v1/wijkwerk/werken", analist,
                      {{"kind", "sloop"},
                       {"title", "x"},
                       {"area_code", "WK010601"},
                       {"starts_on", "2025-13-01"}},
                      422)["field"],
            "starts_on");
}

TEST_F(WijkwerkApi, OneChristmasTreePerStreetAYear) {
  const auto wijkteam = log_in("wijkteam");
  const auto buurt = get_json("/api/v1/wijkwerk", wijkteam)["wijken"];
  std::string lariks_buurt;
  for (const auto& w : buurt)
    if (w["code"] == "WK010601") lariks_buurt = w["buurten"][0]["code"];
  ASSERT_FALSE(lariks_buurt.empty());
  const nlohmann::json tree = {
      {"year", 2025}, {"street", "Nieuwe Demostraat"}, {"buurt_code", lariks_buurt}};
  post_json("/api/v1/wijkwerk/campagnes/kerstbomen", wijkteam, tree, 201);
  EXPECT_EQ(post_json("/api/v1/wijkwerk/campagnes/kerstbomen", wijkteam, tree, 409)["field"],
            "street");
}

TEST_F(WijkwerkApi, MediationDeadlinesFollowTheAppClock) {
  auto wijkteam = log_in("wijkteam");
  const auto buurten = get_json("/api/v1/wijkwerk", wijkteam)["wijken"];
  std::string buurt;
  for (const auto& w : buurten)
    if (w["code"] == "WK010604") buurt = w["buurten"][0]["code"];
  // Reported on Monday 24 November: intake due Monday 1 December.
  const auto id =
      post_json("/api/v1/wijkwerk/bemiddelingen", wijkteam,
                {{"buurt_code", buurt}, {"dispute", "geluid"}, {"reported_on", "2025-11-24"}},
                201)["id"]
          .get<long long>();
  auto find = [&] {
    const auto cases = get_json("/api/v1/wijkwerk/bemiddelingen?wijk=WK010604", wijkteam)["cases"];
    for (const auto& c : cases)
      if (c["id"] == id) return c;
    ADD_FAILURE() << "case " << id << " not in " << cases.dump();
    return nlohmann::json{};
  };
  EXPECT_EQ(find()["intake_due"], "2025-12-01");
  EXPECT_TRUE(find()["warnings"].empty());
  set_now(day(2025, 12, 2));
  wijkteam = log_in("wijkteam");  // the session of yesterday has expired
  ASSERT_EQ(find()["warnings"].size(), 1u);
  EXPECT_EQ(find()["warnings"][0]["code"], "intake_te_laat");
  // Recording the intake (only the members given change) clears it.
  const auto updated =
      post_json("/api/v1/wijkwerk/bemiddelingen/" + std::to_string(id), wijkteam,
                {{"intake_on", "2025-12-02"}, {"mediator_a", "B1"}, {"mediator_b", "B2"}}, 200);
  EXPECT_TRUE(updated["warnings"].empty()) << updated;
  EXPECT_EQ(updated["dispute"], "geluid");
}

TEST_F(WijkwerkApi, ActivitiesExportAndImportAsCsv) {
  const auto analist = log_in("analist");
  const auto res = api_->call(
      "GET", "/api/v1/registraties/activiteiten/export?year=2025&wijk=WK010604", &analist);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->body.rfind("\xEF\xBB\xBF"
                            "datum;wijk;buurt;soort",
                            0),
            0u);
  const auto before = get_json("/api/v1/wijkwerk/activiteiten", analist)["activities"].size();
  // The export of one year read back as an earlier year's file.
  std::string csv = res->body;
  for (std::size_t p = csv.find("2025-"); p != std::string::npos; p = csv.find("2025-", p))
    csv.replace(p, 5, "2023-");
  const auto imported =
      post_json("/api/v1/wijkwerk/activiteiten/import", analist, {{"csv", csv}}, 201);
  EXPECT_GT(imported["imported"].get<int>(), 0);
  EXPECT_EQ(get_json("/api/v1/wijkwerk/activiteiten?year=2023", analist)["activities"].size(),
            imported["imported"].get<std::size_t>());
  // A bad row: nothing changes, and the message names row and column in Dutch.
  const auto bad = post_json("/api/v1/wijkwerk/activiteiten/import", analist,
                             {{"csv",
                               "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n"
                               "2022-01-05;WK010601;feest;Feest;Basis;welzijn;x;10\n"}},
                             422);
  EXPECT_EQ(bad["problems"][0]["row"], 2);
  EXPECT_EQ(bad["problems"][0]["field"], "deelnemers");
  EXPECT_NE(bad["message"].get<std::string>().find("Regel 2, kolom 'deelnemers'"),
            std::string::npos);
  EXPECT_EQ(get_json("/api/v1/wijkwerk/activiteiten", analist)["activities"].size(),
            before + imported["imported"].get<std::size_t>());
  post_json("/api/v1/wijkwerk/activiteiten/import", log_in("wijkteam"), {{"csv", csv}}, 403);
  const auto figures =
      api_->call("GET", "/api/v1/registraties/bemiddelingscijfers/export?year=2025", &analist);
  EXPECT_EQ(figures->body.rfind("\xEF\xBB\xBF"
                                "wijk;meldingen;",
                                0),
            0u);
}

TEST_F(WijkwerkApi, TimelineListsWorksAndActivitiesByDate) {
  const auto items =
      get_json("/api/v1/wijkwerk/tijdlijn?wijk=WK010604&year=2025", log_in("lezer"))["items"];
  bool work = false, act = false;
  std::string last;
  for (const auto& i : items) {
    work |= i["kind"] == "werk";
    act |= i["kind"] == "activiteit";
    EXPECT_GE(i["date"].get<std::string>(), last);
    last = i["date"];
  }
  EXPECT_TRUE(work);
  EXPECT_TRUE(act);
}

// The example calls the route walk in app_test.cpp needs (reported to the lead): each succeeds
// for the least powerful role the route allows.
TEST_F(WijkwerkApi, RouteWalkExamplesSucceed) {
  const auto wijkteam = log_in("wijkteam");
  const auto analist = log_in("analist");
  for (const auto& r : serve::routes()) {
    if (r.openapi_path().rfind("/api/v1/wijkwerk", 0) != 0) continue;
    std::string path = r.openapi_path();
    if (auto p = path.find("{id}"); p != std::string::npos) path.replace(p, 4, "1");
    const bool may_wijkteam =
        r.roles.empty() || std::count(r.roles.begin(), r.roles.end(), Role::wijkteam);
    const Login& who = may_wijkteam ? wijkteam : analist;
    nlohmann::json body = nlohmann::json::object();
    const std::string key = r.method + " " + path;
    if (key == "POST /api/v1/wijkwerk/themas") body = {{"name", "Nieuw thema"}};
    if (key == "POST /api/v1/wijkwerk/profielen")
      body = {
          {"wijk_code", "WK010601"}, {"year", 2026}, {"description", "Lariks"}, {"focus", "extra"}};
    if (key == "POST /api/v1/wijkwerk/activiteiten" ||
        key == "POST /api/v1/wijkwerk/activiteiten/1")
      body = activity("WK010601");
    if (key == "POST /api/v1/wijkwerk/activiteiten/import")
      body = {{"csv",
               "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n"
               "2023-05-01;WK010601;feest;Buurtfeest;Basis;welzijn;40;250\n"}};
    if (key == "POST /api/v1/wijkwerk/werken" || key == "POST /api/v1/wijkwerk/werken/1")
      body = {{"kind", "sloop"},
              {"title", "Sloop"},
              {"area_code", "WK010601"},
              {"starts_on", "2026-01-05"}};
    if (key == "POST /api/v1/wijkwerk/campagnes/kerstbomen")
      body = {{"year", 2026}, {"street", "Dingspelstraat"}, {"buurt_code", "BU01060101"}};
    if (key == "POST /api/v1/wijkwerk/campagnes/superbuur")
      body = {{"year", 2026},
              {"nominee", "Gerda"},
              {"buurt_code", "BU01060101"},
              {"motivation", "Helpt iedereen."}};
    if (key == "POST /api/v1/wijkwerk/campagnes/wijkreporters")
      body = {{"year", 2026}, {"name", "Rik"}, {"speciality", "fotografie"}};
    if (key == "POST /api/v1/wijkwerk/campagnes/wijkreporters/1/opdrachten")
      body = {{"held_on", "2026-01-10"}, {"wijk_code", "WK010601"}, {"subject", "Foto's"}};
    if (key == "POST /api/v1/wijkwerk/bemiddelingen")
      body = {{"buurt_code", "BU01060101"}, {"dispute", "geluid"}, {"reported_on", "2025-11-24"}};
    const auto res = api_->call(r.method, path, &who, body.dump());
    EXPECT_LT(res->status, 300) << key << " " << res->body;
  }
}

}  // namespace

}  // namespace leefbaar::testing
