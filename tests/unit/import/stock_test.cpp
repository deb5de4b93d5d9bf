#include "import/stock.hpp"

#include <gdal/ogrsf_frmts.h>
#include <gtest/gtest.h>

#include "import/gdal_env.hpp"
#include "support/errors.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {
StockColumns all_columns() {
  return {"vhe",        "x",         "y",       "lat",  "lon", "postcode",
          "huisnummer", "buurtcode", "complex", "daeb", "",    ""};
}
const std::string kHeader = "vhe;x;y;lat;lon;postcode;huisnummer;buurtcode;complex;daeb\n";
}  // namespace

TEST(Stock, TheFirstFilledLocationSourceWins) {
  TempDir dir;
  const auto file =
      dir.write("vhe.csv", kHeader +
                               "001;233000,5;557000;53;6,5;9401 ab;12a;BU01060101;C1;ja\n"
                               "002;;;52,99;6,56;9401AB;12;;C1;nee\n"
                               "003;;;;;9401 AB;14;BU01060101;;1\n"
                               "004;233000;;;;;;BU01060101;;\n"
                               "005;;;;;;;;;\n");
  const auto s = read_stock(file, all_columns());
  ASSERT_EQ(s.units.size(), 5u);
  EXPECT_EQ(s.units[0].id, "001");
  EXPECT_EQ(s.units[0].source, LocationSource::rd);
  EXPECT_DOUBLE_EQ(s.units[0].x, 233000.5);
  EXPECT_EQ(s.units[0].postcode, "9401AB");
  EXPECT_TRUE(*s.units[0].daeb);
  EXPECT_EQ(s.units[1].source, LocationSource::wgs84);
  EXPECT_NEAR(s.units[1].x, 233751, 5);  // Assen
  EXPECT_NEAR(s.units[1].y, 556532, 5);
  EXPECT_EQ(s.units[2].source, LocationSource::postcode);
  EXPECT_EQ(s.units[3].source, LocationSource::buurtcode);  // x without y is no location
  EXPECT_EQ(s.units[4].source, LocationSource::none);
  EXPECT_EQ(s.per_source[static_cast<int>(LocationSource::none)], 1);
}

TEST(Stock, DuplicateIdsAreListed) {
  TempDir dir;
  const auto file =
      dir.write("vhe.csv",
                kHeader + "001;;;;;;;;;\n002;;;;;;;;;\n001;;;;;;;;;\n002;;;;;;;;;\n003;;;;;;;;;\n");
  EXPECT_EQ(input_error_of([&] { read_stock(file, all_columns(), "vhe.csv"); }),
            "vhe.csv: 2 nummers van een eenheid komen vaker voor; elk nummer mag maar één keer "
            "voorkomen: '001' (rijen 2, 4); '002' (rijen 3, 5)");
}

TEST(Stock, MappedColumnMissingFromTheFile) {
  TempDir dir;
  const auto file = dir.write("vhe.csv", "vhe;x\n001;1\n");
  StockColumns c;
  c.id = "vhe";
  c.x = "x";
  c.y = "rd_y";
  EXPECT_EQ(input_error_of([&] { read_stock(file, c, "vhe.csv"); }),
            "vhe.csv: de kolom 'rd_y' (voor 'y' in het runbestand) ontbreekt; de kolommen zijn: "
            "'vhe', 'x'");
}

TEST(Stock, BadDaebAndBadCoordinates) {
  TempDir dir;
  const auto daeb = dir.write("a.csv", kHeader + "001;;;;;;;;;misschien\n");
  const std::string bad_daeb = input_error_of([&] { read_stock(daeb, all_columns(), "a.csv"); });
  for (const char* part : {"a.csv", "rij 2", "'daeb'", "'misschien'", "ja of nee"})
    EXPECT_NE(bad_daeb.find(part), std::string::npos) << part << " in " << bad_daeb;
  const auto x = dir.write("b.csv", kHeader + "001;12 oost;5;;;;;;;\n");
  const std::string bad_x = input_error_of([&] { read_stock(x, all_columns(), "b.csv"); });
  for (const char* part : {"b.csv", "rij 2", "'x'", "'12 oost'", "getal"})
    EXPECT_NE(bad_x.find(part), std::string::npos) << part << " in " << bad_x;
}

TEST(Stock, WithoutAnIdColumnTheMessageSaysWhichNamesWork) {
  TempDir dir;
  const auto file = dir.write("adressen.csv", "straat;postcode\nMarkt;9401GS\n");
  EXPECT_EQ(input_error_of([&] { read_stock(file, {}, "adressen.csv"); }),
            "adressen.csv: geen kolom met het nummer van de eenheid; verwacht een kolom met de "
            "naam id, vhe, vhe_nummer, eenheid of identificatie (BAG); de kolommen zijn: 'straat', "
            "'postcode'");
}

// A stock as a GIS exports it: a GeoJSON point layer in WGS84, its fields named like the columns.
TEST(Stock, APointLayerGivesTheLocationsInRdNew) {
  TempDir dir;
  const auto file = dir.write(
      "woningen.geojson",
      R"({"type":"FeatureCollection","features":[)"
      R"({"type":"Feature","properties":{"vhe":"001","postcode":"9401 ab","huisnummer":"12","daeb":"ja"},)"
      R"("geometry":{"type":"Point","coordinates":[6.56,52.99]}},)"
      R"({"type":"Feature","properties":{"vhe":"002","postcode":"9401AB","huisnummer":"14","daeb":"nee"},)"
      R"("geometry":null}]})");
  const auto s = read_stock(file, {}, "woningen.geojson");
  ASSERT_EQ(s.units.size(), 2u);
  EXPECT_EQ(s.units[0].source, LocationSource::rd);
  EXPECT_NEAR(s.units[0].x, 233751, 5);  // Assen
  EXPECT_NEAR(s.units[0].y, 556532, 5);
  EXPECT_EQ(s.units[0].postcode, "9401AB");
  EXPECT_TRUE(*s.units[0].daeb);
  EXPECT_EQ(s.units[1].source, LocationSource::postcode);  // no point: by its address
  EXPECT_FALSE(*s.units[1].daeb);
  EXPECT_EQ(s.units[1].row, 2);
}

TEST(Stock, APointLayerWithPolygonsOrWithoutIdsIsRefusedWithItsReason) {
  TempDir dir;
  const auto shapes = dir.write(
      "panden.geojson",
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"1"},)"
      R"("geometry":{"type":"Polygon","coordinates":[[[6.5,52.9],[6.6,52.9],[6.6,53.0],[6.5,52.9]]]}}]})");
  EXPECT_EQ(input_error_of([&] { read_stock(shapes, {}, "panden.geojson"); }),
            "panden.geojson, rij 1: de geometrie is Polygon; verwacht een punt per eenheid");
  const auto unnamed = dir.write(
      "punten.geojson",
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"naam":"x"},)"
      R"("geometry":{"type":"Point","coordinates":[6.56,52.99]}}]})");
  EXPECT_EQ(input_error_of([&] { read_stock(unnamed, {}, "punten.geojson"); }),
            "punten.geojson: geen veld met het nummer van de eenheid; verwacht een veld met de "
            "naam id, vhe, vhe_nummer, eenheid of identificatie (BAG); de velden zijn: 'naam'");
}

// A Shapefile uploads as one zip of its files; GDAL reads it under the name .shp.zip (the name the
// Gegevens upload gives a zip).
TEST(Stock, AZippedShapefileOfPointsIsAStock) {
  TempDir dir;
  const auto file = dir.path() / "upload.shp.zip";
  gdal::ensure_registered();
  {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    ASSERT_NE(driver, nullptr);
    std::unique_ptr<GDALDataset> ds(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_TRUE(ds);
    OGRSpatialReference rd;
    rd.importFromEPSG(28992);
    OGRLayer* layer = ds->CreateLayer("woningen", &rd, wkbPoint, nullptr);
    ASSERT_NE(layer, nullptr);
    OGRFieldDefn vhe("vhe", OFTString);
    ASSERT_EQ(layer->CreateField(&vhe), OGRERR_NONE);
    for (const auto& [id, x] : {std::pair{"001", 233412.0}, std::pair{"002", 233500.0}}) {
      OGRFeature feature(layer->GetLayerDefn());
      feature.SetField("vhe", id);
      OGRPoint point(x, 557145.0);
      feature.SetGeometry(&point);
      ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
    }
  }
  const auto s = read_stock(file, {}, "woningen.zip");
  ASSERT_EQ(s.units.size(), 2u);
  EXPECT_EQ(s.units[1].id, "002");
  EXPECT_EQ(s.units[1].source, LocationSource::rd);
  EXPECT_NEAR(s.units[1].x, 233500.0, 1e-6);
}

TEST(Stock, GuessesColumnsForInspect) {
  const auto c = StockColumns::guess({"VHE", "X", "Y", "Postcode", "Huisnummer", "Complex"});
  EXPECT_EQ(c.id, "VHE");
  EXPECT_EQ(c.postcode, "Postcode");
  EXPECT_TRUE(c.lat.empty());
}

}  // namespace leefbaar::testing
