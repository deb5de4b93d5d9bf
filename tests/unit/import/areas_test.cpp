#include "import/areas.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "import/reproject.hpp"
#include "support/errors.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

TEST(Areas, RealAmstelveenBuurtenAreReprojectedToRd) {
  const auto layer = read_areas(test_data("amstelveen-buurten.geojson").string(), AreaKind::buurt);
  EXPECT_TRUE(layer.reprojected);
  EXPECT_EQ(layer.areas.size(), 47u);
  EXPECT_EQ(layer.code_field, "buurtcode");
  const auto& first = layer.areas.front();
  EXPECT_EQ(first.code.substr(0, 6), "BU0362");
  EXPECT_EQ(first.gemeente_code, "GM0362");
  EXPECT_EQ(first.gemeente_name, "Amstelveen");
  EXPECT_FALSE(first.wijk_code.empty());
  const Box b = bounds(first.geometry);  // Amstelveen lies around x 118-123 km, y 474-482 km in RD
  EXPECT_GT(b.min_x, 110000);
  EXPECT_LT(b.max_x, 130000);
  EXPECT_GT(b.min_y, 470000);
  EXPECT_LT(b.max_y, 490000);
}

TEST(Areas, WgsToRdAgreesWithTheNapBenchmarks) {
  std::ifstream in(test_data("amstelveen-nap-benchmarks.geojson"));
  const auto json = nlohmann::json::parse(in);
  const WgsToRd convert;
  double worst = 0;
  int n = 0;
  for (const auto& f : json["features"]) {
    const auto& c = f["geometry"]["coordinates"];
    Point p;
    ASSERT_TRUE(convert.convert(c[0].get<double>(), c[1].get<double>(), p));
    const double dx = p.x - f["properties"]["x_coord"].get<double>();
    const double dy = p.y - f["properties"]["y_coord"].get<double>();
    worst = std::max(worst, std::hypot(dx, dy));
    ++n;
  }
  EXPECT_EQ(n, 269);
  EXPECT_LT(worst, 1.0);  // metres; PROJ without the RDNAPTRANS grid is within about 0.3 m here
}

TEST(Areas, GeometryWithoutBuurtCodesIsRefused) {
  TempDir dir;
  const auto file = dir.write(
      "x.geojson",
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"naam":"a"},)"
      R"("geometry":{"type":"Polygon","coordinates":[[[5,52],[5.1,52],[5.1,52.1],[5,52]]]}}]})");
  EXPECT_EQ(input_error_of([&] { read_areas(file.string(), AreaKind::buurt, "x.geojson"); }),
            "x.geojson: er is geen veld met de buurtcode; verwacht een veld met de naam buurtcode, "
            "bu_code of statcode; de velden zijn: 'naam'");
}

TEST(Areas, UnknownCrsIsRefused) {
  TempDir dir;
  const auto file = dir.write(
      "x.geojson",
      R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::999999"}},)"
      R"("features":[{"type":"Feature","properties":{"buurtcode":"BU01060101"},)"
      R"("geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]})");
  const auto message =
      input_error_of([&] { read_areas(file.string(), AreaKind::buurt, "x.geojson"); });
  EXPECT_EQ(message.find("x.geojson: onbekend coördinatenstelsel"), 0u) << message;
  EXPECT_NE(message.find("verwacht RD New (EPSG:28992)"), std::string::npos) << message;
}

TEST(Areas, WaterFeaturesAreSkippedAndPartsMerged) {
  TempDir dir;
  const auto file = dir.write(
      "b.geojson",
      R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[)"
      R"({"type":"Feature","properties":{"BU_CODE":"BU01060101","WATER":"NEE"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,0]]]}},)"
      R"({"type":"Feature","properties":{"BU_CODE":"BU01060101","WATER":"NEE"},"geometry":{"type":"Polygon","coordinates":[[[20,0],[30,0],[30,10],[20,0]]]}},)"
      R"({"type":"Feature","properties":{"BU_CODE":"BU01060199","WATER":"JA"},"geometry":{"type":"Polygon","coordinates":[[[40,0],[50,0],[50,10],[40,0]]]}}]})");
  const auto layer = read_areas(file.string(), AreaKind::buurt);
  EXPECT_FALSE(layer.reprojected);
  ASSERT_EQ(layer.areas.size(), 1u);
  EXPECT_EQ(layer.areas[0].geometry.parts.size(), 2u);
  EXPECT_EQ(layer.water_features, 1);
}

TEST(Areas, RealAssenWijken) {
  const auto layer = read_areas(
      test_data("../../data/reference/wijken-2023-assen-hoogeveen-meppel.geojson").string(),
      AreaKind::wijk);
  EXPECT_EQ(layer.areas.size(), 37u);
  EXPECT_EQ(layer.areas[1].code, "WK010601");
  EXPECT_EQ(layer.areas[1].name, "Lariks");
}

}  // namespace leefbaar::testing
