// The portal's campaigns over the demo work area: a Christmas tree request confirmed through the
// e-mail link, a second for the same street refused (409), a flood from one client throttled
// (429), the honeypot dropped silently, a superbuur nomination that the wijk team then chooses, a
// closed campaign that says when it opens, and the reminders of the caller's wijken.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "demo/demo.hpp"
#include "serve/app.hpp"
#include "store/initiatives.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

class PortalCampaignsApi : public DemoServerTest {
 protected:
  // The demo's day, 10:00: the demo opens that year's campaigns for the whole year.
  void SetUp() override {
    set_now(demo_day() + 10h);
    DemoServerTest::SetUp();
  }

  // The tokens of the campaign links in the outbox.
  std::vector<std::string> campaign_tokens() const {
    return mailed_tokens("/portaal/actie-bevestigen");
  }
  // A tree request body for the street, with the first pick-up day still to come (if any).
  nlohmann::json tree_body(const PostalAddress& a, const std::string& street) const {
    const auto c = call("GET", "/api/v1/portaal/campagnes", nullptr, {}, 200)["kerstbomen"];
    const auto& days = c["pickup_days"];
    return {{"postcode", a.first},
            {"huisnummer", std::to_string(a.second)},
            {"street", street},
            {"pickup_on", days.empty() ? "" : days[0].get<std::string>()},
            {"email", "bewoner@example.org"}};
  }
  int year() const { return std::stoi(store::iso_utc(now())); }
};

TEST_F(PortalCampaignsApi, ATreeThroughTheLinkAndNoSecondForTheStreet) {
  const auto campaigns = call("GET", "/api/v1/portaal/campagnes", nullptr, {}, 200);
  EXPECT_TRUE(campaigns["kerstbomen"]["open"].get<bool>());
  EXPECT_EQ(campaigns["kerstbomen"]["contribution"], 25);
  const auto homes = addresses("BU01060101", 2);  // Lariks-Noord
  call("POST", "/api/v1/portaal/campagnes/kerstbomen", nullptr,
       tree_body(homes[0], "Portaalstraat"), 202);
  const auto tokens = campaign_tokens();
  ASSERT_EQ(tokens.size(), 1u);
  const auto done =
      call("POST", "/api/v1/portaal/campagnes/bevestigingen", nullptr, {{"token", tokens[0]}}, 200);
  EXPECT_EQ(done["kind"], "kerstboom");
  EXPECT_NE(done["message"].get<std::string>().find("Portaalstraat"), std::string::npos);
  call("POST", "/api/v1/portaal/campagnes/bevestigingen", nullptr, {{"token", tokens[0]}}, 422);

  const auto team = log_in("wijkteam");
  const auto list =
      call("GET", "/api/v1/wijkwerk/campagnes?wijk=WK010601&year=" + std::to_string(year()), &team,
           {}, 200);
  const auto& trees = list["christmas_trees"];
  ASSERT_EQ(trees.size(), 1u);
  EXPECT_EQ(trees[0]["street"], "Portaalstraat");
  EXPECT_EQ(trees[0]["buurt_code"], "BU01060101");
  EXPECT_EQ(trees[0]["source"], "portaal");

  // A neighbour asks for the same street: refused with a clear message.
  const auto again = call("POST", "/api/v1/portaal/campagnes/kerstbomen", nullptr,
                          tree_body(homes[1], "portaalstraat"), 409);
  EXPECT_EQ(again["field"], "street");
  EXPECT_NE(again["message"].get<std::string>().find("al een kerstboom aangevraagd"),
            std::string::npos);
  // An unknown address is refused at the postcode.
  EXPECT_EQ(call("POST", "/api/v1/portaal/campagnes/kerstbomen", nullptr,
                 tree_body({"9999ZZ", 1}, "Nergensstraat"), 422)["field"],
            "postcode");
}

TEST_F(PortalCampaignsApi, AFloodFromOneClientIsThrottled) {
  const auto homes = addresses("BU01060101", 11);
  ASSERT_EQ(homes.size(), 11u);
  for (std::size_t k = 0; k < 10; ++k)
    call("POST", "/api/v1/portaal/campagnes/kerstbomen", nullptr,
         tree_body(homes[k], "Straat " + std::to_string(k)), 202);
  const auto refused = call("POST", "/api/v1/portaal/campagnes/kerstbomen", nullptr,
                            tree_body(homes[10], "Straat tien"), 429);
  EXPECT_NE(refused["message"].get<std::string>().find("te vaak"), std::string::npos);
  // And one postal address may not send more than three.
  set_now(now() + 61min);
  const nlohmann::json nomination = {{"nominee", "Gerda"},
                                     {"postcode", homes[0].first},
                                     {"huisnummer", homes[0].second},
                                     {"motivation", "Helpt iedereen."},
                                     {"email", "buur@example.org"}};
  for (int k = 0; k < 3; ++k)
    call("POST", "/api/v1/portaal/campagnes/superbuur", nullptr, nomination, 202);
  call("POST", "/api/v1/portaal/campagnes/superbuur", nullptr, nomination, 429);
}

TEST_F(PortalCampaignsApi, AFilledHoneypotIsDroppedSilently) {
  auto body = tree_body(addresses("BU01060101", 1)[0], "Spamstraat");
  body["website"] = "http://spam.example";
  call("POST", "/api/v1/portaal/campagnes/kerstbomen", nullptr, body, 202);
  call("POST", "/api/v1/portaal/campagnes/superbuur", nullptr,
       {{"nominee", "Spam"},
        {"buurt", "BU01060101"},
        {"motivation", "Spam"},
        {"email", "spam@example.org"},
        {"website", "x"}},
       202);
  EXPECT_TRUE(campaign_tokens().empty());
}

TEST_F(PortalCampaignsApi, ANominationThatTheWijkTeamChooses) {
  const auto home = addresses("BU01060101", 1)[0];
  call("POST", "/api/v1/portaal/campagnes/superbuur", nullptr,
       {{"nominee", "Gerda (portaal)"},
        {"postcode", home.first},
        {"huisnummer", std::to_string(home.second)},
        {"motivation", "Doet boodschappen voor de hele straat."},
        {"email", "buur@example.org"}},
       202);
  const auto tokens = campaign_tokens();
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(call("POST", "/api/v1/portaal/campagnes/bevestigingen", nullptr, {{"token", tokens[0]}},
                 200)["kind"],
            "superbuur");
  const auto team = log_in("wijkteam");
  const std::string path =
      "/api/v1/wijkwerk/campagnes?wijk=WK010601&year=" + std::to_string(year());
  auto list = call("GET", path, &team, {}, 200);
  ASSERT_EQ(list["superbuur_nominations"].size(), 1u);
  const auto id = list["superbuur_nominations"][0]["id"].get<long long>();
  EXPECT_EQ(list["superbuur_nominations"][0]["source"], "portaal");
  call("POST", "/api/v1/wijkwerk/campagnes/superbuur/" + std::to_string(id), &team,
       {{"status", "uitgereikt"}, {"award", "Bos bloemen"}}, 200);
  list = call("GET", path, &team, {}, 200);
  EXPECT_EQ(list["superbuur_nominations"][0]["status"], "uitgereikt");
  EXPECT_EQ(list["superbuur_nominations"][0]["award"], "Bos bloemen");
}

TEST_F(PortalCampaignsApi, AClosedCampaignSaysWhenItOpens) {
  // March, two years on: that year's campaigns come from their templates and open in the autumn.
  const int later = year() + 2;
  std::tm tm{};
  tm.tm_year = later - 1900;
  tm.tm_mon = 2;
  tm.tm_mday = 2;
  tm.tm_hour = 10;
  set_now(std::chrono::system_clock::from_time_t(timegm(&tm)));
  const auto c = call("GET", "/api/v1/portaal/campagnes", nullptr, {}, 200);
  EXPECT_FALSE(c["kerstbomen"]["open"].get<bool>());
  EXPECT_EQ(c["kerstbomen"]["opens_next"], std::to_string(later) + "-11-01");
  EXPECT_EQ(c["superbuur"]["opens_next"], std::to_string(later) + "-10-15");
  const auto refused = call("POST", "/api/v1/portaal/campagnes/kerstbomen", nullptr,
                            {{"postcode", "9401AA"},
                             {"huisnummer", "1"},
                             {"street", "Kerkstraat"},
                             {"email", "bewoner@example.org"}},
                            409);
  EXPECT_EQ(refused["code"], "closed");
  EXPECT_NE(refused["message"].get<std::string>().find("gesloten"), std::string::npos);
}

TEST_F(PortalCampaignsApi, RemindersOfTheCallersWijken) {
  const auto team = log_in("wijkteam");
  const auto analist = log_in("analist");
  const auto mine = call("GET", "/api/v1/herinneringen", &team, {}, 200);
  for (const auto& r : mine["reminders"])
    EXPECT_TRUE(r["wijk_code"] == "WK010601" || r["wijk_code"] == "WK010604") << r.dump();
  const auto all = call("GET", "/api/v1/herinneringen", &analist, {}, 200);
  EXPECT_GE(all["reminders"].size(), mine["reminders"].size());
  const auto initiatives = call("GET", "/api/v1/herinneringen?kind=initiatief", &analist, {}, 200);
  for (const auto& r : initiatives["reminders"]) EXPECT_EQ(r["kind"], "initiatief");
  call("GET", "/api/v1/herinneringen?wijk=nonsense", &analist, {}, 400);
  const auto reader = log_in("lezer");
  call("GET", "/api/v1/herinneringen", &reader, {}, 403);
}

}  // namespace

}  // namespace leefbaar::testing
