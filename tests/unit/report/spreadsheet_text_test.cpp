// CSV injection (issue 9, OWASP): every CSV and XLSX writer puts a single quote before text that
// starts with = + - @, a tab or a carriage return, and writes such text in XLSX as a string, never
// a formula; numbers (a negative amount too) stay numbers.
#include <gtest/gtest.h>

#include "core/text.hpp"
#include "report/record_table_io.hpp"
#include "report/sheet.hpp"
#include "report/xlsx.hpp"
#include "support/temp_files.hpp"
#include "support/workbook.hpp"

namespace leefbaar::testing {

namespace {

const std::string kLink = "=HYPERLINK(\"http://evil.example\",\"klik\")";

TEST(SpreadsheetText, FormulaStartsGetAQuote) {
  EXPECT_EQ(spreadsheet_text(kLink), "'" + kLink);
  EXPECT_EQ(spreadsheet_text("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(spreadsheet_text("+31 6 12345678"), "'+31 6 12345678");
  EXPECT_EQ(spreadsheet_text("-1+2"), "'-1+2");
  EXPECT_EQ(spreadsheet_text("\t=1"), "'\t=1");
  EXPECT_EQ(spreadsheet_text("\r=1"), "'\r=1");
  EXPECT_EQ(spreadsheet_text("Speeltuin = leuk"), "Speeltuin = leuk");
  EXPECT_EQ(spreadsheet_text(""), "");
}

RecordTable resident_table() {
  return {"proef",
          {{"titel", ColumnType::text, 30},
           {"omschrijving", ColumnType::text, 30},
           {"bedrag", ColumnType::money, 12},
           {"aantal", ColumnType::whole, 8}},
          {{kLink, std::string("@SUM(A1)"), -4550LL, -3LL}}};
}

TEST(SpreadsheetText, TheRecordsCsvNeutralisesTextButNotNumbers) {
  const auto csv = record_csv(resident_table());
  EXPECT_NE(
      csv.find("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\";'@SUM(A1);-45,50;-3\r\n"),
      std::string::npos)
      << csv;
}

TEST(SpreadsheetText, TheRecordsXlsxHoldsStringsNotFormulas) {
  TempDir dir;
  const auto file = dir.path() / "proef.xlsx";
  write_record_xlsx(file, resident_table());
  const auto sheet = zip_member(file, "xl/worksheets/sheet1.xml");
  const auto strings = zip_member(file, "xl/sharedStrings.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_EQ(sheet.find("<f>"), std::string::npos) << sheet;
  EXPECT_NE(strings.find("<t>'=HYPERLINK("), std::string::npos) << strings;
  EXPECT_NE(strings.find("<t>'@SUM(A1)</t>"), std::string::npos) << strings;
  // The amount and the count are numbers.
  EXPECT_NE(sheet.find("<v>-45.5</v>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<v>-3</v>"), std::string::npos) << sheet;
}

Sheet programme_sheet() {
  return {"gemeenten", {"naam", "score"}, {{std::string("@SUM(A1)"), -45.5}, {kLink, 1.25}}};
}

TEST(SpreadsheetText, TheProgrammeCsvAndXlsxNeutraliseTextButNotNumbers) {
  const auto csv = csv_text(programme_sheet());
  EXPECT_NE(csv.find("\n'@SUM(A1),-45.5\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\",1.25\n"),
            std::string::npos)
      << csv;
  TempDir dir;
  const auto file = dir.path() / "programma.xlsx";
  const Sheet s = programme_sheet();
  write_xlsx(file, {&s});
  const auto sheet = zip_member(file, "xl/worksheets/sheet1.xml");
  const auto strings = zip_member(file, "xl/sharedStrings.xml");
  EXPECT_EQ(sheet.find("<f>"), std::string::npos) << sheet;
  EXPECT_NE(strings.find("<t>'@SUM(A1)</t>"), std::string::npos) << strings;
  EXPECT_NE(strings.find("<t>'=HYPERLINK("), std::string::npos) << strings;
  EXPECT_NE(sheet.find("<v>-45.5</v>"), std::string::npos) << sheet;
}

}  // namespace

}  // namespace leefbaar::testing
