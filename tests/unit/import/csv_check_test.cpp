// The CSV check before GDAL (import/csv_check.hpp), the encoding of text from files
// (import/text_encoding.hpp) and the allow-lists with which GDAL opens files (import/gdal_env.hpp).
#include "import/csv_check.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "import/areas.hpp"
#include "import/bag.hpp"
#include "import/table_reader.hpp"
#include "import/text_encoding.hpp"
#include "support/errors.hpp"
#include "support/tcp_listener.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

CsvShape shape_of(const std::string& text) {
  std::istringstream in(text);
  return check_csv(in, "t.csv");
}

std::string problem_of(const std::string& text) {
  return input_error_of([&] { shape_of(text); });
}

}  // namespace

TEST(CsvCheck, QuotedSeparatorsLineBreaksAndDoubledQuotesAreOneField) {
  const auto s = shape_of(
      "\xEF\xBB\xBF"
      "a;b;c\r\n1;\"x;y\";\"z \"\"q\"\"\nr\"\r\n\r\n2;;\n");
  EXPECT_EQ(s.separator, ';');
  EXPECT_EQ(s.records, 3);
  EXPECT_EQ(s.first_non_utf8, 0);
  EXPECT_EQ(shape_of("a,b\n1,2\n").separator, ',');
  EXPECT_EQ(shape_of("a\tb\n1\t2\n").separator, '\t');
  EXPECT_EQ(shape_of("a\n1\n").records, 2);
  EXPECT_EQ(shape_of("a;b,c\n1,2\n").separator, ',');  // mixed: GDAL takes the comma
  EXPECT_NE(problem_of("a b\n1 2\n").find("alleen spaties"), std::string::npos);
}

TEST(CsvCheck, AQuoteNeverClosedNamesItsRowAndLine) {
  EXPECT_EQ(problem_of("a;b\n1;2\n\n3;\"4\n5;6\n"),
            "t.csv, rij 3: een aanhalingsteken (\") op regel 4 wordt nergens gesloten; verwacht "
            "een tweede \" aan het eind van het veld (nu zou de rest van het bestand één veld "
            "zijn)");
  // A quote in the middle of a field opens a quoted stretch for GDAL too.
  EXPECT_NE(problem_of("a;b\n12\" scherm;2\n").find("rij 2: een aanhalingsteken"),
            std::string::npos);
}

TEST(CsvCheck, RowsWithTooFewOrTooManyFieldsAreListed) {
  EXPECT_EQ(problem_of("a;b;c\n1;2;3\n1;2\n1;2;3;4\n"),
            "t.csv, rij 3: 2 velden gevonden, verwacht 3 zoals in de kopregel (gescheiden door een "
            "puntkomma); rij 4: 4 velden gevonden, verwacht 3 zoals in de kopregel (gescheiden "
            "door een puntkomma)");
  std::string many = "a,b\n";
  for (int i = 0; i < 8; ++i) many += "1\n";
  const auto message = problem_of(many);
  EXPECT_NE(message.find("rij 6: 1 veld gevonden"), std::string::npos) << message;
  EXPECT_NE(message.find("; en nog 3 rijen"), std::string::npos) << message;
}

TEST(CsvCheck, NulBytesAndUtf16AreNoCsvText) {
  EXPECT_NE(problem_of(std::string("a;b\n1;\0\n", 8)).find("rij 2: het bestand bevat een nul-byte"),
            std::string::npos);
  EXPECT_NE(problem_of("\xFF\xFE"
                       "a\0;\0")
                .find("UTF-16"),
            std::string::npos);
}

TEST(CsvCheck, TheFirstRowThatIsNoUtf8IsFound) {
  EXPECT_EQ(shape_of("a;b\n1;\xC3\xA9\n2;\xE9\n3;\xEB\n").first_non_utf8, 3);
  EXPECT_TRUE(is_utf8("\xC3\xA9"));
  EXPECT_FALSE(is_utf8("\xE9"));
  EXPECT_EQ(*windows1252_to_utf8("\x80 \xE9\xEB"), "\xE2\x82\xAC \xC3\xA9\xC3\xAB");
  EXPECT_FALSE(windows1252_to_utf8("\x81"));
}

TEST(TableReader, RowNumbersAgreeWithTheCheckAcrossBlankLines) {
  TempDir dir;
  TableReader t(dir.write("t.csv", "a;b\n1;2\n\n3;4\n"));
  TableRow row;
  ASSERT_TRUE(t.next(row));
  EXPECT_EQ(row.number, 2);
  ASSERT_TRUE(t.next(row));
  EXPECT_EQ(row.number, 3);
  EXPECT_EQ(row[1], "4");
}

TEST(TableReader, Windows1252IsReadAsUtf8WithAWarning) {
  TempDir dir;
  TableReader t(dir.write("t.csv", "naam;plaats\nCaf\xE9;Assen\n"), "t.csv");
  ASSERT_EQ(t.warnings().size(), 1u);
  EXPECT_NE(t.warnings()[0].find("t.csv: de tekst was niet in UTF-8 maar in Windows-1252"),
            std::string::npos);
  TableRow row;
  ASSERT_TRUE(t.next(row));
  EXPECT_EQ(row[0], "Caf\xC3\xA9");
}

TEST(TableReader, AHeaderOnlyOrEmptyFileHasNoRows) {
  TempDir dir;
  TableRow row;
  EXPECT_EQ(input_error_of([&] {
              TableReader t(dir.write("h.csv", "a;b\n;\n"), "h.csv");
              EXPECT_EQ(t.columns().size(), 2u);  // the header is checked first
              t.next(row);
            }),
            "h.csv, rij 1: het bestand heeft geen rijen, alleen een kopregel; verwacht rijen onder "
            "de kopregel");
  EXPECT_NE(input_error_of([&] { TableReader t(dir.write("e.csv", ""), "e.csv"); }).find("leeg"),
            std::string::npos);
}

TEST(TableReader, ACsvtCompanionIsIgnored) {
  TempDir dir;
  const auto file = dir.write("t.csv", "id,x\n007,1.5\n");
  dir.write("t.csvt", "Integer,Integer\n");
  TableReader t(file);
  TableRow row;
  ASSERT_TRUE(t.next(row));
  EXPECT_EQ(row[0], "007");
  EXPECT_EQ(row[1], "1.5");
}

TEST(GdalFiles, VirtualFilesAndVsiPathsAreRefused) {
  TempDir dir;
  TcpListener listener;
  const std::string url =
      "/vsicurl/http://127.0.0.1:" + std::to_string(listener.port()) + "/b.json";
  const auto buurten = test_data("amstelveen-buurten.geojson");
  // A .vrt that reads a real buurten file: GDAL's VRT driver would open it.
  const auto vrt = dir.write("b.vrt", vrt_reading(buurten.string(), ""));
  const auto vrt_url = dir.write("u.vrt", vrt_reading(url, ""));
  for (const auto& file :
       {vrt, vrt_url, dir.write("b.geojson", vrt_reading(buurten.string(), ""))}) {
    EXPECT_FALSE(input_error_of([&] { read_areas(file.string(), AreaKind::buurt); }).empty())
        << file;
    EXPECT_FALSE(input_error_of([&] { read_grid(file.string()); }).empty()) << file;
    EXPECT_FALSE(input_error_of([&] { read_bag(file); }).empty()) << file;
  }
  EXPECT_NE(input_error_of([&] { read_areas(url, AreaKind::buurt); }).find("/vsi"),
            std::string::npos);
  EXPECT_NE(input_error_of([&] { TableReader t(url); }).find("/vsi"), std::string::npos);
  EXPECT_NE(input_error_of([&] {
              TableReader t("/vsizip/" + dir.path().string() + "/a.zip/a.csv");
            }).find("/vsi"),
            std::string::npos);
  EXPECT_FALSE(listener.contacted());
  // The real file still reads.
  EXPECT_FALSE(read_areas(buurten.string(), AreaKind::buurt).areas.empty());
}

}  // namespace leefbaar::testing
