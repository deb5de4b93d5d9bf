// CSV injection through the records export (issue 9): a resident's initiative whose title and
// description start with = and @ comes out of /api/v1/registraties/initiatieven/export with a quote
// before them, in CSV and in XLSX (read back), while a negative amount in the ledger stays a
// number.
#include <gtest/gtest.h>

#include <sstream>

#include "store/import_table.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

const std::string kLink = "=HYPERLINK(\"http://evil.example\",\"klik\")";

class ExportFormulaApi : public DemoServerTest {
 protected:
  void sql(const std::string& statement) const {
    store::Database db(store_file());
    db.sql().exec(statement);
  }
};

TEST_F(ExportFormulaApi, AResidentsFormulaIsExportedAsText) {
  const auto res = api_->call("POST", "/api/v1/portaal/initiatieven", nullptr,
                              nlohmann::json{{"title", kLink},
                                             {"description", "@SUM(A1)"},
                                             {"type", "groen"},
                                             {"buurt", "BU01060101"},
                                             {"email", "bewoner@example.org"}}
                                  .dump());
  ASSERT_EQ(res->status, 202) << res->body;
  const auto tokens = mailed_tokens("/portaal/bevestigen");
  ASSERT_FALSE(tokens.empty());
  ASSERT_EQ(api_->call("POST", "/api/v1/portaal/bevestigingen", nullptr,
                       nlohmann::json{{"token", tokens.back()}}.dump())
                ->status,
            200);
  sql("UPDATE spending_entries SET amount_cents = -4550, description = '+31 6 12345678' WHERE id = "
      "(SELECT min(id) FROM spending_entries)");

  const auto analist = log_in("analist");
  const auto csv = download("/api/v1/registraties/initiatieven/export", analist)->body;
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\""),
            std::string::npos);
  EXPECT_NE(csv.find(";'@SUM(A1)"), std::string::npos);
  EXPECT_EQ(csv.find(";=HYPERLINK"), std::string::npos);
  EXPECT_EQ(csv.find(";@SUM"), std::string::npos);

  const auto sheet = store::read_import_table(
      download("/api/v1/registraties/initiatieven/export?format=xlsx", analist)->body, "x.xlsx");
  const int title = sheet.find("titel");
  ASSERT_GE(title, 0);
  bool found = false;
  for (const auto& row : sheet.rows)
    if (row.cells[static_cast<std::size_t>(title)] == "'" + kLink) found = true;
  EXPECT_TRUE(found);

  // The ledger: the amount -45,50 is a number, the description text.
  const auto ledger = download("/api/v1/registraties/uitgaven/export", analist)->body;
  EXPECT_NE(ledger.find(";-45,50;"), std::string::npos) << ledger.substr(0, 400);
  EXPECT_EQ(ledger.find("'-45,50"), std::string::npos);
  EXPECT_NE(ledger.find("'+31 6 12345678"), std::string::npos);
  const auto xlsx = store::read_import_table(
      download("/api/v1/registraties/uitgaven/export?format=xlsx", analist)->body, "x.xlsx");
  const int amount = xlsx.find("bedrag");
  ASSERT_GE(amount, 0);
  found = false;
  for (const auto& row : xlsx.rows)
    if (row.cells[static_cast<std::size_t>(amount)].rfind("-45.5", 0) == 0) found = true;
  EXPECT_TRUE(found);
}

}  // namespace

}  // namespace leefbaar::testing
