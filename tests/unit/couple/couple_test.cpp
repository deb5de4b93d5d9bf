#include "couple/couple.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "couple/polygon_index.hpp"
#include "import/reproject.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {
MultiPolygon square(double x0, double y0, double x1, double y1) {
  return {{Polygon{{Ring{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}}}};
}

AreaLayer two_buurten() {
  AreaLayer layer;
  layer.areas.push_back({"BU01060101", "Een", "", "", "", "", square(0, 0, 1000, 1000)});
  layer.areas.push_back({"BU01060201", "Twee", "", "", "", "", square(1000, 0, 2000, 1000)});
  return layer;
}

StockUnit at(const std::string& id, double x, double y) {
  StockUnit u;
  u.id = id;
  u.x = x;
  u.y = y;
  u.source = LocationSource::rd;
  return u;
}
}  // namespace

TEST(Couple, CellBuurtWijkAndGemeenteFromStandardCodes) {
  Stock stock;
  stock.units.push_back(at("a", 150.5, 999.9));
  stock.units.push_back(at("b", 1500, 20));
  stock.units.push_back(at("c", 5000, 20));  // outside, still with its cell
  const auto buurten = two_buurten();
  const auto c = couple({stock, buurten});
  const auto& a = c.units[0];
  EXPECT_EQ(a.status, UnitStatus::ok);
  EXPECT_EQ(a.cell_x, 100);
  EXPECT_EQ(a.cell_y, 900);
  EXPECT_EQ(c.buurten.code(a.buurt), "BU01060101");
  EXPECT_EQ(c.wijken.code(a.wijk), "WK010601");
  EXPECT_EQ(c.gemeenten.code(a.gemeente), "GM0106");
  EXPECT_EQ(c.wijken.code(c.units[1].wijk), "WK010602");
  EXPECT_EQ(c.units[2].status, UnitStatus::outside_buurten);
  EXPECT_EQ(c.units[2].cell_x, 5000);
  EXPECT_EQ(c.per_status[static_cast<int>(UnitStatus::outside_buurten)], 1);
}

TEST(Couple, PostcodeTableGivesBuurtWithoutCellAndUnknownAddressesAreListed) {
  PostcodeTable table;
  table.known_pc6.insert("9401AB");
  table.by_address.emplace(PostcodeTable::key("9401AB", 12),
                           AddressLocation{"BU01060201", "WK010602", "GM0106"});
  Stock stock;
  auto unit = [](std::string id, std::string pc, std::string nr) {
    StockUnit u;
    u.id = std::move(id);
    u.postcode = std::move(pc);
    u.huisnummer = std::move(nr);
    u.source = LocationSource::postcode;
    return u;
  };
  stock.units.push_back(unit("known", "9401AB", "12b"));
  stock.units.push_back(unit("unknown number", "9401AB", "14"));
  stock.units.push_back(unit("unknown pc6", "9999ZZ", "1"));
  StockUnit none;
  none.id = "none";
  stock.units.push_back(none);
  StockUnit by_code;
  by_code.id = "by code";
  by_code.buurtcode = "BU01060101";
  by_code.source = LocationSource::buurtcode;
  stock.units.push_back(by_code);
  const auto buurten = two_buurten();
  const auto c = couple({stock, buurten, nullptr, nullptr, &table});
  EXPECT_EQ(c.units[0].status, UnitStatus::ok);
  EXPECT_EQ(c.buurten.code(c.units[0].buurt), "BU01060201");
  EXPECT_EQ(c.units[0].cell, -1);
  EXPECT_TRUE(is_missing(c.units[0].cell_x));
  EXPECT_EQ(c.pc4s.code(c.units[0].pc4), "9401");
  EXPECT_EQ(c.units[1].status, UnitStatus::unknown_postcode);
  EXPECT_EQ(c.units[2].status, UnitStatus::unknown_postcode);
  EXPECT_EQ(c.units[3].status, UnitStatus::no_location);
  EXPECT_EQ(c.units[4].status, UnitStatus::ok);
  EXPECT_EQ(c.buurten.code(c.units[4].buurt), "BU01060101");
}

TEST(Couple, NonStandardCodesTakeWijkAndGemeenteFromTheirPolygons) {
  AreaLayer buurten;
  buurten.areas.push_back({"BUURT-A", "A", "", "", "", "", square(0, 0, 100, 100)});
  AreaLayer wijken;
  wijken.areas.push_back({"WIJK-1", "Wijk een", "", "", "", "", square(-10, -10, 200, 200)});
  AreaLayer gemeenten;
  gemeenten.areas.push_back({"GM0106", "Assen", "", "", "", "", square(-20, -20, 300, 300)});
  Stock stock;
  stock.units.push_back(at("a", 50, 50));
  const auto c = couple({stock, buurten, &wijken, &gemeenten});
  EXPECT_EQ(c.wijken.code(c.units[0].wijk), "WIJK-1");
  EXPECT_EQ(c.wijken.name(c.units[0].wijk), "Wijk een");
  EXPECT_EQ(c.gemeenten.name(c.units[0].gemeente), "Assen");
}

TEST(Couple, RealAmstelveenAddressesLandInTheBuurtTheyName) {
  const auto buurten =
      read_areas(test_data("amstelveen-buurten.geojson").string(), AreaKind::buurt);
  std::ifstream in(test_data("amstelveen-bag-points.geojson"));
  const auto json = nlohmann::json::parse(in);
  const WgsToRd to_rd;
  Stock stock;
  std::vector<std::string> expected;
  for (const auto& f : json["features"]) {
    StockUnit u;
    u.id =
        f["properties"]["bagid_vbo"].get<std::string>() + "/" + std::to_string(stock.units.size());
    const auto& c = f["geometry"]["coordinates"];
    Point p;
    ASSERT_TRUE(to_rd.convert(c[0].get<double>(), c[1].get<double>(), p));
    u.x = p.x;
    u.y = p.y;
    u.source = LocationSource::wgs84;
    stock.units.push_back(u);
    expected.push_back(f["properties"]["buurtnaam"].get<std::string>());
  }
  const auto c = couple({stock, buurten});
  ASSERT_EQ(c.units.size(), 341u);
  for (std::size_t i = 0; i < c.units.size(); ++i) {
    ASSERT_EQ(c.units[i].status, UnitStatus::ok) << c.units[i].id;
    EXPECT_EQ(c.buurten.name(c.units[i].buurt), expected[i]) << c.units[i].id;
    EXPECT_EQ(c.gemeenten.code(c.units[i].gemeente), "GM0362");
  }
}

TEST(Couple, InteriorPointLiesInside) {
  MultiPolygon u_shape{{Polygon{
      {Ring{{0, 0}, {30, 0}, {30, 30}, {20, 30}, {20, 10}, {10, 10}, {10, 30}, {0, 30}}}}}};
  const Point p = interior_point(u_shape);
  const PolygonIndex index({u_shape});
  EXPECT_EQ(index.locate(p), 0);
}

}  // namespace leefbaar::testing
