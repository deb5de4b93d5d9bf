// BAG addresses as an import (good file, each kind of bad row refused with nothing changed, WGS84
// reprojected) and the households of an initiative in a circle or a drawn polygon, with and
// without BAG, and supports from outside the shape.
#include "store/households.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "import/reproject.hpp"
#include "store/imports.hpp"
#include "store/users.hpp"
#include "support/errors.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

// The centre of the test buurt (RD New), in Assen.
constexpr double kX = 233500, kY = 557500;

store::LatLon wgs84(double x, double y) {
  const RdToWgs t;
  store::LatLon out;
  EXPECT_TRUE(t.convert(x, y, out.lon, out.lat));
  return out;
}

const char* const kHeader =
    "identificatie;postcode;huisnummer;huisletter;huisnummertoevoeging;gebruiksdoel;x;y\n";

// Four homes inside a circle of 100 m around the centre (5 holds three corporation homes), one
// outside it, and an office that is not a home.
std::string good_bag() {
  return std::string(kHeader) +
         "0106010000000001;9406 AB;1;;;woonfunctie;233510;557500\n"
         "0106010000000002;9406AB;2;;;woonfunctie;233520;557500\n"
         "0106010000000003;9406AB;3;;;woonfunctie;233530.5;557500\n"
         "0106010000000004;9406AB;4;;;woonfunctie;233800;557500\n"
         "0106010000000005;9406AB;5;;;woonfunctie,bijeenkomstfunctie;233540;557500\n"
         "0106010000000006;9406AB;6;;;kantoorfunctie;233500;557510\n";
}

class Households : public StoreTest {
 protected:
  Households() {
    store::create_organisation(db_, "Woonstichting", store::OrganisationKind::corporatie);
    add_work_area(db_);
    // A square buurt of 1 km around the centre; its wijk and gemeente.
    add_areas(db_, {{"buurt", "BU01060101", "Lariks-Noord", "WK010601", "GM0106",
                     rd_square(233000, 557000)},
                    {"wijk", "WK010601", "Lariks"},
                    {"gemeente", "GM0106", "Assen"}});
    // Corporation homes: at BAG address 1 (located), three at BAG address 5 (by postcode only),
    // one at an address the BAG lacks inside the circle, one without postcode inside, one
    // outside.
    add_homes(db_, {{"u1", "9406AB", "1", "rd", "", 233510, 557500},
                    {"u5a", "9406AB", "5a", "rd"},
                    {"u5b", "9406AB", "5b", "rd"},
                    {"u5c", "9406AB", "5c", "rd"},
                    {"u9", "9406AC", "9", "rd", "", 233500, 557550},
                    {"u10", "", "", "rd", "", 233500, 557450},
                    {"u11", "9406AC", "11", "rd", "", 233900, 557900}});
  }

  store::ImportReport import_bag(const std::string& name, const std::string& text,
                                 bool confirm_shrink = false) {
    return store::import_bag(db_, "Woonstichting", "Test", dir_.write(name, text), "tester", {},
                             confirm_shrink);
  }

  static store::InitiativeArea circle(double radius = 100) {
    store::InitiativeArea a;
    a.kind = store::InitiativeArea::Kind::cirkel;
    a.centre = wgs84(kX, kY);
    a.radius_m = radius;
    return a;
  }
  // A rectangle in RD, given as WGS84 points.
  static store::InitiativeArea rectangle(double x0, double y0, double x1, double y1) {
    store::InitiativeArea a;
    a.kind = store::InitiativeArea::Kind::polygoon;
    a.points = {wgs84(x0, y0), wgs84(x1, y0), wgs84(x1, y1), wgs84(x0, y1)};
    return a;
  }

  store::HouseholdCount count_of(const store::InitiativeArea& a) {
    return store::preview_households(db_, 1, a, "").count;
  }

  std::int64_t make(const store::InitiativeArea& area) {
    store::NewInitiative in;
    in.title = "Bankjes";
    in.description = "Bankjes bij de vijver.";
    in.type = "ontmoeten";
    in.shape = area;
    return store::create_initiative(db_, 1, in, now_, "wijkteam@test");
  }

  store::TimePoint now_ = std::chrono::system_clock::from_time_t(1'750'000'000);
};

}  // namespace

TEST_F(Households, BagImportKeepsTheHomesOfAGoodFile) {
  const auto r = import_bag("bag.csv", good_bag());
  EXPECT_EQ(r.kind, "bag");
  EXPECT_EQ(r.rows_read, 6);
  EXPECT_EQ(count("bag_addresses"), 5);  // the office is no home
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings[0].find("zonder woonfunctie"), std::string::npos) << r.warnings[0];
  SQLite::Statement q(db_.sql(),
                      "SELECT postcode, huisnummer, x FROM bag_addresses WHERE vbo_id = "
                      "'0106010000000003'");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "9406AB");
  EXPECT_EQ(q.getColumn(1).getInt(), 3);
  EXPECT_DOUBLE_EQ(q.getColumn(2).getDouble(), 233530.5);
  EXPECT_TRUE(store::has_bag_addresses(db_, 1));
  // A second import replaces the first (confirmed: it has less than half the rows).
  import_bag("bag2.csv",
             std::string(kHeader) + "106010000000009;9406AB;9;a;2;woonfunctie;233500;557500\n",
             true);
  EXPECT_EQ(count("bag_addresses"), 1);
  EXPECT_EQ(db_.sql().execAndGet("SELECT vbo_id FROM bag_addresses").getString(),
            "0106010000000009");  // the leading zero a spreadsheet dropped
}

TEST_F(Households, EveryKindOfBadBagRowIsRefusedWithNothingChanged) {
  const auto first = import_bag("bag.csv", good_bag());
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"0106010000000007;94O6AB;7;;;woonfunctie;233500;557500",
       "kolom 'postcode': gevonden '94O6AB'"},
      {"0106010000000007;9406AB;zeven;;;woonfunctie;233500;557500",
       "kolom 'huisnummer': gevonden 'zeven'"},
      {"0106010000000007;9406AB;7;ab;;woonfunctie;233500;557500", "kolom 'huisletter'"},
      {"0106010000000007;9406AB;7;;12345;woonfunctie;233500;557500",
       "kolom 'huisnummertoevoeging'"},
      {"0106010000000007;9406AB;7;;;woonfunctie;;557500", "kolom 'x': de cel is leeg"},
      {"0106010000000007;9406AB;7;;;woonfunctie;5.1;52.9",
       "coördinaten in RD New binnen Nederland"},
      {"VBO7;9406AB;7;;;woonfunctie;233500;557500", "kolom 'identificatie': gevonden 'VBO7'"},
      {"0106010000000001;9406AB;7;;;woonfunctie;233500;557500", "(het staat ook in rij 2)"},
  };
  for (const auto& [row, expected] : bad) {
    const std::string message = input_error_of([&] {
      import_bag("bad.csv", std::string(kHeader) +
                                "0106010000000001;9406AB;1;;;woonfunctie;"
                                "233510;557500\n" +
                                row + "\n");
    });
    EXPECT_NE(message.find("bad.csv: 1 probleem in de BAG-adressen; er is niets ingelezen: rij 3"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find(expected), std::string::npos) << message;
    EXPECT_EQ(count("bag_addresses"), 5) << row;
    EXPECT_EQ(db_.sql().execAndGet("SELECT id FROM imports WHERE kind = 'bag'").getInt64(),
              first.import_id);
  }
  // Every problem of a file is reported, and a missing field is named.
  const std::string two = input_error_of([&] {
    import_bag("two.csv", std::string(kHeader) +
                              "1;9406AB;x;;;woonfunctie;233500;557500\n"
                              "2;ZZ;1;;;woonfunctie;233500;557500\n");
  });
  EXPECT_NE(two.find("2 problemen"), std::string::npos) << two;
  EXPECT_NE(two.find("rij 2, kolom 'huisnummer'"), std::string::npos) << two;
  EXPECT_NE(two.find("rij 3, kolom 'postcode'"), std::string::npos) << two;
  const std::string missing =
      input_error_of([&] { import_bag("m.csv", "identificatie;postcode;x;y\n1;9406AB;1;2\n"); });
  EXPECT_NE(missing.find("de verplichte kolom 'huisnummer' ontbreekt"), std::string::npos)
      << missing;
  EXPECT_EQ(count("bag_addresses"), 5);
}

TEST_F(Households, AWgs84BagLayerIsReprojectedToRdNew) {
  const auto a = wgs84(233510, 557500), b = wgs84(233520, 557500);
  const std::string geojson = fmt::format(
      R"({{"type":"FeatureCollection","features":[)"
      R"({{"type":"Feature","properties":{{"identificatie":"0106010000000001","postcode":"9406AB",)"
      R"("huisnummer":1,"gebruiksdoel":"woonfunctie"}},"geometry":{{"type":"Point","coordinates":[{:.9f},{:.9f}]}}}},)"
      R"({{"type":"Feature","properties":{{"identificatie":"0106010000000002","postcode":"9406AB",)"
      R"("huisnummer":2,"huisletter":"b","toevoeging":"1","gebruiksdoel":"woonfunctie"}},)"
      R"("geometry":{{"type":"Point","coordinates":[{:.9f},{:.9f}]}}}}]}})",
      a.lon, a.lat, b.lon, b.lat);
  const auto r = import_bag("bag.geojson", geojson);
  EXPECT_EQ(r.rows_read, 2);
  bool reprojected = false;
  for (const auto& w : r.warnings)
    reprojected = reprojected || w.find("omgerekend") != std::string::npos;
  EXPECT_TRUE(reprojected);
  SQLite::Statement q(db_.sql(),
                      "SELECT x, y, huisletter, toevoeging FROM bag_addresses ORDER BY vbo_id");
  ASSERT_TRUE(q.executeStep());
  EXPECT_NEAR(q.getColumn(0).getDouble(), 233510, 0.01);
  EXPECT_NEAR(q.getColumn(1).getDouble(), 557500, 0.01);
  ASSERT_TRUE(q.executeStep());
  EXPECT_NEAR(q.getColumn(0).getDouble(), 233520, 0.01);
  EXPECT_EQ(q.getColumn(2).getString(), "b");
  EXPECT_EQ(q.getColumn(3).getString(), "1");
}

TEST_F(Households, WithoutBagOnlyTheCorporationsLocatedHomesCount) {
  const auto c = count_of(circle());
  EXPECT_EQ(c.basis, "corporatie");
  EXPECT_EQ(c.households, 3);  // u1, u9, u10; 5a-5c have no position, u11 is outside
  EXPECT_EQ(count_of(rectangle(233495, 557440, 233535, 557560)).households, 3);
  EXPECT_EQ(count_of(rectangle(233495, 557490, 233535, 557560)).households, 2);
}

TEST_F(Households, WithBagEveryAddressInsideIsAHouseholdAndExtraHomesCount) {
  import_bag("bag.csv", good_bag());
  const auto c = count_of(circle());
  EXPECT_EQ(c.basis, "bag");
  // BAG 1, 2, 3, 5 inside (4 outside); at 5 three corporation homes (two more households); u9 at
  // an address the BAG lacks and u10 without postcode, both inside: 4 + 2 + 2.
  EXPECT_EQ(c.households, 8);
  // A rectangle that leaves out BAG address 5 (x + 40): 1, 2, 3, u9 and u10.
  EXPECT_EQ(count_of(rectangle(233495, 557440, 233535, 557560)).households, 5);
  EXPECT_EQ(count_of(circle(25)).households, 2);  // BAG 1 and 2; 3 lies 30.5 m away
}

TEST_F(Households, AShapeInitiativeTakesItsBuurtFromItsCentreAndKeepsItsShape) {
  import_bag("bag.csv", good_bag());
  const auto id = make(circle());
  const auto i = store::find_initiative(db_, 1, id, now_);
  ASSERT_TRUE(i);
  EXPECT_EQ(i->area.buurt, "BU01060101");
  EXPECT_EQ(i->area.wijk, "WK010601");
  EXPECT_EQ(i->households, 8);
  EXPECT_EQ(i->households_basis, "bag");
  EXPECT_EQ(i->shape.kind, store::InitiativeArea::Kind::cirkel);
  EXPECT_DOUBLE_EQ(i->shape.radius_m, 100);
  ASSERT_TRUE(i->lat && i->lon);
  EXPECT_DOUBLE_EQ(*i->lat, circle().centre.lat);
  const auto geojson = nlohmann::json::parse(store::area_geojson(db_, 1, i->shape, i->area.buurt));
  EXPECT_EQ(geojson["geometry"]["type"], "Polygon");
  EXPECT_EQ(geojson["geometry"]["coordinates"][0].size(), 65u);
  EXPECT_EQ(geojson["properties"]["soort"], "cirkel");
  // A buurt initiative draws its buurt.
  const auto buurt = nlohmann::json::parse(store::area_geojson(db_, 1, {}, "BU01060101"));
  EXPECT_EQ(buurt["geometry"]["type"], "MultiPolygon");
}

TEST_F(Households, ASupportFromOutsideTheShapeIsRefused) {
  import_bag("bag.csv", good_bag());
  const auto id = make(circle());
  store::add_paper_support(db_, 1, id, store::parse_address("9406AB", "2"), now_, "w@t");
  store::add_paper_support(db_, 1, id, store::parse_address("9406AB", "5b"), now_, "w@t");
  try {
    store::add_paper_support(db_, 1, id, store::parse_address("9406AB", "4"), now_, "w@t");
    FAIL() << "a support from outside the circle was accepted";
  } catch (const FieldError& e) {
    EXPECT_EQ(e.field(), "postcode");
    EXPECT_NE(std::string(e.what()).find("buiten het gebied"), std::string::npos) << e.what();
  }
  // A corporation home at an address the BAG lacks is placed by its own position.
  store::add_paper_support(db_, 1, id, store::parse_address("9406AC", "9"), now_, "w@t");
  EXPECT_THROW(
      store::add_paper_support(db_, 1, id, store::parse_address("9406AC", "11"), now_, "w@t"),
      FieldError);
  EXPECT_EQ(store::find_initiative(db_, 1, id, now_)->supports, 3);
}

TEST_F(Households, ShapesAreChecked) {
  auto field_message = [&](const store::InitiativeArea& a) {
    try {
      store::preview_households(db_, 1, a, "");
    } catch (const FieldError& e) {
      EXPECT_EQ(e.field(), "gebied");
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_NE(field_message(circle(10)).find("straal van 25 tot 2000 meter"), std::string::npos);
  EXPECT_NE(field_message(circle(2500)).find("straal"), std::string::npos);
  auto bowtie = rectangle(233400, 557400, 233600, 557600);
  std::swap(bowtie.points[2], bowtie.points[3]);
  EXPECT_NE(field_message(bowtie).find("kruisen elkaar"), std::string::npos);
  EXPECT_NE(field_message(rectangle(230000, 555000, 233000, 558000)).find("hoogstens 5 km²"),
            std::string::npos);
  auto two = rectangle(233400, 557400, 233600, 557600);
  two.points.resize(2);
  EXPECT_NE(field_message(two).find("ten minste 3 punten"), std::string::npos);
  // The API's form round-trips, a closing point is no extra point, and nonsense is refused.
  const auto back = store::area_from_json(store::area_to_json(circle()));
  EXPECT_EQ(back.kind, store::InitiativeArea::Kind::cirkel);
  EXPECT_EQ(store::area_from_json(R"({"soort":"polygoon","punten":[[53,6.5],[53,6.51],)"
                                  R"([53.01,6.51],[53,6.5]]})")
                .points.size(),
            3u);
  EXPECT_THROW(store::area_from_json(R"({"soort":"vierkant"})"), FieldError);
  EXPECT_THROW(store::area_from_json(R"({"soort":"cirkel","lat":"53"})"), FieldError);
  // A buurt needs its code; a shape whose centre lies in no buurt needs one too.
  EXPECT_THROW(store::preview_households(db_, 1, {}, ""), FieldError);
  EXPECT_EQ(store::preview_households(db_, 1, {}, "BU01060101").count.basis, "pc6hnr");
  store::NewInitiative in;
  in.title = "Ver weg";
  in.description = "Buiten de buurten.";
  in.type = "overig";
  in.shape = circle();
  in.shape.centre = wgs84(240000, 560000);
  EXPECT_THROW(store::create_initiative(db_, 1, in, now_, "w@t"), FieldError);
}

}  // namespace leefbaar::testing
