// The households of an initiative's area over the API, on the demo work area (which has the
// sample's BAG addresses): the live count for staff and the portal, an initiative entered with a
// circle or a drawn polygon, its area as GeoJSON, supports from outside the area, and the wijk
// team's scope.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <filesystem>
#include <thread>

#include "demo/demo.hpp"
#include "import/reproject.hpp"
#include "serve/app.hpp"
#include "store/initiatives.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

struct BagPoint {
  std::string postcode;
  int huisnummer = 0;
  double x = 0, y = 0, lat = 0, lon = 0;
};

class HouseholdsApi : public DemoServerTest {
 protected:
  void SetUp() override {
    set_now(std::chrono::system_clock::from_time_t(1'770'000'000));
    DemoServerTest::SetUp();
  }

  // A POST by staff or (who: nullptr) by a resident on the portal.
  nlohmann::json post(const std::string& path, const Login* who, const nlohmann::json& body,
                      int status) const {
    return call("POST", path, who, body, status);
  }

  // The BAG addresses of a buurt (by the pc6hnr table), in a fixed order.
  std::vector<BagPoint> bag_points(const std::string& buurt) const {
    store::Database db(store_file());
    SQLite::Statement q(db.sql(),
                        "SELECT DISTINCT b.postcode, b.huisnummer, b.x, b.y FROM bag_addresses b "
                        "JOIN pc6hnr_rows p ON p.postcode = b.postcode AND p.huisnummer = "
                        "b.huisnummer WHERE p.buurt = ? ORDER BY b.vbo_id");
    q.bind(1, buurt);
    const RdToWgs to_wgs;
    std::vector<BagPoint> out;
    while (q.executeStep()) {
      BagPoint p{q.getColumn(0).getString(), q.getColumn(1).getInt(), q.getColumn(2).getDouble(),
                 q.getColumn(3).getDouble()};
      to_wgs.convert(p.x, p.y, p.lon, p.lat);
      out.push_back(p);
    }
    return out;
  }

  static nlohmann::json circle(const BagPoint& p, double radius) {
    return {{"soort", "cirkel"}, {"lat", p.lat}, {"lon", p.lon}, {"straal_m", radius}};
  }
};

nlohmann::json initiative(const nlohmann::json& gebied) {
  return {{"title", "Bankjes bij de speeltuin"},
          {"description", "Twee bankjes voor ouders en grootouders."},
          {"type", "ontmoeten"},
          {"gebied", gebied}};
}

}  // namespace

TEST_F(HouseholdsApi, TheLiveCountUsesTheBagInACircleAndTheBuurtOtherwise) {
  const auto staff = log_in("analist");
  const auto points = bag_points("BU01060101");
  ASSERT_GT(points.size(), 20u);
  const auto small = post("/api/v1/initiatieven/huishoudens", &staff,
                          {{"gebied", circle(points.front(), 60)}}, 200);
  EXPECT_EQ(small["basis"], "bag");
  EXPECT_GE(small["huishoudens"].get<long long>(), 1);
  EXPECT_EQ(small["buurt"]["code"], "BU01060101");
  EXPECT_NE(small["uitleg"].get<std::string>().find("BAG"), std::string::npos);
  const auto large = post("/api/v1/initiatieven/huishoudens", &staff,
                          {{"gebied", circle(points.front(), 600)}}, 200);
  EXPECT_GT(large["huishoudens"].get<long long>(), small["huishoudens"].get<long long>());
  const auto buurt = post("/api/v1/initiatieven/huishoudens", &staff,
                          {{"gebied", {{"soort", "buurt"}}}, {"buurt", "BU01060101"}}, 200);
  EXPECT_EQ(buurt["basis"], "pc6hnr");
  {
    store::Database db(store_file());
    EXPECT_EQ(buurt["huishoudens"].get<long long>(), store::count_households(db, 1, "BU01060101"));
  }
  EXPECT_EQ(post("/api/v1/initiatieven/huishoudens", &staff,
                 {{"gebied", circle(points.front(), 5000)}}, 422)["field"],
            "gebied");
  EXPECT_EQ(post("/api/v1/initiatieven/huishoudens", &staff, {{"gebied", {{"soort", "buurt"}}}},
                 422)["field"],
            "buurt");
  // The portal counts too, without an account.
  const auto portal =
      post("/api/v1/portaal/huishoudens", nullptr, {{"gebied", circle(points.front(), 60)}}, 200);
  EXPECT_EQ(portal["huishoudens"], small["huishoudens"]);
}

TEST_F(HouseholdsApi, ACircleInitiativeHasItsBuurtItsCountAndItsAreaAsGeoJson) {
  const auto staff = log_in("wijkteam");  // Lariks and Pittelo
  const auto points = bag_points("BU01060101");
  const BagPoint centre = points[points.size() / 2];
  const auto preview =
      post("/api/v1/initiatieven/huishoudens", &staff, {{"gebied", circle(centre, 120)}}, 200);
  EXPECT_EQ(preview["buurt_geojson"]["geometry"]["type"], "MultiPolygon");
  // Without a mouse: the circle's centre by an address; the answer gives its lat/lon back.
  const auto by_address = post("/api/v1/initiatieven/huishoudens", &staff,
                               {{"gebied",
                                 {{"soort", "cirkel"},
                                  {"postcode", centre.postcode},
                                  {"huisnummer", std::to_string(centre.huisnummer)},
                                  {"straal_m", 120}}}},
                               200);
  EXPECT_EQ(by_address["huishoudens"], preview["huishoudens"]);
  EXPECT_NEAR(by_address["gebied"]["lat"].get<double>(), centre.lat, 1e-6);
  EXPECT_EQ(
      post(
          "/api/v1/initiatieven/huishoudens", &staff,
          {{"gebied",
            {{"soort", "cirkel"}, {"postcode", "9999ZZ"}, {"huisnummer", "1"}, {"straal_m", 120}}}},
          422)["field"],
      "gebied");
  const auto id = post("/api/v1/initiatieven", &staff, initiative(circle(centre, 120)), 201)["id"];
  const auto i = get_json("/api/v1/initiatieven/" + std::to_string(id.get<long long>()), staff);
  EXPECT_EQ(i["buurt"], preview["buurt"]["code"]);
  EXPECT_EQ(i["households"], preview["huishoudens"]);
  EXPECT_EQ(i["households_basis"], "bag");
  EXPECT_EQ(i["gebied"]["soort"], "cirkel");
  EXPECT_DOUBLE_EQ(i["gebied"]["straal_m"].get<double>(), 120);
  EXPECT_EQ(i["gebied_geojson"]["type"], "Feature");
  EXPECT_EQ(i["gebied_geojson"]["geometry"]["type"], "Polygon");
  EXPECT_NEAR(i["lat"].get<double>(), centre.lat, 1e-9);

  // A support from inside the circle counts; one from further away in the wijk does not.
  post("/api/v1/initiatieven/" + std::to_string(id.get<long long>()) + "/steunbetuigingen", &staff,
       {{"postcode", centre.postcode}, {"huisnummer", std::to_string(centre.huisnummer)}}, 201);
  const auto neighbours = bag_points("BU01060102");
  const BagPoint* far = nullptr;
  for (const auto& p : neighbours)
    if (std::hypot(p.x - centre.x, p.y - centre.y) > 400) far = &p;
  ASSERT_NE(far, nullptr);
  const auto refused = post(
      "/api/v1/initiatieven/" + std::to_string(id.get<long long>()) + "/steunbetuigingen", &staff,
      {{"postcode", far->postcode}, {"huisnummer", std::to_string(far->huisnummer)}}, 422);
  EXPECT_EQ(refused["field"], "postcode");
  EXPECT_NE(refused["message"].get<std::string>().find("buiten het gebied"), std::string::npos);

  // A buurt initiative draws its buurt.
  const auto buurt = get_json("/api/v1/initiatieven/1", staff);
  EXPECT_EQ(buurt["gebied"]["soort"], "buurt");
  EXPECT_EQ(buurt["gebied_geojson"]["geometry"]["type"], "MultiPolygon");
}

TEST_F(HouseholdsApi, APolygonFromThePortalAndTheWijkTeamsScope) {
  const auto points = bag_points("BU01060101");
  const BagPoint c = points.front();
  // A square of about 200 m around an address (0.0015 degrees of latitude is some 167 m).
  const double d = 0.0015;
  const nlohmann::json square = {{"soort", "polygoon"},
                                 {"punten",
                                  {{c.lat - d, c.lon - d},
                                   {c.lat - d, c.lon + d},
                                   {c.lat + d, c.lon + d},
                                   {c.lat + d, c.lon - d}}}};
  auto body = initiative(square);
  body["email"] = "bewoner@example.org";
  post("/api/v1/portaal/initiatieven", nullptr, body, 202);
  {
    store::Database db(store_file());
    SQLite::Statement q(db.sql(),
                        "SELECT area_kind, households, households_basis, buurt_code FROM "
                        "initiatives ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(q.executeStep());
    EXPECT_EQ(q.getColumn(0).getString(), "polygoon");
    EXPECT_GT(q.getColumn(1).getInt64(), 0);
    EXPECT_EQ(q.getColumn(2).getString(), "bag");
    EXPECT_EQ(q.getColumn(3).getString(), "BU01060101");
  }
  // A crossing polygon is refused with the field.
  auto bowtie = square;
  std::swap(bowtie["punten"][2], bowtie["punten"][3]);
  EXPECT_EQ(post("/api/v1/portaal/huishoudens", nullptr, {{"gebied", bowtie}}, 422)["field"],
            "gebied");
  // The wijk team cannot draw in a wijk that is not theirs (WK010602).
  const auto elsewhere = bag_points("BU01060201");
  ASSERT_FALSE(elsewhere.empty());
  const auto wijkteam = log_in("wijkteam");
  post("/api/v1/initiatieven", &wijkteam, initiative(circle(elsewhere.front(), 50)), 403);
}

}  // namespace leefbaar::testing
