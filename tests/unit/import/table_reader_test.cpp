#include "import/table_reader.hpp"

#include <gtest/gtest.h>

#include "support/errors.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

TEST(TableReader, ReadsSemicolonsBomCrlfQuotesAndNa) {
  TempDir dir;
  const auto file =
      dir.write("vhe.csv", "\xEF\xBB\xBFVHE;X;naam\r\n0012;233456,5;\"a;b\"\r\n0013;;NA\r\n");
  TableReader t(file);
  ASSERT_EQ(t.columns().size(), 3u);
  EXPECT_EQ(t.columns()[0], "VHE");  // the BOM is not part of the name
  EXPECT_EQ(t.find("vhe"), 0);       // case-insensitive
  TableRow row;
  ASSERT_TRUE(t.next(row));
  EXPECT_EQ(row[0], "0012");  // leading zeros kept
  EXPECT_DOUBLE_EQ(*t.number(row, t.find("x"), false), 233456.5);
  EXPECT_EQ(row[2], "a;b");
  EXPECT_EQ(row.number, 2);
  ASSERT_TRUE(t.next(row));
  EXPECT_FALSE(t.number(row, 1, true));
  EXPECT_FALSE(t.next(row));
}

TEST(TableReader, CommaSeparatedWithDecimalPoint) {
  TempDir dir;
  const auto file = dir.write("t.csv", "a,b\n1.25,x\n");
  TableReader t(file);
  TableRow row;
  ASSERT_TRUE(t.next(row));
  EXPECT_DOUBLE_EQ(*t.number(row, 0, false), 1.25);
}

TEST(TableReader, TextWhereANumberBelongsNamesFileRowColumnAndValue) {
  TempDir dir;
  const auto file = dir.write("t.csv", "id;x\n1;12,5\n2;twaalf\n");
  TableReader t(file, "stock/t.csv");
  TableRow row;
  t.next(row);
  t.next(row);
  const auto message = input_error_of([&] { t.number(row, 1, false); });
  EXPECT_EQ(message,
            "stock/t.csv, rij 3, kolom 'x': gevonden 'twaalf', verwacht een getal, met een "
            "decimale punt of komma");
}

TEST(TableReader, MissingColumnListsTheColumnsThereAre) {
  TempDir dir;
  const auto file = dir.write("t.csv", "id;x\n1;2\n");
  TableReader t(file, "t.csv");
  EXPECT_EQ(input_error_of([&] { t.require("jaar"); }),
            "t.csv: de verplichte kolom 'jaar' ontbreekt; de kolommen zijn: 'id', 'x'");
}

TEST(TableReader, MissingFile) {
  EXPECT_EQ(input_error_of([] { TableReader t("does/not/exist.csv"); }),
            "does/not/exist.csv: het bestand is niet gevonden; verwacht een bestaand bestand "
            "(controleer de naam en de map)");
}

}  // namespace leefbaar::testing
