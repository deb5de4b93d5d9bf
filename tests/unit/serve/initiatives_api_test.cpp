// The initiatives, portal and spending API over the demo work area: one support per address (409),
// the portal's flood limit (429), honeypot and address checks, the roles, and an initiative from
// the portal through the majority and the decision to the ledger and the figures.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
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

class InitiativesApi : public DemoServerTest {
 protected:
  void SetUp() override {
    set_now(std::chrono::system_clock::from_time_t(1'770'000'000));  // Feb 2026
    DemoServerTest::SetUp();
  }

  // The tokens of the confirmation links in the outbox.
  std::vector<std::string> outbox_tokens() const { return mailed_tokens("/portaal/bevestigen"); }
  // Addresses of a buurt that have not supported initiative 1 (the demo's first, in Lariks-Noord).
  std::vector<PostalAddress> free_addresses(const std::string& buurt, int n) const {
    return addresses(buurt, n, /*last_first=*/true);
  }
};

nlohmann::json support_body(const PostalAddress& a) {
  return {{"postcode", a.first},
          {"huisnummer", std::to_string(a.second)},
          {"email", "bewoner@example.org"}};
}

TEST_F(InitiativesApi, ASecondSupportFromTheSameAddressIsRefused) {
  const auto staff = log_in("wijkteam");
  const auto a = free_addresses("BU01060101", 1)[0];
  call("POST", "/api/v1/initiatieven/1/steunbetuigingen", &staff,
       {{"postcode", a.first}, {"huisnummer", a.second}}, 201);
  const auto again = call("POST", "/api/v1/initiatieven/1/steunbetuigingen", &staff,
                          {{"postcode", a.first}, {"huisnummer", a.second}}, 409);
  EXPECT_NE(again["message"].get<std::string>().find("al gesteund"), std::string::npos);
  const auto portal = call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr,
                           support_body(a), 409);
  EXPECT_NE(portal["message"].get<std::string>().find("al gesteund"), std::string::npos);
}

TEST_F(InitiativesApi, APortalFloodFromOneClientIsThrottled) {
  const auto addresses = free_addresses("BU01060101", 12);
  int accepted = 0;
  for (int k = 0; k < 10; ++k)
    accepted += api_->call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr,
                           support_body(addresses[static_cast<std::size_t>(k)]).dump())
                    ->status == 202;
  EXPECT_EQ(accepted, 10);
  call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr,
       support_body(addresses[10]), 429);
  // An hour later (the application's clock) the client may send again.
  set_now(now() + 61min);
  call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr,
       support_body(addresses[11]), 202);
}

TEST_F(InitiativesApi, OneAddressIsLimitedToo) {
  const auto a = free_addresses("BU01060101", 1)[0];
  for (int k = 0; k < 3; ++k)
    call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr, support_body(a), 202);
  call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr, support_body(a), 429);
}

TEST_F(InitiativesApi, AFilledHoneypotIsDroppedSilently) {
  auto body = support_body(free_addresses("BU01060101", 1)[0]);
  body["website"] = "http://spam.example";
  call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr, body, 202);
  call("POST", "/api/v1/portaal/initiatieven", nullptr,
       {{"title", "Spam"},
        {"description", "Spam"},
        {"type", "overig"},
        {"buurt", "BU01060101"},
        {"email", "x@example.org"},
        {"website", "x"}},
       202);
  EXPECT_TRUE(outbox_tokens().empty());
}

TEST_F(InitiativesApi, UnknownAddressesAndOutsidersAreRefused) {
  auto body = support_body({"9999ZZ", 1});
  EXPECT_EQ(
      call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr, body, 422)["field"],
      "postcode");
  // An address in another buurt of Assen.
  body = support_body(free_addresses("BU01060201", 1)[0]);
  const auto outside =
      call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr, body, 422);
  EXPECT_NE(outside["message"].get<std::string>().find("niet in de buurt"), std::string::npos);
  EXPECT_EQ(call("POST", "/api/v1/portaal/initiatieven", nullptr,
                 {{"title", "Bankje"},
                  {"description", "Bij de vijver"},
                  {"type", "ontmoeten"},
                  {"postcode", "9999ZZ"},
                  {"huisnummer", "1"},
                  {"email", "x@example.org"}},
                 422)["field"],
            "postcode");
  EXPECT_EQ(call("POST", "/api/v1/portaal/bevestigingen", nullptr,
                 {{"token", std::string(48, 'a')}}, 422)["field"],
            "token");
}

TEST_F(InitiativesApi, RolesAndWijken) {
  const auto wijkteam = log_in("wijkteam");
  const auto lezer = log_in("lezer");
  const auto analist = log_in("analist");
  // The wijk team sees Lariks and Pittelo only.
  const auto own = call("GET", "/api/v1/initiatieven", &wijkteam, {}, 200)["initiatives"];
  ASSERT_FALSE(own.empty());
  for (const auto& i : own)
    EXPECT_TRUE(i["wijk"] == "WK010601" || i["wijk"] == "WK010604") << i["wijk"];
  // One page of 200 holds them all (the list pages; initiatives_list_api_test.cpp).
  const auto page = call("GET", "/api/v1/initiatieven?limit=200", &analist, {}, 200);
  const auto all = page["initiatives"];
  EXPECT_EQ(page["total"], all.size());
  EXPECT_GT(all.size(), own.size());
  EXPECT_GE(all.size(), 55u);
  // A filter on the state: every state by its name, and a state that does not exist is refused
  // rather than answered with an empty list.
  std::size_t by_state = 0;
  for (const char* state : {"open", "goedgekeurd", "afgewezen", "gerealiseerd", "geevalueerd"}) {
    const auto rows = call("GET", std::string("/api/v1/initiatieven?limit=200&state=") + state,
                           &analist, {}, 200)["initiatives"];
    for (const auto& i : rows) EXPECT_EQ(i["state"], state);
    by_state += rows.size();
  }
  EXPECT_EQ(by_state, all.size());
  EXPECT_EQ(call("GET", "/api/v1/initiatieven?state=klaar", &analist, {}, 400)["field"], "state");
  EXPECT_EQ(call("GET", "/api/v1/initiatieven?state=", &analist, {}, 200)["total"], all.size());
  std::int64_t elsewhere = 0;
  for (const auto& i : all)
    if (i["wijk"] == "WK010602") elsewhere = i["id"];
  ASSERT_NE(elsewhere, 0);
  call("GET", "/api/v1/initiatieven/" + std::to_string(elsewhere), &wijkteam, {}, 404);
  call("POST", "/api/v1/initiatieven", &wijkteam,
       {{"title", "Bankje"}, {"description", "x"}, {"type", "ontmoeten"}, {"buurt", "BU01060201"}},
       403);
  // The lezer reads figures, not initiatives or addresses; the wijk team not the ledger.
  call("GET", "/api/v1/initiatieven", &lezer, {}, 403);
  call("GET", "/api/v1/initiatieven/cijfers?year=2025", &lezer, {}, 200);
  call("GET", "/api/v1/uitgaven", &wijkteam, {}, 403);
  call("POST", "/api/v1/uitgaven", &lezer, {}, 403);
  // Reading an initiative's supports is logged with its purpose.
  call("GET", "/api/v1/initiatieven/1", &wijkteam, {}, 200);
  store::Database db(store_file());
  EXPECT_EQ(db.sql().execAndGet("SELECT purpose FROM audit_log WHERE action = 'read' AND subject = "
                                "'initiative/1/supports' ORDER BY id DESC LIMIT 1")
                    .getString()
                    .find("één per adres") != std::string::npos,
            true);
}

TEST_F(InitiativesApi, FromThePortalThroughTheMajorityToTheLedgerAndTheFigures) {
  // A resident submits an initiative in Pittelo and confirms it with the link.
  call("POST", "/api/v1/portaal/initiatieven", nullptr,
       {{"title", "Jeu de boules-baan"},
        {"description", "Een baan bij het speelveld."},
        {"type", "ontmoeten"},
        {"buurt", "BU01060401"},
        {"asked_amount", "1.500"},
        {"email", "bewoner@example.org"},
        {"website", ""}},
       202);
  const auto tokens = outbox_tokens();
  ASSERT_EQ(tokens.size(), 1u);
  const auto done =
      call("POST", "/api/v1/portaal/bevestigingen", nullptr, {{"token", tokens[0]}}, 200);
  EXPECT_EQ(done["kind"], "initiatief");
  const std::int64_t id = done["initiative_id"];
  const auto path = "/api/v1/initiatieven/" + std::to_string(id);
  EXPECT_TRUE(outbox_tokens().empty());  // the e-mail address is gone

  const auto staff = log_in("wijkteam");
  auto i = call("GET", path, &staff, {}, 200);
  EXPECT_EQ(i["state"], "open");
  EXPECT_EQ(i["source"], "portaal");
  const long long needed = i["needed"];
  EXPECT_EQ(needed, i["households"].get<long long>() / 2 + 1);
  // Deciding before the majority is refused.
  call("POST", path + "/besluit", &staff,
       {{"decision", "goedgekeurd"}, {"pledges", {{{"organisation_id", 1}, {"amount", 900}}}}},
       422);
  // One support from the portal, the rest from a paper list.
  const auto addresses = free_addresses("BU01060401", static_cast<int>(needed));
  call("POST", "/api/v1/portaal/initiatieven/" + std::to_string(id) + "/steunbetuigingen", nullptr,
       support_body(addresses[0]), 202);
  const auto links = outbox_tokens();
  ASSERT_EQ(links.size(), 1u);
  call("POST", "/api/v1/portaal/bevestigingen", nullptr, {{"token", links[0]}}, 200);
  for (std::size_t k = 1; k < addresses.size(); ++k)
    call("POST", path + "/steunbetuigingen", &staff,
         {{"postcode", addresses[k].first}, {"huisnummer", addresses[k].second}}, 201);
  i = call("GET", path, &staff, {}, 200);
  EXPECT_EQ(i["supports"], needed);
  EXPECT_TRUE(i["supported"]);
  EXPECT_FALSE(i["decision_due"].is_null());

  call("POST", path + "/besluit", &staff,
       {{"decision", "goedgekeurd"},
        {"pledges",
         {{{"organisation_id", 1}, {"amount", 900}}, {{"organisation_id", 3}, {"hours", 12}}}}},
       200);
  const auto analist = log_in("analist");
  nlohmann::json spending = {
      {"spent_on", "2026-02-10"}, {"gemeente", "GM0106"}, {"wijk", "WK010604"},
      {"organisation_id", 1},     {"amount", 900},        {"effort", "Plus"},
      {"initiative_id", id}};
  post_json("/api/v1/uitgaven", analist, spending,
            422);  // corporation money needs its BTIV category
  spending["btiv_category"] = "b";
  post_json("/api/v1/uitgaven", analist, spending, 201);
  const auto figures = call("GET", "/api/v1/initiatieven/cijfers?year=2026", &staff, {}, 200);
  bool seen = false;
  for (const auto& w : figures["per_wijk"]) {
    if (w["code"] != "WK010604") continue;
    seen = true;
    EXPECT_EQ(w["initiatives"], 1);
    EXPECT_EQ(w["by_state"]["goedgekeurd"], 1);
    EXPECT_EQ(w["pledged_amount"], 900.0);
    EXPECT_EQ(w["spent"], 900.0);
  }
  EXPECT_TRUE(seen);
  const auto totals = call("GET", "/api/v1/uitgaven/totalen", &analist, {}, 200);
  bool assen = false;
  for (const auto& t : totals["totals"])
    if (t["gemeente"] == "GM0106" && t["year"] == 2026) {
      assen = true;
      EXPECT_EQ(t["spent"], 900.0);
      EXPECT_FALSE(t["plan"].is_null());
    }
  EXPECT_TRUE(assen);
  const auto csv = api_->call("GET", "/api/v1/registraties/uitgaven/export", &analist);
  EXPECT_EQ(csv->status, 200);
  EXPECT_NE(csv->body.find("2026-02-10;GM0106;WK010604;"), std::string::npos);
}

TEST_F(InitiativesApi, TheSpendingImportIsAllOrNothing) {
  const auto analist = log_in("analist");
  const auto bad = call("POST", "/api/v1/uitgaven/import", &analist,
                        {{"csv",
                          "datum;gemeente;organisatie;bedrag;categorie\n2019-05-01;GM0106;"
                          "Woonstichting Voorbeeld (synthetisch);800.000;a\n2019-05-02;"
                          "GM9999;Woonstichting Voorbeeld (synthetisch);10;a\n"}},
                        422);
  ASSERT_EQ(bad["errors"].size(), 1u);
  EXPECT_EQ(bad["errors"][0]["row"], 3);
  EXPECT_EQ(bad["errors"][0]["field"], "gemeente");
  EXPECT_TRUE(call("GET", "/api/v1/uitgaven?year=2019", &analist, {}, 200)["entries"].empty());
  const auto ok = call("POST", "/api/v1/uitgaven/import", &analist,
                       {{"csv",
                         "datum;gemeente;organisatie;bedrag;categorie\n2019-05-01;GM0106;"
                         "Woonstichting Voorbeeld (synthetisch);800.000;a\n"}},
                       200);
  EXPECT_EQ(ok["rows"], 1);
  EXPECT_EQ(call("GET", "/api/v1/uitgaven?year=2019", &analist, {}, 200)["entries"][0]["amount"],
            800000.0);
}

// The example bodies the route walk in app_test.cpp needs for these routes, checked here.
TEST_F(InitiativesApi, RouteWalkExamplesSucceedForTheLeastPowerfulRole) {
  const auto wijkteam = log_in("wijkteam");
  const auto analist = log_in("analist");
  call("POST", "/api/v1/initiatieven", &wijkteam,
       {{"title", "Bankje"},
        {"description", "Een bankje bij de vijver"},
        {"type", "ontmoeten"},
        {"buurt", "BU01060101"}},
       201);
  call("POST", "/api/v1/initiatieven/1/steunbetuigingen", &wijkteam,
       {{"postcode", "9406DN"}, {"huisnummer", "48"}}, 201);
  call("POST", "/api/v1/initiatieven/1/besluit", &wijkteam,
       {{"decision", "goedgekeurd"}, {"pledges", {{{"organisation_id", 3}, {"hours", 10}}}}}, 200);
  call("POST", "/api/v1/initiatieven/1/status", &wijkteam, {{"state", "gerealiseerd"}}, 200);
  call("POST", "/api/v1/initiatieven/instellingen", &analist, {{"majority_share", 0.5}}, 200);
  call(
      "POST", "/api/v1/uitgaven", &analist,
      {{"spent_on", "2025-06-01"}, {"gemeente", "GM0106"}, {"organisation_id", 3}, {"amount", 100}},
      201);
  call("POST", "/api/v1/uitgaven/import", &analist,
       {{"csv",
         "datum;gemeente;organisatie;bedrag\n2024-01-01;GM0106;Welzijn Assen "
         "(voorbeeld);100\n"}},
       200);
  call("POST", "/api/v1/portaal/initiatieven", nullptr,
       {{"title", "Bankje"},
        {"description", "Een bankje bij de vijver"},
        {"type", "ontmoeten"},
        {"buurt", "BU01060101"},
        {"email", "bewoner@example.org"}},
       202);
  call("POST", "/api/v1/portaal/initiatieven/23/steunbetuigingen", nullptr,
       {{"postcode", "9405KA"}, {"huisnummer", "115"}, {"email", "bewoner@example.org"}}, 202);
}

}  // namespace

}  // namespace leefbaar::testing
