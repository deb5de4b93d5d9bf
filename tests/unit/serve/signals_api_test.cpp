// The signals API over the demo work area: who sees the details (a welfare worker cannot read the
// corporation's contact moments and the other way round, unless they work in that wijk), a lezer
// sees counts only, reads are audited with their purpose, the retention purge runs at start and on
// request with the application's clock, and a resident's request (find, export, erase).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "demo/demo.hpp"
#include "serve/app.hpp"
#include "store/users.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

// The application's clock in these tests: 1 March 2026 (the demo's 2025 is within the 24 months;
// its contact moments from 2022 and 2023 are not).
std::chrono::system_clock::time_point test_now() {
  return std::chrono::sys_days{std::chrono::year{2026} / 3 / 1} + 9h;
}

class SignalsApi : public DemoServerTest {
 protected:
  void SetUp() override {
    set_now(test_now());
    DemoServerTest::SetUp();
    store_ = std::make_unique<store::Database>(store_file());
  }

  // A second user in the organisation of a demo role, with the given wijken.
  Login colleague_of(const std::string& role, const std::string& email, store::Role new_role,
                     std::vector<std::string> wijken) {
    const auto org = store_->sql()
                         .execAndGet("SELECT organisation_id FROM users WHERE email = '" + role +
                                     "@demo.leefbaar.nl'")
                         .getInt64();
    store::create_user(
        *store_, {org, email, "Collega", "lang genoeg wachtwoord", new_role, std::move(wijken)});
    return api_->log_in(email, "lang genoeg wachtwoord");
  }

  // Every contact moment `who` may see (after `filter`, "&wijk=..."), page by page: the list
  // answers at most 200 at once.
  nlohmann::json all_contacts(const Login& who, const std::string& filter = "") {
    nlohmann::json out = nlohmann::json::array();
    for (long long offset = 0;; offset += 200) {
      const auto page =
          get_json("/api/v1/signalen?limit=200&offset=" + std::to_string(offset) + filter, who);
      for (const auto& c : page["contacts"]) out.push_back(c);
      if (offset + 200 >= page["total"].get<long long>()) return out;
    }
  }

  std::unique_ptr<store::Database> store_;  // a second connection, to look in the store
};

const std::string kCorporation = "Woonstichting Voorbeeld (synthetisch)";
const std::set<std::string> kTeamWijken = {"WK010601", "WK010604"};  // the demo wijkteam's

TEST_F(SignalsApi, AWelfareWorkerCannotReadTheCorporationsDetailsAndTheOtherWayRound) {
  const auto welzijn = log_in("wijkteam");  // welfare organisation, Lariks and Pittelo
  const auto corporatie = log_in("analist");
  const auto welzijn_list = all_contacts(welzijn);
  const auto corporatie_list = all_contacts(corporatie);
  ASSERT_GT(welzijn_list.size(), 50u);
  ASSERT_GT(corporatie_list.size(), 50u);

  // The corporation's analist sees only the corporation's own contact moments.
  std::int64_t corp_elsewhere = 0, corp_in_lariks = 0;
  for (const auto& c : corporatie_list) {
    EXPECT_EQ(c["organisation"], kCorporation) << c.dump();
    EXPECT_FALSE(c.contains("note"));
    EXPECT_FALSE(c.contains("postcode"));
    if (!kTeamWijken.count(c["wijk"])) corp_elsewhere = c["id"];
    if (c["wijk"] == "WK010601") corp_in_lariks = c["id"];
  }
  // The welfare worker sees the welfare organisation's and, as the wijk's team, every contact in
  // Lariks and Pittelo, but none of the corporation's elsewhere.
  std::int64_t welzijn_contact = 0;
  for (const auto& c : welzijn_list) {
    if (c["organisation"] != kCorporation) {
      welzijn_contact = c["id"];
    } else {
      EXPECT_TRUE(kTeamWijken.count(c["wijk"])) << c.dump();
    }
  }
  ASSERT_GT(corp_elsewhere, 0);
  ASSERT_GT(corp_in_lariks, 0);
  ASSERT_GT(welzijn_contact, 0);

  const auto path = [](std::int64_t id) { return "/api/v1/signalen/" + std::to_string(id); };
  // Welfare worker -> corporation's contact outside their wijken: refused.
  const auto refused = get_json(path(corp_elsewhere), welzijn, 403);
  EXPECT_EQ(refused["code"], "forbidden");
  EXPECT_FALSE(refused.contains("note"));
  // Corporation -> welfare organisation's contact: refused, also for a change or a note.
  get_json(path(welzijn_contact), corporatie, 403);
  post_json(path(welzijn_contact), corporatie, {{"follow_up_status", "afgerond"}}, 403);
  post_json(path(welzijn_contact) + "/notities", corporatie, {{"note", "gezien"}}, 403);
  // A second welfare worker without any wijk: not the corporation's in Lariks...
  const auto other_worker =
      colleague_of("wijkteam", "collega@welzijn.example", store::Role::wijkteam, {});
  get_json(path(corp_in_lariks), other_worker, 403);
  // ...but their own organisation's, yes; and the Lariks team sees the corporation's in Lariks.
  EXPECT_EQ(get_json(path(welzijn_contact), other_worker)["id"], welzijn_contact);
  EXPECT_EQ(get_json(path(corp_in_lariks), welzijn)["id"], corp_in_lariks);
  // A second corporation user in Pittelo sees the welfare organisation's contact moments there.
  const auto corp_pittelo =
      colleague_of("analist", "pittelo@corporatie.example", store::Role::wijkteam, {"WK010604"});
  for (const auto& c : all_contacts(corp_pittelo))
    EXPECT_TRUE(c["organisation"] == kCorporation || c["wijk"] == "WK010604") << c.dump();

  // A lezer sees counts only: no list, no record.
  const auto lezer = log_in("lezer");
  EXPECT_TRUE(get_json("/api/v1/signalen", lezer)["contacts"].empty());
  get_json(path(welzijn_contact), lezer, 403);
  const auto counts = get_json("/api/v1/signalen/tellingen?jaar=2025", lezer);
  EXPECT_GT(counts["total"]["total"]["n"].get<long long>(), 150);
  // Counts only, and none below 5: a small count in a wijk could point at a household.
  long long shown_cells = 0, hidden_cells = 0;
  for (const auto& wijk : counts["by_wijk"]) {
    EXPECT_EQ(wijk.size(), 3u) << wijk.dump();  // wijk, total, by_kind: nothing about persons
    for (const auto& k : wijk["by_kind"]) {
      if (k["count"]["n"].is_null()) {
        ++hidden_cells;
      } else {
        ++shown_cells;
        EXPECT_GE(k["count"]["n"].get<long long>(), 5) << wijk.dump();
      }
    }
  }
  EXPECT_GT(shown_cells, 0);
  EXPECT_GT(hidden_cells, 0);
  EXPECT_EQ(counts["by_month"].size(), 12u);
}

TEST_F(SignalsApi, TheListIsFilteredAndPagedWithItsTotalOfWhatTheCallerMaySee) {
  const auto welzijn = log_in("wijkteam");
  const auto everything = all_contacts(welzijn);
  const auto first = get_json("/api/v1/signalen", welzijn);
  EXPECT_EQ(first["total"].get<std::size_t>(), everything.size());
  EXPECT_EQ(first["contacts"].size(), 50u);  // a page of 50 unless asked otherwise
  EXPECT_EQ(first["contacts"][0], everything[0]);
  const auto second = get_json("/api/v1/signalen?offset=50&limit=10", welzijn);
  ASSERT_EQ(second["contacts"].size(), 10u);
  EXPECT_EQ(second["contacts"][0], everything[50]);
  EXPECT_EQ(get_json("/api/v1/signalen?limit=100000", welzijn)["limit"], 200);

  // Each filter keeps only what matches; together they narrow further.
  long long lariks_2025_loneliness = 0;
  for (const auto& c : everything) {
    const auto& kinds = c["signals"];
    if (c["wijk"] == "WK010601" && c["date"].get<std::string>().starts_with("2025") &&
        std::find(kinds.begin(), kinds.end(), "eenzaamheid") != kinds.end())
      ++lariks_2025_loneliness;
  }
  ASSERT_GT(lariks_2025_loneliness, 0);
  const auto narrowed = all_contacts(welzijn, "&wijk=WK010601&jaar=2025&signaal=eenzaamheid");
  EXPECT_EQ(static_cast<long long>(narrowed.size()), lariks_2025_loneliness);
  for (const auto& c : all_contacts(welzijn, "&opvolging=afgerond"))
    EXPECT_EQ(c["follow_up_status"], "afgerond") << c.dump();

  // A lezer: counts only, also when asking for a page.
  const auto lezer = get_json("/api/v1/signalen?limit=10", log_in("lezer"));
  EXPECT_TRUE(lezer["contacts"].empty());
  EXPECT_EQ(lezer["total"], 0);

  // Bad values are a 400 naming the parameter, in Dutch.
  for (const auto& [query, field] :
       std::vector<std::pair<std::string, std::string>>{{"limit=0", "limit"},
                                                        {"limit=tien", "limit"},
                                                        {"offset=-1", "offset"},
                                                        {"signaal=inbraak", "signaal"},
                                                        {"opvolging=klaar", "opvolging"},
                                                        {"jaar=25", "jaar"},
                                                        {"wijk=" + std::string(30, 'W'), "wijk"}}) {
    const auto refused = get_json("/api/v1/signalen?" + query, welzijn, 400);
    EXPECT_EQ(refused["field"], field) << query;
    EXPECT_FALSE(refused["message"].get<std::string>().empty());
  }
}

TEST_F(SignalsApi, TheAuditLogRecordsReadsWithTheirPurpose) {
  const auto welzijn = log_in("wijkteam");
  const auto id = get_json("/api/v1/signalen", welzijn)["contacts"][0]["id"].get<std::int64_t>();
  get_json("/api/v1/signalen/" + std::to_string(id), welzijn);
  EXPECT_EQ(count("audit_log",
                  "actor = 'wijkteam@demo.leefbaar.nl' AND "
                  "action = 'read' AND subject = 'signaal/" +
                      std::to_string(id) + "' AND purpose = 'opvolging signaal'"),
            1);
  EXPECT_EQ(count("audit_log",
                  "actor = 'wijkteam@demo.leefbaar.nl' AND "
                  "action = 'read' AND purpose = 'overzicht wijkteam'"),
            1);
  // A refused read is logged too.
  const auto corporatie = log_in("analist");
  get_json("/api/v1/signalen/" + std::to_string(id), corporatie, 403);
  EXPECT_EQ(count("audit_log",
                  "actor = 'analist@demo.leefbaar.nl' AND "
                  "action = 'read_refused' AND subject = 'signaal/" +
                      std::to_string(id) + "'"),
            1);
  // Counts are no personal data: no audit entry.
  const auto before = count("audit_log");
  get_json("/api/v1/signalen/tellingen", log_in("lezer"));
  EXPECT_EQ(count("audit_log",
                  "action = 'read' AND actor = "
                  "'lezer@demo.leefbaar.nl'"),
            0);
  EXPECT_GE(count("audit_log"), before);
}

TEST_F(SignalsApi, StaffRecordAContactMomentAndFollowItUp) {
  const auto welzijn = log_in("wijkteam");
  const nlohmann::json body = {
      {"date", "2026-02-20"},           {"wijk", "WK010601"},
      {"kind", "huisbezoek"},           {"signals", {"eenzaamheid", "geldzorgen"}},
      {"referral", "sociaal_team"},     {"follow_up_status", "open"},
      {"postcode", "9401 AB"},          {"huisnummer", "3"},
      {"note", "Wil hulp bij de post."}};
  const auto id = post_json("/api/v1/signalen", welzijn, body, 201)["id"].get<std::int64_t>();
  const std::string path = "/api/v1/signalen/" + std::to_string(id);
  auto c = get_json(path, welzijn);
  EXPECT_EQ(c["postcode"], "9401AB");
  EXPECT_EQ(c["signals"], nlohmann::json({"eenzaamheid", "geldzorgen"}));
  post_json(path, welzijn, {{"follow_up_status", "bezig"}, {"follow_up_date", "2026-03-05"}});
  post_json(path + "/notities", welzijn, {{"note", "Gebeld; afspraak op 5 maart."}}, 201);
  c = get_json(path, welzijn);
  EXPECT_EQ(c["follow_up_status"], "bezig");
  EXPECT_EQ(c["notes"].size(), 1u);

  // Errors name the field (Dutch), and nothing is stored.
  auto bad = body;
  bad["signals"] = nlohmann::json::array();
  EXPECT_EQ(post_json("/api/v1/signalen", welzijn, bad, 422)["field"], "signals");
  bad = body;
  bad["date"] = "2026-03-02";  // after the application's "today"
  EXPECT_EQ(post_json("/api/v1/signalen", welzijn, bad, 422)["field"], "date");
  bad = body;
  bad.erase("referral");
  bad["follow_up_status"] = "geen";
  EXPECT_EQ(post_json("/api/v1/signalen", welzijn, bad, 422)["field"], "postcode");
  bad = body;
  bad["wijk"] = "WK010607";  // Marsdijk: not the worker's wijk
  EXPECT_EQ(post_json("/api/v1/signalen", welzijn, bad, 422)["field"], "wijk");
  // A lezer may not record.
  const auto lezer = log_in("lezer");
  EXPECT_EQ(api_->call("POST", "/api/v1/signalen", &lezer, body.dump())->status, 403);
}

TEST_F(SignalsApi, TheRetentionPurgeRemovesExpiredRecordsWithTheApplicationsClock) {
  // The server purges at start: the demo's contact moments from 2022 and 2023 are gone.
  for (int i = 0; i < 100 && count("audit_log", "action = 'purge'") == 0; ++i)
    std::this_thread::sleep_for(50ms);
  EXPECT_EQ(count("signal_contacts", "contact_date < '2024'"), 0);
  EXPECT_EQ(count("audit_log",
                  "action = 'purge' AND purpose = "
                  "'bewaartermijn' AND detail LIKE '%8 contactmomenten%'"),
            1);
  const auto in_2025 = count("signal_contacts", "contact_date LIKE '2025%'");
  EXPECT_GT(in_2025, 150);

  // The beheerder shortens the period to 12 months: on 1 March 2026 the contact moments of
  // January and February 2025 (whose follow-up was completed before March 2025) have passed it.
  const auto beheerder = log_in("beheerder");
  post_json("/api/v1/signalen/bewaartermijnen", log_in("analist"), {{"contactmoment", 12}}, 403);
  const auto saved =
      post_json("/api/v1/signalen/bewaartermijnen", beheerder, {{"contactmoment", 12}});
  EXPECT_EQ(saved["retention"][0]["months"], 12);
  EXPECT_EQ(post_json("/api/v1/signalen/bewaartermijnen", beheerder, {{"contactmoment", 0}},
                      422)["field"],
            "contactmoment");
  const auto counts_before = get_json("/api/v1/signalen/tellingen?jaar=2025", beheerder);
  const auto purged =
      post_json("/api/v1/signalen/opschoningen", beheerder, nlohmann::json::object());
  EXPECT_GT(purged["contacts"].get<int>(), 0);
  EXPECT_EQ(count("signal_contacts", "contact_date < '2025-02-01'"), 0);
  EXPECT_GT(count("signal_contacts", "contact_date >= '2025-06-01'"), 0);
  // The anonymous counts stay as they were.
  EXPECT_EQ(get_json("/api/v1/signalen/tellingen?jaar=2025", beheerder), counts_before);

  // A year later with the clock moved on, the hourly purge's function removes the rest of 2025.
  set_now(std::chrono::sys_days{std::chrono::year{2027} / 3 / 1} + 9h);
  post_json("/api/v1/signalen/opschoningen", log_in("beheerder"), nlohmann::json::object());
  EXPECT_EQ(count("signal_contacts", "contact_date LIKE '2025%'"), 0);
}

TEST_F(SignalsApi, AResidentsDataIsExportedAndErasedOnRequest) {
  const auto welzijn = log_in("wijkteam");
  post_json("/api/v1/signalen", welzijn,
            {{"date", "2026-02-20"},
             {"wijk", "WK010604"},
             {"kind", "telefoon"},
             {"signals", {"geldzorgen"}},
             {"referral", "schuldhulp"},
             {"resident_ref", "VERZOEK-1"},
             {"note", "Belt terug na het gesprek met de schuldhulp."}},
            201);
  // Each organisation answers for its own records: the corporation's beheerder finds none of the
  // welfare organisation's, nor erases them; the welfare organisation's beheerder does.
  const auto corporatie = log_in("beheerder");
  const nlohmann::json who = {{"resident_ref", "verzoek-1"}};
  EXPECT_TRUE(post_json("/api/v1/signalen/inzageverzoeken", corporatie, who)["contacts"].empty());
  EXPECT_EQ(post_json("/api/v1/signalen/verwijderverzoeken", corporatie,
                      {{"resident_ref", "verzoek-1"}, {"confirm", true}})["erased"],
            0);
  const auto beheerder =
      colleague_of("wijkteam", "beheerder@welzijn.example", store::Role::beheerder, {});
  post_json("/api/v1/signalen/inzageverzoeken", welzijn, who, 403);  // the beheerder's task
  const auto found = post_json("/api/v1/signalen/inzageverzoeken", beheerder, who);
  ASSERT_EQ(found["contacts"].size(), 1u);
  EXPECT_EQ(found["contacts"][0]["note"], "Belt terug na het gesprek met de schuldhulp.");
  EXPECT_EQ(post_json("/api/v1/signalen/inzageverzoeken", beheerder, nlohmann::json::object(),
                      422)["field"],
            "postcode");

  auto with_format = who;
  with_format["format"] = "csv";
  const auto csv =
      api_->call("POST", "/api/v1/signalen/inzageverzoeken/export", &beheerder, with_format.dump());
  ASSERT_EQ(csv->status, 200);
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("gegevens-bewoner.csv"),
            std::string::npos);
  EXPECT_NE(csv->body.find("VERZOEK-1"), std::string::npos);
  with_format["format"] = "json";
  const auto json =
      api_->call("POST", "/api/v1/signalen/inzageverzoeken/export", &beheerder, with_format.dump());
  ASSERT_EQ(json->status, 200);
  EXPECT_EQ(nlohmann::json::parse(json->body)["contactmomenten"].size(), 1u);
  EXPECT_EQ(count("audit_log",
                  "actor = 'beheerder@welzijn.example' AND "
                  "purpose = 'inzageverzoek'"),
            3);

  post_json("/api/v1/signalen/verwijderverzoeken", beheerder, who, 422);  // not confirmed
  auto confirmed = who;
  confirmed["confirm"] = true;
  EXPECT_EQ(post_json("/api/v1/signalen/verwijderverzoeken", beheerder, confirmed)["erased"], 1);
  EXPECT_EQ(count("signal_contacts", "resident_ref = 'VERZOEK-1'"), 0);
  EXPECT_EQ(count("audit_log",
                  "action = 'delete' AND purpose = "
                  "'verwijderverzoek' AND actor = 'beheerder@welzijn.example'"),
            1);
}

// The partnership's agreement per wijk: the corporation's beheerder ends the sharing of its details
// in Lariks with the welfare organisation, whose wijk team then sees none of them there (nor by the
// list), and starts it again; only a beheerder changes it, only for the own organisation, and each
// change is audited.
TEST_F(SignalsApi, TheRecordingOrganisationDecidesWhichWijkTeamSeesItsDetails) {
  const auto beheerder = log_in("beheerder");
  const auto welzijn = log_in("wijkteam");
  const auto shown = get_json("/api/v1/signalen/deelafspraken", beheerder);
  const auto own = shown["organisation_id"].get<std::int64_t>();
  std::int64_t welzijn_org = 0;
  for (const auto& o : shown["organisations"])
    if (o["kind"] == "welzijn") welzijn_org = o["id"];
  ASSERT_GT(welzijn_org, 0);
  EXPECT_EQ(shown["organisations"].size(), 3u);
  EXPECT_GT(shown["wijken"].size(), 2u);
  EXPECT_EQ(shown["grants"].size(), 12u);  // the demo: three organisations, Lariks and Pittelo

  auto corporation_in_lariks = [&] {
    std::vector<std::int64_t> ids;
    for (const auto& c : all_contacts(welzijn, "&wijk=WK010601"))
      if (c["organisation"] == kCorporation && c["wijk"] == "WK010601") ids.push_back(c["id"]);
    return ids;
  };
  const auto before = corporation_in_lariks();
  ASSERT_FALSE(before.empty());
  const std::string record = "/api/v1/signalen/" + std::to_string(before.front());
  get_json(record, welzijn);

  const nlohmann::json stop = {
      {"wijk_code", "WK010601"}, {"organisation_id", welzijn_org}, {"shared", false}};
  const auto stopped = post_json("/api/v1/signalen/deelafspraken", beheerder, stop);
  EXPECT_TRUE(stopped["changed"]);
  EXPECT_EQ(stopped["grants"].size(), 11u);
  EXPECT_TRUE(corporation_in_lariks().empty());
  get_json(record, welzijn, 403);
  post_json(record + "/notities", welzijn, {{"note", "gezien"}}, 403);
  EXPECT_EQ(count("audit_log",
                  "action = 'revoke' AND actor = "
                  "'beheerder@demo.leefbaar.nl' AND subject LIKE 'signaaldelen/%/WK010601/" +
                      std::to_string(welzijn_org) + "'"),
            1);

  // Only a beheerder, for the own organisation, with another partner and a wijk of the work area.
  post_json("/api/v1/signalen/deelafspraken", log_in("analist"), stop, 403);
  get_json("/api/v1/signalen/deelafspraken", welzijn, 403);
  auto bad = stop;
  bad["organisation_id"] = own;
  EXPECT_EQ(post_json("/api/v1/signalen/deelafspraken", beheerder, bad, 422)["field"],
            "organisation_id");
  bad["organisation_id"] = 999999;
  EXPECT_EQ(post_json("/api/v1/signalen/deelafspraken", beheerder, bad, 422)["field"],
            "organisation_id");
  bad = stop;
  bad["wijk_code"] = "WK999999";
  EXPECT_EQ(post_json("/api/v1/signalen/deelafspraken", beheerder, bad, 422)["field"], "wijk_code");
  bad = stop;
  bad["shared"] = "ja";
  EXPECT_EQ(post_json("/api/v1/signalen/deelafspraken", beheerder, bad, 400)["field"], "shared");
  bad = stop;
  bad["organisation_id"] = "1";
  EXPECT_EQ(post_json("/api/v1/signalen/deelafspraken", beheerder, bad, 400)["field"],
            "organisation_id");

  auto start = stop;
  start["shared"] = true;
  EXPECT_TRUE(post_json("/api/v1/signalen/deelafspraken", beheerder, start)["changed"]);
  EXPECT_FALSE(post_json("/api/v1/signalen/deelafspraken", beheerder, start)["changed"]);
  EXPECT_EQ(corporation_in_lariks(), before);
  get_json(record, welzijn);
}

}  // namespace

}  // namespace leefbaar::testing
