#include "import/stock.hpp"

#include <gtest/gtest.h>

#include "support/errors.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {
StockColumns all_columns() {
  return {"vhe", "x", "y", "lat", "lon", "postcode", "huisnummer", "buurtcode", "complex", "daeb"};
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
            "vhe.csv: 2 duplicate unit ids; every unit id must be unique: '001' (rows 2, 4); '002' "
            "(rows 3, 5)");
}

TEST(Stock, MappedColumnMissingFromTheFile) {
  TempDir dir;
  const auto file = dir.write("vhe.csv", "vhe;x\n001;1\n");
  StockColumns c;
  c.id = "vhe";
  c.x = "x";
  c.y = "rd_y";
  EXPECT_EQ(input_error_of([&] { read_stock(file, c, "vhe.csv"); }),
            "vhe.csv: missing required column 'rd_y' (mapped to 'y' in [stock.columns]); the "
            "columns are: 'vhe', 'x'");
}

TEST(Stock, BadDaebAndBadCoordinates) {
  TempDir dir;
  const auto daeb = dir.write("a.csv", kHeader + "001;;;;;;;;;misschien\n");
  EXPECT_EQ(input_error_of([&] { read_stock(daeb, all_columns(), "a.csv"); }),
            "a.csv, row 2, column 'daeb': found 'misschien', expected ja/nee, yes/no or 1/0");
  const auto x = dir.write("b.csv", kHeader + "001;12 oost;5;;;;;;;\n");
  EXPECT_EQ(input_error_of([&] { read_stock(x, all_columns(), "b.csv"); }),
            "b.csv, row 2, column 'x': found '12 oost', expected a number (decimal point or "
            "decimal comma)");
}

TEST(Stock, GuessesColumnsForInspect) {
  const auto c = StockColumns::guess({"VHE", "X", "Y", "Postcode", "Huisnummer", "Complex"});
  EXPECT_EQ(c.id, "VHE");
  EXPECT_EQ(c.postcode, "Postcode");
  EXPECT_TRUE(c.lat.empty());
}

}  // namespace leefbaar::testing
