#include "store/imports.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/errors.hpp"
#include "support/store_fixture.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

const char* const kScores =
    "bu_code,jaar,lbm,afw,fys,onv,soc,vrz,won\n"
    "BU01060101,2022,4.2,0.1,0.02,0.02,0.02,0.02,0.02\n"
    "BU01060102,2022,4.4,0.3,0.1,0.1,0,0,0\n"
    "BU01060101,2008,4.1,0.0,NA,NA,NA,NA,NA\n";

}  // namespace

TEST(Import, ScoresAreStoredWithNullForNaAndAnImportAndAuditRow) {
  TempDir dir;
  store::Database db(dir.path() / "s.sqlite");
  const auto file = dir.write("b.csv", kScores);
  const auto r = store::import_scores(db, "Actium", "Drenthe", file, "tester");
  EXPECT_EQ(r.kind, "scores");
  EXPECT_EQ(r.rows_read, 3);
  EXPECT_GT(r.import_id, 0);
  ASSERT_EQ(r.warnings.size(), 1u);  // row 3: afw (0.3) != 0.1 + 0.1
  EXPECT_NE(r.warnings[0].find("afw is niet gelijk aan fys+onv+soc+vrz+won"), std::string::npos)
      << r.warnings[0];
  EXPECT_EQ(row_count(db, "score_rows"), 3);
  SQLite::Statement q(db.sql(),
                      "SELECT level, lbm, afw, fys, won FROM score_rows WHERE code = 'BU01060101' "
                      "AND jaar = 2008");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "buurt");
  EXPECT_DOUBLE_EQ(q.getColumn(1).getDouble(), 4.1);
  EXPECT_FALSE(q.getColumn(2).isNull());
  EXPECT_TRUE(q.getColumn(3).isNull());
  EXPECT_TRUE(q.getColumn(4).isNull());
  SQLite::Statement i(db.sql(), "SELECT kind, level, rows_read, sha256, created_by FROM imports");
  ASSERT_TRUE(i.executeStep());
  EXPECT_EQ(i.getColumn(0).getString(), "scores");
  EXPECT_EQ(i.getColumn(1).getString(), "buurt");
  EXPECT_EQ(i.getColumn(2).getInt64(), 3);
  EXPECT_EQ(i.getColumn(3).getString().size(), 64u);
  EXPECT_EQ(i.getColumn(4).getString(), "tester");
  // The audit entry is the caller's (usecases/programme_audit_test.cpp).
  EXPECT_EQ(row_count(db, "audit_log"), 0);
}

TEST(Import, ABadFileWritesNothingAndKeepsThePreviousImport) {
  TempDir dir;
  store::Database db(dir.path() / "s.sqlite");
  store::import_scores(db, "Actium", "Drenthe", dir.write("b.csv", kScores), "tester");
  const auto bad = dir.write("bad.csv",
                             "bu_code,jaar,lbm,afw,fys,onv,soc,vrz,won\n"
                             "BU01060101,2022,4.2,0.1,0.02,0.02,0.02,0.02,0.02\n"
                             "BU01060102,2022,veel,0.2,0.1,0.1,0,0,0\n");
  const std::string message =
      input_error_of([&] { store::import_scores(db, "Actium", "Drenthe", bad, "tester"); });
  EXPECT_NE(message.find("rij 3"), std::string::npos) << message;
  EXPECT_NE(message.find("'lbm'"), std::string::npos) << message;
  EXPECT_EQ(row_count(db, "imports"), 1);
  EXPECT_EQ(row_count(db, "score_rows"), 3);
}

TEST(Import, ReimportingReplacesTheSameKindAndLevelOnly) {
  TempDir dir;
  store::Database db(dir.path() / "s.sqlite");
  const auto buurten = dir.write("b.csv", kScores);
  const auto wijken = dir.write("w.csv",
                                "wk_code,jaar,lbm,afw,fys,onv,soc,vrz,won\n"
                                "WK010601,2022,4.2,0.1,0.02,0.02,0.02,0.02,0.02\n");
  const auto first = store::import_scores(db, "Actium", "Drenthe", buurten, "tester");
  store::import_scores(db, "Actium", "Drenthe", wijken, "tester");
  // Another work area keeps its own version.
  store::import_scores(db, "Actium", "Elders", buurten, "tester");
  const auto second = store::import_scores(db, "Actium", "Drenthe", buurten, "tester");
  EXPECT_GT(second.import_id, first.import_id);
  EXPECT_EQ(row_count(db, "imports"), 3);
  EXPECT_EQ(row_count(db, "score_rows"), 3 + 1 + 3);
  EXPECT_EQ(row_count(db, "score_rows", "import_id = " + std::to_string(first.import_id)), 0);
}

TEST(Import, AreasAreStoredWithGeoJsonGeometryInRdCoordinates) {
  TempDir dir;
  store::Database db(dir.path() / "s.sqlite");
  const auto r =
      store::import_areas(db, "Actium", "Amstelveen", test_data("amstelveen-buurten.geojson"),
                          AreaKind::buurt, "tester");
  EXPECT_EQ(r.kind, "buurten");
  EXPECT_EQ(row_count(db, "areas", "kind = 'buurt'"), 47);
  SQLite::Statement q(db.sql(), "SELECT code, geometry_rd FROM areas ORDER BY code LIMIT 1");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString().rfind("BU", 0), 0u);
  const auto g = nlohmann::json::parse(q.getColumn(1).getString());
  EXPECT_EQ(g["type"], "MultiPolygon");
  const auto& ring = g["coordinates"][0][0];
  ASSERT_GE(ring.size(), 4u);
  EXPECT_EQ(ring.front(), ring.back());  // closed
  // Amstelveen in RD New: x about 115-125 km, y about 470-480 km.
  const double x = ring[0][0], y = ring[0][1];
  EXPECT_GT(x, 100000);
  EXPECT_LT(x, 140000);
  EXPECT_GT(y, 460000);
  EXPECT_LT(y, 490000);
}

TEST(Import, StockWithDuplicateIdsIsRefusedAtomically) {
  TempDir dir;
  store::Database db(dir.path() / "s.sqlite");
  StockColumns columns;
  columns.id = "vhe";
  columns.x = "x";
  columns.y = "y";
  columns.daeb = "daeb";
  const auto good = dir.write("good.csv",
                              "vhe;x;y;daeb\n"
                              "001;233412,9;557145,0;ja\n"
                              "002;233414,9;557146,6;nee\n");
  const auto r = store::import_stock(db, "Actium", "Drenthe", good, columns, "tester");
  EXPECT_EQ(r.rows_read, 2);
  EXPECT_EQ(db.sql().execAndGet("SELECT daeb FROM stock_units WHERE unit_id = '002'").getInt(), 0);
  const auto bad = dir.write("bad.csv",
                             "vhe;x;y;daeb\n"
                             "001;233412,9;557145,0;ja\n"
                             "003;233414,9;557146,6;nee\n"
                             "001;233414,9;557146,6;nee\n");
  const std::string message =
      input_error_of([&] { store::import_stock(db, "Actium", "Drenthe", bad, columns, "tester"); });
  EXPECT_NE(message.find("nummer van een eenheid komt vaker voor"), std::string::npos) << message;
  EXPECT_EQ(row_count(db, "stock_units"), 2);
  EXPECT_EQ(row_count(db, "imports"), 1);
  EXPECT_EQ(row_count(db, "stock_units", "unit_id = '003'"), 0);
}

}  // namespace leefbaar::testing
