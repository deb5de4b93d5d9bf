// The list of initiatives over the demo work area: the text filter (title, description,
// organisation; any case), the pages (total, limit, offset, the largest page, bad values refused
// in Dutch) and a wijk team's scope with paging: total counts only what the team may see. The
// figures: a wijk team's own total agrees with its wijken, next to the whole area's total.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

using nlohmann::json;

class InitiativesListApi : public DemoServerTest {
 protected:
  void SetUp() override {
    set_now(std::chrono::system_clock::from_time_t(1'770'000'000));  // Feb 2026
    DemoServerTest::SetUp();
  }

  json list(const std::string& query, const Login& who, int status = 200) {
    return call("GET", "/api/v1/initiatieven" + query, &who, {}, status);
  }
  // Every id on every page of the query, paging by `limit`.
  std::vector<std::int64_t> all_pages(const std::string& query, const Login& who, int limit) {
    std::vector<std::int64_t> ids;
    const std::string sep = query.empty() ? "?" : "&";
    for (int offset = 0;; offset += limit) {
      const auto page =
          list(query + sep + "limit=" + std::to_string(limit) + "&offset=" + std::to_string(offset),
               who);
      for (const auto& i : page["initiatives"]) ids.push_back(i["id"]);
      if (page["initiatives"].empty() || offset + limit >= page["total"].get<int>()) break;
    }
    return ids;
  }
};

bool has_text(const json& i, const std::string& lower) {
  std::string all = i["title"].get<std::string>() + " " + i["description"].get<std::string>() +
                    " " + i["asked_organisation"].get<std::string>();
  for (const auto& p : i["pledges"]) all += " " + p["organisation"].get<std::string>();
  for (auto& c : all) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return all.find(lower) != std::string::npos;
}

TEST_F(InitiativesListApi, TheTextIsLookedForInTitleDescriptionAndOrganisationInAnyCase) {
  const auto analist = log_in("analist");
  call("POST", "/api/v1/initiatieven", &analist,
       {{"title", "Moestuin Zonnebloem"},
        {"description", "Samen groente kweken"},
        {"type", "groen"},
        {"buurt", "BU01060101"}},
       201);
  call("POST", "/api/v1/initiatieven", &analist,
       {{"title", "Bankje"},
        {"description", "Een bankje bij de ZONNEBLOEMvijver"},
        {"type", "ontmoeten"},
        {"buurt", "BU01060101"},
        {"asked_organisation_id", 3}},
       201);
  const auto found = list("?q=zonneBLOEM", analist);
  EXPECT_EQ(found["total"], 2);
  ASSERT_EQ(found["initiatives"].size(), 2u);
  std::set<std::string> titles;
  for (const auto& i : found["initiatives"]) titles.insert(i["title"]);
  EXPECT_EQ(titles, (std::set<std::string>{"Moestuin Zonnebloem", "Bankje"}));
  // The organisation asked: every row found names it somewhere.
  const auto welzijn = list("?q=welzijn%20assen&limit=200", analist);
  ASSERT_GE(welzijn["total"].get<int>(), 1);
  for (const auto& i : welzijn["initiatives"]) EXPECT_TRUE(has_text(i, "welzijn assen")) << i;
  // With the other filters: the text and the wijk together, and no match at all.
  EXPECT_EQ(list("?q=zonnebloem&wijk=WK010602", analist)["total"], 0);
  EXPECT_EQ(list("?q=zonnebloem&wijk=WK010601", analist)["total"], 2);
  EXPECT_EQ(list("?q=geen-initiatief-heet-zo", analist)["initiatives"].size(), 0u);
  // Blank text is no filter; a text longer than 100 bytes is refused, naming q.
  EXPECT_EQ(list("?q=%20%20", analist)["total"], list("", analist)["total"]);
  const auto longer = list("?q=" + std::string(101, 'a'), analist, 400);
  EXPECT_EQ(longer["field"], "q");
  EXPECT_NE(longer["message"].get<std::string>().find("hoogstens 100"), std::string::npos);
}

TEST_F(InitiativesListApi, PagesAddUpToTheTotal) {
  const auto analist = log_in("analist");
  const auto first = list("", analist);
  const int total = first["total"];
  ASSERT_GT(total, 50);  // the demo has more than one page
  EXPECT_EQ(first["limit"], 50);
  EXPECT_EQ(first["offset"], 0);
  EXPECT_EQ(first["initiatives"].size(), 50u);
  // The rest on the second page, and a page past the end is empty with the same total.
  const auto second = list("?offset=50", analist);
  EXPECT_EQ(second["total"], total);
  EXPECT_EQ(second["offset"], 50);
  EXPECT_EQ(second["initiatives"].size(), static_cast<std::size_t>(std::min(50, total - 50)));
  const auto past = list("?offset=100000", analist);
  EXPECT_TRUE(past["initiatives"].empty());
  EXPECT_EQ(past["total"], total);
  // Small pages: every initiative once, in the order of the one large page.
  const auto ids = all_pages("", analist, 7);
  std::vector<std::int64_t> large;
  const auto one_page = list("?limit=200", analist);
  for (const auto& i : one_page["initiatives"]) large.push_back(i["id"]);
  EXPECT_EQ(ids, large);
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(total));
  EXPECT_EQ(std::set<std::int64_t>(ids.begin(), ids.end()).size(), ids.size());
  // The filters count in the total: the states add up to all.
  int by_state = 0;
  for (const char* state : {"open", "goedgekeurd", "afgewezen", "gerealiseerd", "geevalueerd"})
    by_state += list(std::string("?limit=1&state=") + state, analist)["total"].get<int>();
  EXPECT_EQ(by_state, total);
}

TEST_F(InitiativesListApi, TheLargestPageIs200AndBadValuesAreRefusedInDutch) {
  const auto analist = log_in("analist");
  const auto large = list("?limit=5000", analist);
  EXPECT_EQ(large["limit"], 200);
  EXPECT_EQ(large["initiatives"].size(),
            std::min<std::size_t>(200, large["total"].get<std::size_t>()));
  for (const char* bad : {"0", "-1", "tien", "1.5"}) {
    const auto refused = list(std::string("?limit=") + bad, analist, 400);
    EXPECT_EQ(refused["field"], "limit") << bad;
    EXPECT_NE(refused["message"].get<std::string>().find("per bladzijde"), std::string::npos)
        << refused;
  }
  for (const char* bad : {"-1", "begin", "2.5"}) {
    const auto refused = list(std::string("?offset=") + bad, analist, 400);
    EXPECT_EQ(refused["field"], "offset") << bad;
    EXPECT_NE(refused["message"].get<std::string>().find("bladzijde"), std::string::npos)
        << refused;
  }
}

TEST_F(InitiativesListApi, AWijkTeamPagesThroughItsOwnWijkenOnly) {
  const auto wijkteam = log_in("wijkteam");
  const auto analist = log_in("analist");
  const auto own = list("?limit=200", wijkteam);
  const int total = own["total"];
  ASSERT_GT(total, 2);
  EXPECT_EQ(own["initiatives"].size(), static_cast<std::size_t>(total));
  // The team's total is what the analist sees in its two wijken together.
  EXPECT_EQ(total, list("?wijk=WK010601&limit=1", analist)["total"].get<int>() +
                       list("?wijk=WK010604&limit=1", analist)["total"].get<int>());
  EXPECT_LT(total, list("?limit=1", analist)["total"].get<int>());
  // Page by page, two at a time: the same initiatives, all in the team's wijken.
  const auto ids = all_pages("", wijkteam, 2);
  ASSERT_EQ(ids.size(), static_cast<std::size_t>(total));
  const auto second = list("?limit=2&offset=2", wijkteam);
  EXPECT_EQ(second["total"], total);
  EXPECT_EQ(second["initiatives"].size(), 2u);
  for (const auto& i : second["initiatives"])
    EXPECT_TRUE(i["wijk"] == "WK010601" || i["wijk"] == "WK010604") << i["wijk"];
  // Another wijk by name in the filter: nothing, not even a count.
  const auto elsewhere = list("?wijk=WK010602", wijkteam);
  EXPECT_EQ(elsewhere["total"], 0);
  EXPECT_TRUE(elsewhere["initiatives"].empty());
}

TEST_F(InitiativesListApi, TheOverdueAreCountedAfterTheScope) {
  const auto wijkteam = log_in("wijkteam");
  const auto analist = log_in("analist");
  const auto mine = list("?overdue=1&limit=200", wijkteam);
  for (const auto& i : mine["initiatives"]) {
    EXPECT_TRUE(i["overdue"]);
    EXPECT_TRUE(i["wijk"] == "WK010601" || i["wijk"] == "WK010604") << i["wijk"];
  }
  EXPECT_EQ(mine["initiatives"].size(), mine["total"].get<std::size_t>());
  const auto all = list("?overdue=1&limit=1", analist);
  EXPECT_GE(all["total"].get<int>(), mine["total"].get<int>());
  EXPECT_LE(all["initiatives"].size(), 1u);
}

TEST_F(InitiativesListApi, AWijkTeamsOwnTotalAgreesWithItsWijken) {
  const auto wijkteam = log_in("wijkteam");
  const auto analist = log_in("analist");
  const auto f = call("GET", "/api/v1/initiatieven/cijfers?year=2025", &wijkteam, {}, 200);
  ASSERT_TRUE(f["own_total"].is_object()) << f;
  long long initiatives = 0, supports = 0;
  double spent = 0;
  for (const auto& w : f["per_wijk"]) {
    initiatives += w["initiatives"].get<long long>();
    supports += w["supports"].get<long long>();
    spent += w["spent"].get<double>();
  }
  EXPECT_EQ(f["own_total"]["initiatives"], initiatives);
  EXPECT_EQ(f["own_total"]["supports"], supports);
  EXPECT_NEAR(f["own_total"]["spent"].get<double>(), spent, 0.001);
  // The total is the whole work area's, as the analist sees it; the analist has no own total.
  const auto whole = call("GET", "/api/v1/initiatieven/cijfers?year=2025", &analist, {}, 200);
  EXPECT_TRUE(whole["own_total"].is_null());
  EXPECT_EQ(f["total"]["initiatives"], whole["total"]["initiatives"]);
  EXPECT_LT(initiatives, whole["total"]["initiatives"].get<long long>());
}

}  // namespace

}  // namespace leefbaar::testing
