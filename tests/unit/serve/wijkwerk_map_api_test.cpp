// The neighbourhood work on the map, the area pages and the timeline, over the demo work area:
// the layers are GeoJSON in WGS84 for Assen's wijken, signal counts carry no details and hide small
// counts, a wijk team sees initiatives in full only in its own wijken, the area endpoint answers
// the demo's profile and initiatives, and the timeline has initiatives and signals.
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "demo/demo.hpp"
#include "serve/app.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

using nlohmann::json;

class WijkwerkMapApi : public DemoServerTest {
 protected:
  void SetUp() override {
    set_now(std::chrono::system_clock::from_time_t(1'764'583'200));
    DemoServerTest::SetUp();
  }
};

// Every position of a geometry lies in Drenthe or Friesland (WGS84, not RD).
void expect_wgs84(const json& coordinates) {
  if (coordinates.is_array() && coordinates.size() == 2 && coordinates[0].is_number()) {
    EXPECT_NEAR(coordinates[0].get<double>(), 6.2, 0.8);
    EXPECT_NEAR(coordinates[1].get<double>(), 52.9, 0.4);
    return;
  }
  for (const auto& c : coordinates) expect_wgs84(c);
}

void expect_geojson(const json& collection, const std::string& geometry_type) {
  ASSERT_EQ(collection["type"], "FeatureCollection");
  ASSERT_TRUE(collection["features"].is_array());
  for (const auto& f : collection["features"]) {
    ASSERT_EQ(f["type"], "Feature");
    ASSERT_TRUE(f["properties"].is_object());
    if (f["geometry"].is_null()) continue;
    const std::string type = f["geometry"]["type"];
    if (geometry_type == "Point") {
      EXPECT_EQ(type, "Point");
    } else {
      EXPECT_TRUE(type == "Polygon" || type == "MultiPolygon") << type;
    }
    expect_wgs84(f["geometry"]["coordinates"]);
  }
}

// Every count in a signal answer: a number of at least 5, or no number and a text saying why.
void expect_hidden_when_small(const json& count) {
  ASSERT_TRUE(count.is_object());
  if (count["n"].is_null()) {
    EXPECT_TRUE(count["text"] == "minder dan 5" || count["text"] == "niet getoond") << count;
  } else {
    EXPECT_GE(count["n"].get<long long>(), 5) << count;
    EXPECT_EQ(count["text"], std::to_string(count["n"].get<long long>()));
  }
}

TEST_F(WijkwerkMapApi, LayersAreGeoJsonInWgs84ForAssensWijken) {
  const auto analist = log_in("analist");
  const auto initiatives = get_json("/api/v1/wijkwerk/kaart?layer=initiatieven&year=2025", analist);
  expect_geojson(initiatives, "Point");
  EXPECT_EQ(initiatives["layer"], "initiatieven");
  EXPECT_EQ(initiatives["year"], 2025);
  ASSERT_GT(initiatives["features"].size(), 10u);
  for (const auto& f : initiatives["features"]) {
    EXPECT_FALSE(f["geometry"].is_null()) << f["properties"]["title"];  // placed in its buurt
    EXPECT_EQ(f["properties"]["wijk"].get<std::string>().rfind("WK0106", 0), 0u);
    EXPECT_EQ(f["properties"]["link"],
              "/initiatieven/" + std::to_string(f["properties"]["id"].get<long long>()));
  }

  const auto activities = get_json("/api/v1/wijkwerk/kaart?layer=activiteiten&year=2025", analist);
  expect_geojson(activities, "Polygon");
  EXPECT_EQ(activities["level"], "buurt");
  long long counted = 0;
  for (const auto& f : activities["features"]) counted += f["properties"]["count"].get<long long>();
  for (const auto& r : activities["without_buurt"]) counted += r["count"].get<long long>();
  const auto listed =
      get_json("/api/v1/wijkwerk/activiteiten?year=2025", analist)["activities"].size();
  EXPECT_EQ(counted, static_cast<long long>(listed));
  const auto per_wijk =
      get_json("/api/v1/wijkwerk/kaart?layer=activiteiten&year=2025&level=wijk", analist);
  std::set<std::string> wijken;
  for (const auto& f : per_wijk["features"]) wijken.insert(f["properties"]["code"]);
  EXPECT_TRUE(wijken.count("WK010601"));  // Lariks
  EXPECT_TRUE(wijken.count("WK010604"));  // Pittelo

  const auto works = get_json("/api/v1/wijkwerk/kaart?layer=werken&year=2025", analist);
  expect_geojson(works, "Polygon");
  ASSERT_GT(works["features"].size(), 0u);
  for (const auto& f : works["features"]) {
    EXPECT_FALSE(f["geometry"].is_null()) << f["properties"]["title"];
    EXPECT_TRUE(f["properties"].contains("kind"));
    EXPECT_TRUE(f["properties"].contains("starts_on"));
  }

  const auto signals = get_json("/api/v1/wijkwerk/kaart?layer=signalen&year=2025", analist);
  expect_geojson(signals, "Polygon");
  EXPECT_EQ(signals["level"], "wijk");
  EXPECT_EQ(get_json("/api/v1/wijkwerk/kaart?layer=straten", analist, 400)["field"], "layer");
  EXPECT_EQ(get_json("/api/v1/wijkwerk/kaart?layer=signalen&level=pand", analist, 400)["field"],
            "level");

  const auto info = get_json("/api/v1/wijkwerk/kaart/info", analist);
  EXPECT_EQ(info["default_year"], 2025);
  EXPECT_EQ(info["layers"].size(), 4u);
}

TEST_F(WijkwerkMapApi, SignalCountsCarryNoDetailsAndHideSmallCounts) {
  const std::set<std::string> allowed = {"code",  "name",  "wijk",   "wijk_name",
                                         "total", "class", "by_kind"};
  for (const char* role : {"analist", "wijkteam", "lezer"}) {
    const auto who = log_in(role);
    for (const char* level : {"wijk", "buurt"}) {
      const auto layer = get_json(
          std::string("/api/v1/wijkwerk/kaart?layer=signalen&year=2025&level=") + level, who);
      const std::string text = layer.dump();
      for (const char* detail : {"DEMO-", "postcode", "huisnummer", "note", "recorded_by"})
        EXPECT_EQ(text.find(detail), std::string::npos) << detail;
      int shown = 0, small = 0;
      for (const auto& f : layer["features"]) {
        const auto& p = f["properties"];
        for (const auto& [key, value] : p.items()) EXPECT_TRUE(allowed.count(key)) << key;
        expect_hidden_when_small(p["total"]);
        for (const auto& k : p["by_kind"]) expect_hidden_when_small(k["count"]);
        // The colour class says no more than the text.
        EXPECT_EQ(p["class"] == "verborgen", p["total"]["n"].is_null()) << p;
        shown += p["total"]["n"].is_null() ? 0 : 1;
        small += p["total"]["text"] == "minder dan 5" ? 1 : 0;
      }
      if (std::string(level) == "wijk") {
        EXPECT_GT(shown, 0) << role;
      }
      EXPECT_GT(small, 0) << role << " " << level;
    }
  }
}

TEST_F(WijkwerkMapApi, WijkteamSeesInitiativesInFullOnlyInItsWijken) {
  const std::set<std::string> own = {"WK010601", "WK010604"};  // the demo wijk team's
  const auto all =
      get_json("/api/v1/wijkwerk/kaart?layer=initiatieven&year=2025", log_in("analist"));
  const auto team =
      get_json("/api/v1/wijkwerk/kaart?layer=initiatieven&year=2025", log_in("wijkteam"));
  const auto lezer =
      get_json("/api/v1/wijkwerk/kaart?layer=initiatieven&year=2025", log_in("lezer"));
  int linked_own = 0, public_elsewhere = 0;
  for (const auto& f : team["features"]) {
    const auto& p = f["properties"];
    if (own.count(p["wijk"])) {
      EXPECT_FALSE(p["link"].is_null());
      ++linked_own;
    } else {
      EXPECT_TRUE(p["link"].is_null()) << p["title"];
      EXPECT_TRUE(p["state"] == "open" || p["state"] == "goedgekeurd") << p["state"];
      ++public_elsewhere;
    }
  }
  EXPECT_GT(linked_own, 0);
  EXPECT_GT(public_elsewhere, 0);
  for (const auto& f : lezer["features"]) {
    EXPECT_TRUE(f["properties"]["link"].is_null());
    EXPECT_TRUE(f["properties"]["state"] == "open" || f["properties"]["state"] == "goedgekeurd");
  }
  // The refused and realised ones elsewhere are for the staff of those wijken only.
  EXPECT_GT(all["features"].size(), team["features"].size());
  EXPECT_GT(team["features"].size(), lezer["features"].size());

  // Money is not for a wijk team; mediation per buurt only in its own wijken; lezer none.
  const auto lariks_team =
      get_json("/api/v1/gebieden/wijk/WK010601/wijkwerk?year=2025", log_in("wijkteam"));
  EXPECT_FALSE(lariks_team.contains("spending"));
  EXPECT_TRUE(lariks_team.contains("mediation"));
  const auto lariks_lezer =
      get_json("/api/v1/gebieden/wijk/WK010601/wijkwerk?year=2025", log_in("lezer"));
  EXPECT_TRUE(lariks_lezer.contains("spending"));
  std::string own_buurt, other_buurt;
  for (const auto& f : all["features"]) {
    if (own.count(f["properties"]["wijk"])) own_buurt = f["properties"]["buurt"];
    if (!own.count(f["properties"]["wijk"])) other_buurt = f["properties"]["buurt"];
  }
  ASSERT_FALSE(own_buurt.empty());
  ASSERT_FALSE(other_buurt.empty());
  const auto path = [](const std::string& b) {
    return "/api/v1/gebieden/buurt/" + b + "/wijkwerk";
  };
  EXPECT_TRUE(get_json(path(own_buurt), log_in("wijkteam")).contains("mediation"));
  EXPECT_FALSE(get_json(path(other_buurt), log_in("wijkteam")).contains("mediation"));
  EXPECT_FALSE(get_json(path(own_buurt), log_in("lezer")).contains("mediation"));
  EXPECT_TRUE(get_json(path(other_buurt), log_in("analist")).contains("mediation"));
}

TEST_F(WijkwerkMapApi, AreaEndpointAnswersTheDemoProfileAndInitiativesOfAnAssenWijk) {
  const auto analist = log_in("analist");
  const auto lariks = get_json("/api/v1/gebieden/wijk/WK010601/wijkwerk?year=2025", analist);
  EXPECT_EQ(lariks["year"], 2025);
  ASSERT_TRUE(lariks["profile"].is_object());
  EXPECT_TRUE(lariks["profile"]["focus"] == "basis" || lariks["profile"]["focus"] == "extra");
  EXPECT_GT(lariks["profile"]["team"].size(), 0u);
  EXPECT_GT(lariks["initiatives"]["count"].get<int>(), 0);
  EXPECT_EQ(lariks["initiatives"]["scope"], "alle");
  for (const auto& i : lariks["initiatives"]["items"]) EXPECT_EQ(i["wijk"], "WK010601");
  EXPECT_GT(lariks["activities"]["count"].get<int>(), 0);
  EXPECT_LE(lariks["activities"]["latest"].size(), 8u);
  expect_hidden_when_small(lariks["signals"]["total"]);
  EXPECT_EQ(lariks["signals"]["by_kind"].size(), 11u);
  ASSERT_TRUE(lariks.contains("spending"));
  EXPECT_TRUE(lariks["spending"]["plan"].is_number());

  // A buurt shows its wijk's profile; a gemeente its wijken.
  const auto buurt = lariks["initiatives"]["items"][0]["buurt"].get<std::string>();
  const auto b = get_json("/api/v1/gebieden/buurt/" + buurt + "/wijkwerk?year=2025", analist);
  EXPECT_EQ(b["wijk"]["code"], "WK010601");
  EXPECT_EQ(b["profile"]["wijk_code"], "WK010601");
  const auto assen = get_json("/api/v1/gebieden/gemeente/GM0106/wijkwerk?year=2025", analist);
  EXPECT_FALSE(assen.contains("profile"));
  bool has_lariks = false;
  for (const auto& w : assen["per_wijk"]) {
    has_lariks = has_lariks || w["name"] == "Lariks";
    expect_hidden_when_small(w["signals"]);
  }
  EXPECT_TRUE(has_lariks);
  get_json("/api/v1/gebieden/wijk/WK999999/wijkwerk", analist, 404);
}

TEST_F(WijkwerkMapApi, TimelineHasInitiativesAndSignalsByMonth) {
  const auto items =
      get_json("/api/v1/wijkwerk/tijdlijn?wijk=WK010601&year=2025", log_in("analist"))["items"];
  std::set<std::string> kinds;
  std::string last;
  int months = 0;
  for (const auto& i : items) {
    kinds.insert(i["kind"].get<std::string>());
    EXPECT_GE(i["date"].get<std::string>(), last);
    last = i["date"];
    if (i["kind"] == "signalen") {
      ++months;
      expect_hidden_when_small(i["total"]);
      for (const auto& k : i["by_kind"]) expect_hidden_when_small(k["count"]);
    }
    if (i["kind"] == "initiatief") {
      EXPECT_FALSE(i["link"].is_null());
    }
  }
  for (const char* k : {"werk", "activiteit", "initiatief", "signalen", "bemiddeling"})
    EXPECT_TRUE(kinds.count(k)) << k;
  EXPECT_EQ(months, 12);

  // One buurt: its wijk follows; everything there is in the buurt or for the whole wijk.
  const auto lariks =
      get_json("/api/v1/gebieden/wijk/WK010601/wijkwerk?year=2025", log_in("analist"));
  const auto buurt = lariks["initiatives"]["items"][0]["buurt"].get<std::string>();
  const auto one =
      get_json("/api/v1/wijkwerk/tijdlijn?buurt=" + buurt + "&year=2025", log_in("analist"));
  EXPECT_EQ(one["wijk"], "WK010601");
  bool initiative = false;
  for (const auto& i : one["items"]) {
    if (i.contains("area_code")) {
      EXPECT_TRUE(i["area_code"] == buurt || i["area_code"] == "WK010601") << i;
    }
    initiative = initiative || i["kind"] == "initiatief";
  }
  EXPECT_TRUE(initiative);
  // A lezer gets no mediation counts per buurt, and no links to staff pages.
  const auto lezer =
      get_json("/api/v1/wijkwerk/tijdlijn?buurt=" + buurt + "&year=2025", log_in("lezer"));
  for (const auto& i : lezer["items"]) {
    EXPECT_NE(i["kind"], "bemiddeling");
    if (i.contains("link")) {
      EXPECT_TRUE(i["link"].is_null());
    }
  }
  get_json("/api/v1/wijkwerk/tijdlijn?buurt=BU0106", log_in("lezer"), 400);
  get_json("/api/v1/wijkwerk/tijdlijn?wijk=WK010604&buurt=" + buurt, log_in("lezer"), 400);
}

}  // namespace

}  // namespace leefbaar::testing
