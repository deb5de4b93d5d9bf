// The application's API over the demo work area (the synthetic sample imported into a store, as
// `leefbaar serve --demo` does): every endpoint with an allowed and a refused caller, the live
// programme and its what-if, map layers, area pages, scenarios, uploads, downloads and pages.
#include "serve/app.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "demo/demo.hpp"
#include "import/run_file.hpp"
#include "report/programme_run.hpp"
#include "store/initiatives.hpp"
#include "store/portal_campaigns.hpp"
#include "store/users.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

class DemoApi : public DemoServerTest {
 protected:
  // A web root of two files, for the page routes.
  void configure(serve::ServerConfig& config) override {
    std::filesystem::create_directories(dir_.path() / "web" / "assets");
    std::ofstream(dir_.path() / "web" / "index.html") << "<!doctype html><title>Leefbaar</title>";
    std::ofstream(dir_.path() / "web" / "assets" / "app.js") << "console.log(1);";
    config.web_root = dir_.path() / "web";
  }

  // The link a portal submission mailed (the walk submits one before it reaches verify).
  std::string verification_body() const {
    const auto tokens = mailed_tokens("/portaal/bevestigen");
    return nlohmann::json{{"token", tokens.empty() ? "" : tokens.back()}}.dump();
  }
  // A portal nomination waiting for its link, made in the store on the demo's day, when the demo's
  // campaigns are open.
  std::string campaign_verification_body() const {
    store::Database db(store_file());
    store::PortalNomination n;
    n.nominee = "Gerda";
    n.buurt_code = "BU01060101";
    n.motivation = "Helpt iedereen.";
    n.email = "buur@example.org";
    const auto mail = store::submit_portal_nomination(db, *store::portal_work_area(db), n,
                                                      "/portaal/actie-bevestigen/",
                                                      demo::demo_today() + std::chrono::hours(10));
    return nlohmann::json{{"token", mail.token}}.dump();
  }
};

// A concrete path and body for a route, so that an allowed caller succeeds.
struct Example {
  std::string path, body = "{}";
  bool upload = false;
};

Example example_of(const serve::Route& r) {
  std::string p = r.openapi_path();
  if (auto pos = p.find("{id}"); pos != std::string::npos) p.replace(pos, 4, "1");
  if (auto pos = p.find("{level}/{code}"); pos != std::string::npos)
    p.replace(pos, 14, "buurt/BU01060001");
  const std::string key = r.method + " " + p;
  if (key == "GET /api/v1/imports/voorbeeld") return {p + "?kind=scores"};
  if (key == "POST /api/v1/werkgebieden") return {p, R"({"name":"Tweede"})"};
  if (key == "POST /api/v1/gebruikers")
    return {
        p,
        R"({"email":"nieuw@demo.leefbaar.nl","name":"Nieuw","password":"nog een lang wachtwoord","role":"lezer"})"};
  if (key == "POST /api/v1/sessie")
    return {p,
            nlohmann::json{{"email", "lezer@demo.leefbaar.nl"}, {"password", demo::kDemoPassword}}
                .dump()};
  if (key == "POST /api/v1/programma/wat-als" || key == "POST /api/v1/programma/instellingen")
    return {p, R"({"params":{"yellow":-0.4}})"};
  if (key == "POST /api/v1/scenarios")
    return {p, R"({"name":"Strenger","params":{"yellow":-0.4}})"};
  if (key == "GET /api/v1/scenarios/vergelijking") return {p + "?a=1&b=1"};
  if (key == "GET /api/v1/zoeken") return {p + "?q=Assen"};
  // The neighbourhood work as map layers (the area route's {level}/{code} is filled in above).
  if (key == "GET /api/v1/wijkwerk/kaart") return {p + "?layer=initiatieven&year=2025"};
  if (key == "POST /api/v1/organisaties")
    return {p, R"({"name":"Politie Assen","kind":"gemeente"})"};
  if (key == "POST /api/v1/imports") return {p, "", true};
  // The neighbourhood work (issue 4).
  static const std::map<std::string, std::string> bodies = {
      {"POST /api/v1/signalen",
       R"({"date":"2025-06-02","wijk":"WK010601","kind":"huisbezoek","signals":["eenzaamheid"]})"},
      {"POST /api/v1/signalen/inzageverzoeken", R"({"resident_ref":"DEMO-0001"})"},
      {"POST /api/v1/signalen/inzageverzoeken/export",
       R"({"resident_ref":"DEMO-0001","format":"csv"})"},
      {"POST /api/v1/signalen/verwijderverzoeken",
       R"({"resident_ref":"DEMO-0001","confirm":true})"},
      {"POST /api/v1/signalen/1/notities", R"({"note":"Gebeld."})"},
      {"POST /api/v1/signalen/deelafspraken",
       R"({"wijk_code":"WK010601","organisation_id":3,"shared":true})"},
      {"POST /api/v1/initiatieven/instellingen", R"({"majority_share":0.5})"},
      {"POST /api/v1/initiatieven",
       R"({"title":"Bankje","description":"Een bankje bij de vijver","type":"ontmoeten","buurt":"BU01060101"})"},
      {"POST /api/v1/initiatieven/1/steunbetuigingen",
       R"({"postcode":"9406DN","huisnummer":"48"})"},
      {"POST /api/v1/initiatieven/huishoudens",
       R"({"gebied":{"soort":"buurt"},"buurt":"BU01060101"})"},
      {"POST /api/v1/portaal/huishoudens",
       R"({"gebied":{"soort":"cirkel","lat":52.995,"lon":6.55,"straal_m":250}})"},
      {"POST /api/v1/initiatieven/1/besluit",
       R"({"decision":"goedgekeurd","pledges":[{"organisation_id":3,"hours":10}]})"},
      {"POST /api/v1/initiatieven/1/status", R"({"state":"gerealiseerd"})"},
      {"POST /api/v1/portaal/initiatieven",
       R"({"title":"Bankje","description":"Een bankje bij de vijver","type":"ontmoeten","buurt":"BU01060101","email":"bewoner@example.org"})"},
      {"POST /api/v1/uitgaven",
       R"({"spent_on":"2025-06-01","gemeente":"GM0106","organisation_id":3,"amount":100})"},
      {"POST /api/v1/uitgaven/1/correctie", R"({"reason":"Dubbel geboekt"})"},
      {"POST /api/v1/uitgaven/import",
       R"({"csv":"datum;gemeente;organisatie;bedrag\n2024-01-01;GM0106;Welzijn Assen (voorbeeld);100\n"})"},
      {"POST /api/v1/wijkwerk/themas", R"({"name":"Nieuw thema"})"},
      {"POST /api/v1/wijkwerk/profielen",
       R"({"wijk_code":"WK010601","year":2026,"description":"Lariks","focus":"extra"})"},
      {"POST /api/v1/wijkwerk/activiteiten",
       R"({"held_on":"2025-11-20","wijk_code":"WK010601","type":"ontmoeting","title":"Koffie","effort":"Plus","organisations":"welzijn","participants":14,"cost":"35,50"})"},
      {"POST /api/v1/wijkwerk/activiteiten/1",
       R"({"held_on":"2025-01-06","wijk_code":"WK010601","type":"ontmoeting","title":"Koffie","effort":"Plus","organisations":"welzijn","participants":12})"},
      {"POST /api/v1/wijkwerk/werken/1",
       R"({"kind":"renovatie","title":"Renovatie","area_code":"BU01060101","starts_on":"2025-01-05"})"},
      {"POST /api/v1/wijkwerk/activiteiten/import",
       R"({"csv":"datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n2023-05-01;WK010601;feest;Buurtfeest;Basis;welzijn;40;250\n"})"},
      {"POST /api/v1/wijkwerk/werken",
       R"({"kind":"sloop","title":"Sloop","area_code":"WK010601","starts_on":"2026-01-05"})"},
      {"POST /api/v1/wijkwerk/campagnes/kerstbomen",
       R"({"year":2026,"street":"Dingspelstraat","buurt_code":"BU01060101"})"},
      {"POST /api/v1/wijkwerk/campagnes/superbuur",
       R"({"year":2026,"nominee":"Gerda","buurt_code":"BU01060101","motivation":"Helpt iedereen."})"},
      {"POST /api/v1/wijkwerk/campagnes/wijkreporters",
       R"({"year":2026,"name":"Rik","speciality":"fotografie"})"},
      {"POST /api/v1/wijkwerk/campagnes/wijkreporters/1/opdrachten",
       R"({"held_on":"2026-01-10","wijk_code":"WK010601","subject":"Foto's"})"},
      {"POST /api/v1/wijkwerk/bemiddelingen",
       R"({"buurt_code":"BU01060101","dispute":"geluid","reported_on":"2025-11-24"})"},
      // Records of earlier years (routes_records_io.cpp; records_io_api_test.cpp uploads files).
      {"POST /api/v1/registraties/initiatieven/import",
       R"({"csv":"ingediend;buurt;titel;soort;status;huishoudens;steunbetuigingen;besluit op\n2020-03-01;BU01060101;Speeltuin;speelplek;goedgekeurd;120;70;2020-04-15\n"})"},
      {"POST /api/v1/registraties/activiteiten/import",
       R"({"csv":"datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n2021-05-01;WK010601;feest;Buurtfeest;Basis;welzijn;40;250\n"})"},
      {"POST /api/v1/registraties/uitgaven/import",
       R"({"csv":"datum;gemeente;organisatie;bedrag\n2021-01-01;GM0106;Welzijn Assen (voorbeeld);100\n"})"},
      {"POST /api/v1/registraties/bemiddelingszaken/import",
       R"({"csv":"melding;buurt;soort ruzie;uitkomst\n2021-02-01;BU01060101;geluid;gestopt\n"})"},
      {"POST /api/v1/registraties/werken/import",
       R"({"csv":"soort;titel;gebied;start;einde\nrenovatie;Renovatie flats;WK010601;2021-03-01;2021-12-01\n"})"},
      // The portal's campaigns are open only part of the year; the honeypot answers as accepted
      // whatever the walk's day (portal_campaigns_api_test.cpp takes real requests).
      {"POST /api/v1/portaal/campagnes/kerstbomen",
       R"({"postcode":"9405KA","huisnummer":"115","street":"Kerkstraat","email":"b@example.org","website":"x"})"},
      {"POST /api/v1/portaal/campagnes/superbuur",
       R"({"nominee":"Gerda","buurt":"BU01060101","motivation":"Helpt.","email":"b@example.org","website":"x"})"}};
  // Initiative 1 is approved earlier in the walk and collects no support any more; 23 is open.
  if (key == "POST /api/v1/portaal/initiatieven/1/steunbetuigingen")
    return {"/api/v1/portaal/initiatieven/23/steunbetuigingen",
            R"({"postcode":"9405KA","huisnummer":"115","email":"bewoner@example.org"})"};
  if (auto it = bodies.find(key); it != bodies.end()) return {p, it->second};
  return {p};
}

const std::string kActuals = "gemeente;jaar;bedrag\nAssen;2019;150000\nTynaarlo;2019;20000\n";

TEST_F(DemoApi, EveryEndpointHasAnAllowedAndARefusedCaller) {
  std::map<std::string, Login> logins;
  for (const char* role : {"beheerder", "analist", "wijkteam", "lezer"})
    logins[role] = log_in(role);
  for (const auto& r : serve::routes()) {
    Example e = example_of(r);
    if (r.method == "POST" && e.path == "/api/v1/portaal/bevestigingen")
      e.body = verification_body();
    if (r.method == "POST" && e.path == "/api/v1/portaal/campagnes/bevestigingen")
      e.body = campaign_verification_body();
    auto call = [&](const Login* who) {
      return e.upload ? api_->upload(who, "actuals", "uitgaven.csv", kActuals, true)
                      : api_->call(r.method, e.path, who, e.body);
    };
    if (r.access == serve::Access::public_) {
      EXPECT_LT(call(nullptr)->status, 300) << r.method << " " << e.path;
      continue;
    }
    // Refused: without a session always; with a role outside the route's roles when it has any.
    EXPECT_EQ(call(nullptr)->status, 401) << r.method << " " << e.path;
    std::string allowed;
    for (const char* role : {"beheerder", "analist", "wijkteam", "lezer"}) {
      const bool may = r.roles.empty() ||
                       std::count(r.roles.begin(), r.roles.end(), store::role_from_name(role));
      if (!may) {
        EXPECT_EQ(call(&logins[role])->status, 403) << role << " " << r.method << " " << e.path;
      } else if (allowed.empty() || std::string(role) != "beheerder") {
        allowed = role;  // the least powerful role that may
      }
    }
    // These end sessions the walk goes on with (session_api_test.cpp takes them one by one).
    if (r.method == "DELETE" && e.path == "/api/v1/sessie") continue;
    if (r.openapi_path() == "/api/v1/sessie/wachtwoord" ||
        r.openapi_path() == "/api/v1/gebruikers/{id}")
      continue;
    // The demo's organisation has its work area: a second is refused (work_area_api_test.cpp).
    if (r.openapi_path() == "/api/v1/werkgebieden") {
      EXPECT_EQ(call(&logins[allowed])->status, 409);
      continue;
    }
    const auto res = call(&logins[allowed]);
    EXPECT_LT(res->status, 300) << allowed << " " << r.method << " " << e.path << " " << res->body;
  }
}

TEST_F(DemoApi, ProgrammeFollowsTheWhatIfAndAddsUpToTheBudget) {
  const auto who = log_in("analist");
  const auto saved = get_json("/api/v1/programma", who);
  EXPECT_EQ(saved["params"]["edition"], 2018);
  EXPECT_EQ(saved["summary"]["units"], 16000);
  long long plan = 0;
  for (const auto& g : saved["gemeenten"]) plan += g["plan"].get<long long>();
  EXPECT_EQ(plan, saved["params"]["budget_total"].get<long long>());
  EXPECT_EQ(saved["gemeenten"].size(), 8u);

  const auto loose = post_json("/api/v1/programma/wat-als", who, {{"params", {{"yellow", -0.1}}}});
  EXPECT_GT(loose["summary"]["units_per_effort"]["Plus"].get<long long>(),
            saved["summary"]["units_per_effort"]["Plus"].get<long long>());
  EXPECT_NE(loose["gemeenten"], saved["gemeenten"]);
  // Not saved: the programme is unchanged.
  EXPECT_EQ(get_json("/api/v1/programma", who)["summary"], saved["summary"]);

  // A setting out of bounds is a FieldError as everywhere else: 422 naming the field (it was 400
  // here alone until issue 10).
  const auto bad =
      post_json("/api/v1/programma/wat-als", who, {{"params", {{"orange", 0.5}}}}, 422);
  EXPECT_EQ(bad["field"], "orange");
  EXPECT_EQ(
      post_json("/api/v1/programma/wat-als", who, {{"params", {{"edition", 1999}}}}, 422)["field"],
      "edition");
  EXPECT_EQ(post_json("/api/v1/programma/wat-als", who, {{"params", {{"kleur", 1}}}}, 422)["field"],
            "kleur");
}

TEST_F(DemoApi, TheStoreGivesTheSameProgrammeAsTheRunFile) {
  // The demo imported the sample's files; `leefbaar programme` reads them directly.
  const auto files = run_programme(read_run_file(demo_files().data / "RUN.toml"));
  const auto app = get_json("/api/v1/programma", log_in("analist"));
  const auto& r = files.result;
  EXPECT_EQ(app["summary"]["units_per_effort"]["Basis"], r.units_per_effort[0]);
  EXPECT_EQ(app["summary"]["units_per_effort"]["Plus"], r.units_per_effort[1]);
  EXPECT_EQ(app["summary"]["units_per_effort"]["PlusPlus"], r.units_per_effort[2]);
  ASSERT_EQ(app["gemeenten"].size(), r.gemeenten.size());
  for (std::size_t i = 0; i < r.gemeenten.size(); ++i) {
    EXPECT_EQ(app["gemeenten"][i]["plan"], r.gemeenten[i].plan) << i;
    EXPECT_EQ(app["gemeenten"][i]["focus"], r.gemeenten[i].focus) << i;
  }
}

TEST_F(DemoApi, SavedSettingsBecomeTheProgramme) {
  const auto who = log_in("analist");
  post_json("/api/v1/programma/instellingen", who, {{"params", {{"mode", "percentile"}}}});
  EXPECT_EQ(get_json("/api/v1/programma", who)["params"]["mode"], "percentile");
}

TEST_F(DemoApi, MapLayersInWgs84WithColoursPerEdition) {
  const auto who = log_in("wijkteam");
  const auto buurten = get_json("/api/v1/kaart/gebieden?level=buurt", who);
  ASSERT_EQ(buurten["features"].size(), 141u);  // the buurten without the water feature
  std::map<std::string, int> colours;
  for (const auto& f : buurten["features"]) {
    const auto& c = f["properties"]["colour"];
    ++colours[c.is_null() ? "geen" : c.get<std::string>()];
  }
  EXPECT_GT(colours["groen"], 0);
  EXPECT_GT(colours["geel"], 0);
  EXPECT_GT(colours["oranje"], 0);
  const auto& first = buurten["features"][0]["geometry"]["coordinates"][0][0][0];
  EXPECT_NEAR(first[0].get<double>(), 6.2, 0.8);  // Drenthe and Friesland
  EXPECT_NEAR(first[1].get<double>(), 52.9, 0.4);

  const auto older = get_json("/api/v1/kaart/gebieden?level=buurt&edition=2014", who);
  EXPECT_EQ(older["edition"], 2014);
  EXPECT_NE(older["features"][0]["properties"]["score_afw"],
            buurten["features"][0]["properties"]["score_afw"]);
  EXPECT_EQ(api_->call("GET", "/api/v1/kaart/gebieden?edition=1900", &who)->status, 400);
  EXPECT_EQ(api_->call("GET", "/api/v1/kaart/gebieden?level=straat", &who)->status, 400);

  const auto units = get_json("/api/v1/kaart/eenheden", who);
  // The units with coordinates; those located by postcode or buurtcode only have no point.
  EXPECT_GT(units["units"].size(), 15000u);
  EXPECT_LT(units["units"].size(), 16000u);
  for (const auto& u : units["units"]) {
    ASSERT_NEAR(u[0].get<double>(), 6.2, 0.8);
    ASSERT_NEAR(u[1].get<double>(), 52.9, 0.4);
    ASSERT_TRUE(u[2].is_null() || u[2] == "Basis" || u[2] == "Plus" || u[2] == "PlusPlus");
  }
  const auto wijken = get_json("/api/v1/kaart/grenzen?level=wijk", who);
  bool lariks = false;
  for (const auto& f : wijken["features"]) lariks = lariks || f["properties"]["name"] == "Lariks";
  EXPECT_TRUE(lariks);
}

TEST_F(DemoApi, AreaPageHasDimensionsTrendAndUnits) {
  const auto who = log_in("lezer");
  const auto area = get_json("/api/v1/gebieden/buurt/BU01060001", who);
  EXPECT_EQ(area["name"], "Binnenstad");
  EXPECT_EQ(area["gemeente"]["name"], "Assen");
  EXPECT_EQ(area["dimensions"].size(), 6u);
  EXPECT_EQ(area["trend"].size(), get_json("/api/v1/programma", who)["editions"].size());
  EXPECT_EQ(area["units_total"], area["n"]);  // every unit of Binnenstad has a score
  EXPECT_FALSE(area["colour"].is_null());
  const auto gemeente = get_json("/api/v1/gebieden/gemeente/GM0106", who);
  EXPECT_GT(gemeente["units_total"], area["units_total"]);
  EXPECT_EQ(api_->call("GET", "/api/v1/gebieden/buurt/BU99999999", &who)->status, 404);
}

TEST_F(DemoApi, ScenariosCompareUnitsAndEuros) {
  const auto who = log_in("analist");
  const auto a = post_json("/api/v1/scenarios", who,
                           {{"name", "Huidig"}, {"params", nlohmann::json::object()}}, 201);
  const auto b = post_json("/api/v1/scenarios", who,
                           {{"name", "Ruimer geel"}, {"params", {{"yellow", -0.1}}}}, 201);
  EXPECT_EQ(post_json("/api/v1/scenarios", who,
                      {{"name", "Huidig"}, {"params", nlohmann::json::object()}}, 422)["field"],
            "name");
  EXPECT_EQ(post_json("/api/v1/scenarios", who,
                      {{"name", " "}, {"params", nlohmann::json::object()}}, 422)["field"],
            "name");
  const auto cmp =
      get_json("/api/v1/scenarios/vergelijking?a=" + std::to_string(a["id"].get<long long>()) +
                   "&b=" + std::to_string(b["id"].get<long long>()),
               who);
  long long to_plus = 0, difference = 0;
  for (const auto& m : cmp["moves"]) {
    if (m["from"] == "Basis" && m["to"] == "Plus") to_plus += m["units"].get<long long>();
  }
  for (const auto& g : cmp["gemeenten"]) difference += g["difference"].get<long long>();
  EXPECT_GT(to_plus, 0);
  EXPECT_EQ(difference, 0);  // the same total, divided differently
  EXPECT_EQ(get_json("/api/v1/scenarios", who)["scenarios"].size(), 2u);
  EXPECT_EQ(api_->call("GET", "/api/v1/scenarios/vergelijking?a=1&b=99", &who)->status, 404);
}

TEST_F(DemoApi, BadUploadIsRefusedWithRowAndFieldAndChangesNothing) {
  const auto who = log_in("analist");
  const auto before = get_json("/api/v1/imports", who)["imports"].size();
  const std::string bad =
      "bu_code,bu_naam,jaar,lbm,afw,fys,onv,soc,vrz,won\n"
      "BU01060001,Binnenstad,2018,4.1,0.01,0.01,0,0,0,0\n"
      "BU01060002,Rode Heide,2018,4.1,abc,0.01,0,0,0,0\n";
  auto res = api_->upload(&who, "scores", "buurten.csv", bad);
  ASSERT_EQ(res->status, 422) << res->body;
  const auto error = nlohmann::json::parse(res->body);
  EXPECT_EQ(error["field"], "file");
  const std::string message = error["message"];
  EXPECT_NE(message.find("buurten.csv"), std::string::npos) << message;
  EXPECT_NE(message.find("rij 3"), std::string::npos) << message;
  EXPECT_NE(message.find("afw"), std::string::npos) << message;
  EXPECT_EQ(message.find("/tmp"), std::string::npos) << message;  // no server paths
  EXPECT_EQ(get_json("/api/v1/imports", who)["imports"].size(), before);

  res = api_->upload(&who, "actuals", "uitgaven.csv", kActuals, true);  // 2 of the demo's rows
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(nlohmann::json::parse(res->body)["report"]["rows_read"], 2);
  const auto programme = get_json("/api/v1/programma", who);
  for (const auto& g : programme["gemeenten"]) {
    if (g["name"] == "Assen") {
      EXPECT_EQ(g["actual"], 150000.0);
    }
  }
  EXPECT_EQ(api_->upload(&who, "foto", "x.csv", kActuals)->status, 422);
}

TEST_F(DemoApi, DownloadsAndQuality) {
  const auto who = log_in("analist");
  // The gemeenten tables: downloads_api_test.cpp.
  const auto res = api_->call("GET", "/api/v1/kaart/gebieden.geojson?level=wijk", &who);
  ASSERT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Disposition").find("wijk-2018.geojson"),
            std::string::npos);
  const auto quality = get_json("/api/v1/kwaliteit", who);
  EXPECT_EQ(quality["uncoupled"].size(), 60u);
}

TEST_F(DemoApi, PagesAndAssetsWithTheirHeaders) {
  auto c = api_->client();
  for (const char* page : {"/kaart", "/inloggen", "/gebied/buurt/BU01060001", "/beheer"}) {
    auto res = c.Get(page);
    ASSERT_EQ(res->status, 200) << page;
    EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
    EXPECT_NE(res->get_header_value("Content-Security-Policy").find("script-src 'self'"),
              std::string::npos);
  }
  auto res = c.Get("/assets/app.js");
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(c.Get("/assets/../index.html")->status, 404);
  EXPECT_EQ(c.Get("/assets/geen.js")->status, 404);
  EXPECT_EQ(c.Get("/")->status, 303);
}

TEST_F(DemoApi, PartnersSeeTheWorkAreaOthersDoNot) {
  const auto admin = log_in("beheerder");
  post_json("/api/v1/gebruikers", admin,
            {{"email", "ander@elders.nl"},
             {"name", "Ander"},
             {"password", "een lang wachtwoord"},
             {"role", "lezer"},
             {"organisation_id", 99}},
            403);  // another organisation: not the beheerder's to manage
  {
    store::Database db(store_file());
    const auto other =
        store::create_organisation(db, "Elders", store::OrganisationKind::corporatie);
    store::create_user(
        db, {other, "ander@elders.nl", "Ander", "een lang wachtwoord", store::Role::lezer, {}});
  }
  const auto other = api_->log_in("ander@elders.nl", "een lang wachtwoord");
  EXPECT_EQ(api_->call("GET", "/api/v1/programma", &other)->status, 404);
  EXPECT_EQ(api_->call("GET", "/api/v1/programma", &admin)->status, 200);
}

TEST_F(DemoApi, ChangesLogInsAndReadsOfPersonalDataAreAudited) {
  const auto admin = log_in("beheerder");
  post_json("/api/v1/scenarios", admin, {{"name", "Audit"}, {"params", nlohmann::json::object()}},
            201);
  get_json("/api/v1/gebruikers", admin);
  EXPECT_EQ(api_->call("DELETE", "/api/v1/sessie", &admin)->status, 204);
  store::Database db(store_file());
  SQLite::Statement q(db.sql(),
                      "SELECT action || ' ' || subject || ' ' || COALESCE(purpose, '-') FROM "
                      "audit_log WHERE actor = 'beheerder@demo.leefbaar.nl' ORDER BY id");
  std::vector<std::string> entries;
  while (q.executeStep()) entries.push_back(q.getColumn(0).getString());
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0].substr(0, 6), "login ");
  EXPECT_EQ(entries[1], "create scenario/1 -");
  EXPECT_EQ(entries[2], "read users gebruikersbeheer");
  EXPECT_EQ(entries[3].substr(0, 7), "logout ");
}

}  // namespace

}  // namespace leefbaar::testing
