// Issue 9, points 4 and 8, through the store's functions: a broken file (a quote never closed,
// rows with too few or too many fields, only a header, nothing) changes nothing and says which
// row; Windows-1252 text is stored as UTF-8 with a warning; a file with less than half the rows
// replaces the stock only when confirmed; a GDAL virtual file (.vrt) or a /vsicurl/ path reads
// nothing of the store and makes no request, for every kind; a companion .csvt has no effect.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "store/historic_imports.hpp"
#include "store/imports.hpp"
#include "store/spending.hpp"
#include "store/wijkwerk_store.hpp"
#include "support/errors.hpp"
#include "support/store_fixture.hpp"
#include "support/tcp_listener.hpp"

namespace leefbaar::testing {

namespace {

// n units with RD coordinates; the complex column carries text.
std::string stock_csv(int n, const std::string& complex = "C1") {
  std::string out = "id;x;y;complex\n";
  for (int i = 1; i <= n; ++i) out += fmt::format("V{:03};233{:03};557000;{}\n", i, i, complex);
  return out;
}

class StockImport : public StoreTest {
 protected:
  StockImport() {
    store::import_file(db_, "stock", "Actium", "Drenthe", dir_.write("good.csv", stock_csv(20)), {},
                       "tester");
  }
  // The InputError message of importing content as the stock ("" when it was imported).
  std::string refused(const std::string& content, bool confirm = false) {
    const auto file = dir_.write("stock.csv", content);
    return input_error_of([&] {
      store::import_file(db_, "stock", "Actium", "Drenthe", file, {}, "tester", "stock.csv",
                         confirm);
    });
  }
  void expect_unchanged() {
    EXPECT_EQ(count("stock_units"), 20);
    EXPECT_EQ(count("imports"), 1);
  }
};

}  // namespace

TEST_F(StockImport, AQuoteNeverClosedIsRefusedWithItsRow) {
  std::string csv = stock_csv(10);
  csv += "V011;233011;557000;\"Complex met een quote\n";
  for (int i = 12; i <= 16000; ++i) csv += fmt::format("V{};233000;557000;C1\n", i);
  const auto message = refused(csv);
  EXPECT_NE(message.find("stock.csv, rij 12: een aanhalingsteken"), std::string::npos) << message;
  EXPECT_NE(message.find("nergens gesloten"), std::string::npos) << message;
  expect_unchanged();
}

TEST_F(StockImport, RowsWithTooFewOrTooManyFieldsAreRefusedWithTheirRows) {
  const auto few = refused(stock_csv(20) + "V021;233021;557000\n");
  EXPECT_NE(few.find("rij 22: 3 velden gevonden, verwacht 4 zoals in de kopregel"),
            std::string::npos)
      << few;
  const auto many = refused(stock_csv(20) + "V021;233021;557000;C1;extra\n");
  EXPECT_NE(many.find("rij 22: 5 velden gevonden, verwacht 4"), std::string::npos) << many;
  expect_unchanged();
}

TEST_F(StockImport, AFileWithOnlyAHeaderOrNothingIsRefusedAsEmpty) {
  const auto header = refused("id;x;y;complex\n");
  EXPECT_NE(header.find("het bestand heeft geen rijen"), std::string::npos) << header;
  // Even confirmed: a header is no stock.
  EXPECT_NE(refused("id;x;y;complex\n", true).find("geen rijen"), std::string::npos);
  EXPECT_NE(refused("").find("het bestand is leeg"), std::string::npos);
  EXPECT_NE(refused("\n\n").find("het bestand is leeg"), std::string::npos);
  expect_unchanged();
}

TEST_F(StockImport, LessThanHalfTheRowsReplacesTheStockOnlyWhenConfirmed) {
  const auto file = dir_.write("small.csv", stock_csv(9));
  try {
    store::import_file(db_, "stock", "Actium", "Drenthe", file, {}, "tester", "small.csv");
    FAIL() << "expected a refusal";
  } catch (const store::ShrinkRefused& e) {
    EXPECT_EQ(e.before(), 20);
    EXPECT_EQ(e.after(), 9);
    EXPECT_NE(std::string(e.what()).find("van 20 naar 9 rijen"), std::string::npos) << e.what();
  }
  expect_unchanged();
  // Half is not more than half: accepted without asking.
  store::import_file(db_, "stock", "Actium", "Drenthe", dir_.write("half.csv", stock_csv(10)), {},
                     "tester");
  EXPECT_EQ(count("stock_units"), 10);
  const auto smaller = dir_.write("smaller.csv", stock_csv(4));
  EXPECT_THROW(store::import_file(db_, "stock", "Actium", "Drenthe", smaller, {}, "tester"),
               store::ShrinkRefused);
  EXPECT_EQ(count("stock_units"), 10);
  const auto r =
      store::import_file(db_, "stock", "Actium", "Drenthe", smaller, {}, "tester", {}, true);
  EXPECT_EQ(r.rows_read, 4);
  EXPECT_EQ(r.rows_replaced, 10);
  EXPECT_EQ(count("stock_units"), 4);
  EXPECT_EQ(store::describe_import("Drenthe", r),
            "Drenthe: stock " + smaller.string() +
                " (4 rows, 0 warnings); shrink from 10 rows confirmed");
}

TEST_F(StockImport, Windows1252TextIsStoredAsUtf8WithAWarning) {
  const auto file = dir_.write("cp.csv", stock_csv(20, "Caf\xE9 Ons Ri\xEBt"));
  const auto r =
      store::import_file(db_, "stock", "Actium", "Drenthe", file, {}, "tester", "cp.csv");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("Windows-1252"), std::string::npos) << r.warnings[0];
  EXPECT_NE(r.warnings[0].find("rij 2"), std::string::npos) << r.warnings[0];
  EXPECT_EQ(db_.sql().execAndGet("SELECT complex FROM stock_units LIMIT 1").getString(),
            "Caf\xC3\xA9 Ons Ri\xC3\xABt");
  // Bytes that are no Windows-1252 either (0x81) are refused with their row.
  const auto message = refused(stock_csv(19) + "V020;233020;557000;\x81\n");
  EXPECT_NE(message.find("rij 21: de tekst is geen UTF-8 en ook geen Windows-1252"),
            std::string::npos)
      << message;
  EXPECT_EQ(count("stock_units"), 20);
}

TEST_F(StockImport, ACsvtCompanionNextToTheFileHasNoEffect) {
  // A .csvt would make GDAL read the id as a number (leading zeros lost) and x as text.
  const auto file = dir_.write("typed.csv", "id;x;y\n007;233000;557000\n008;233001;557000\n");
  dir_.write("typed.csvt", "Integer,String,String\n");
  store::import_file(db_, "stock", "Actium", "Drenthe", file, {}, "tester", {}, true);
  EXPECT_EQ(db_.sql().execAndGet("SELECT MIN(unit_id) FROM stock_units").getString(), "007");
}

TEST(ImportFiles, AVirtualFileOrAVsiPathReadsNothingAndFetchesNothingForEveryKind) {
  TempDir dir;
  const auto store_file = dir.path() / "s.sqlite";
  store::Database db(store_file);
  store::create_organisation(db, "GEHEIM-ORGANISATIE", store::OrganisationKind::corporatie);
  TcpListener listener;
  const std::string url = fmt::format("/vsicurl/http://127.0.0.1:{}/bron.csv", listener.port());
  const std::string sql =
      "SELECT name AS buurtcode, name AS wijkcode, name AS gemeentecode, name AS grid_id, name AS "
      "id, name AS bu_code, name AS identificatie, name AS postcode, name AS huisnummer, name AS "
      "pc6, name AS gemeente FROM organisations";
  const auto from_store = dir.write("store.vrt", vrt_reading(store_file.string(), sql));
  const auto from_url = dir.write("url.vrt", vrt_reading(url, ""));
  const auto as_geojson = dir.write("store.geojson", vrt_reading(store_file.string(), sql));
  for (const char* kind : store::kImportKinds) {
    for (const auto& file : {from_store, from_url, as_geojson, std::filesystem::path(url)}) {
      const auto message = input_error_of(
          [&] { store::import_file(db, kind, "Actium", "Drenthe", file, {}, "tester"); });
      EXPECT_FALSE(message.empty()) << kind << " " << file;
      EXPECT_EQ(message.find("GEHEIM"), std::string::npos) << kind << ": " << message;
    }
  }
  for (const auto kind :
       {store::RecordKind::initiatives, store::RecordKind::activities, store::RecordKind::spending,
        store::RecordKind::mediation_cases, store::RecordKind::works}) {
    for (const auto& name : {"store.vrt", "store.xlsx", "store.csv"}) {
      try {
        const auto table = store::read_import_table(vrt_reading(store_file.string(), sql), name);
        store::import_records(db, 1, kind, table, "tester", kRecordsNow);
        ADD_FAILURE() << "imported " << name;
      } catch (const store::RecordImportError& e) {
        for (const auto& p : e.problems())
          EXPECT_EQ((p.found + p.message).find("GEHEIM"), std::string::npos) << p.message;
      }
    }
  }
  EXPECT_EQ(row_count(db, "imports"), 0);
  EXPECT_FALSE(listener.contacted());
}

namespace {

class RecordImport : public StoreTest {
 protected:
  RecordImport() { seed_records_store(db_); }
  // The problems of importing csv as kind (none when it was imported).
  std::vector<store::RecordProblem> problems(store::RecordKind kind, const std::string& csv) {
    try {
      const auto table = store::read_import_table(csv, "bestand.csv");
      report_ = store::import_records(db_, 1, kind, table, "analist@test", kRecordsNow);
    } catch (const store::RecordImportError& e) {
      return e.problems();
    }
    return {};
  }
  std::string first(store::RecordKind kind, const std::string& csv) {
    const auto p = problems(kind, csv);
    return p.empty() ? std::string{} : fmt::format("{}: {}", p[0].row, p[0].message);
  }
  store::RecordImportReport report_;
};

const std::string kActivities =
    "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n"
    "2023-05-01;WK010601;feest;Buurtfeest;Basis;welzijn;40;250\n";
const std::string kWorks =
    "soort;titel;gebied;wijk;start;einde;omschrijving\n"
    "renovatie;Flats Lariks;WK010601;;2021-01-04;;\n";

}  // namespace

TEST_F(RecordImport, BrokenActivitiesAndWorksAddNothingAndSayWhichRow) {
  for (const auto& [kind, good, table] :
       {std::tuple{store::RecordKind::activities, kActivities, "wijk_activities"},
        std::tuple{store::RecordKind::works, kWorks, "wijk_works"}}) {
    const std::string header = good.substr(0, good.find('\n') + 1);
    const std::string row = good.substr(header.size());
    EXPECT_TRUE(problems(kind, good).empty());
    const auto before = count(table);
    EXPECT_EQ(first(kind, good + row.substr(0, 12) + "\"nooit dicht;" + row),
              "3: Een aanhalingsteken (\") op regel 3 wordt nergens gesloten; verwacht een tweede "
              "\" aan het eind van het veld (nu zou de rest van het bestand één veld zijn).");
    const auto few = first(kind, header + row.substr(0, row.rfind(';')) + "\n");
    EXPECT_NE(few.find("velden gevonden, verwacht"), std::string::npos) << few;
    EXPECT_EQ(few.substr(0, 3), "2: ");
    const auto many = first(kind, header + row.substr(0, row.size() - 1) + ";extra\n");
    EXPECT_NE(many.find("velden gevonden, verwacht"), std::string::npos) << many;
    EXPECT_NE(first(kind, header).find("geen rijen"), std::string::npos) << first(kind, header);
    EXPECT_NE(first(kind, "").find("leeg"), std::string::npos);
    EXPECT_EQ(count(table), before);
  }
}

TEST_F(RecordImport, Windows1252ActivitiesAndWorksAreStoredAsUtf8WithAWarning) {
  ASSERT_TRUE(problems(store::RecordKind::activities,
                       "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n"
                       "2023-05-01;WK010601;feest;Caf\xE9 op het plein;Basis;welzijn;40;250\n")
                  .empty());
  ASSERT_EQ(report_.warnings.size(), 1u);
  EXPECT_NE(report_.warnings[0].find("Windows-1252"), std::string::npos);
  EXPECT_EQ(store::list_activities(db_, 1)[0].title, "Caf\xC3\xA9 op het plein");
  ASSERT_TRUE(problems(store::RecordKind::works,
                       "soort;titel;gebied;wijk;start;einde;omschrijving\n"
                       "renovatie;Flats Lariks;WK010601;;2021-01-04;;Ri\xEBle gevels\n")
                  .empty());
  EXPECT_EQ(report_.warnings.size(), 1u);
  EXPECT_EQ(store::list_works(db_, 1)[0].description,
            "Ri\xC3\xAB"
            "le gevels");
}

TEST_F(RecordImport, TheLedgerAndActivitiesCsvImportsUseTheSameChecks) {
  const auto ledger = store::import_spending_csv(
      db_, 1, "datum;gemeente;organisatie;bedrag\n2023-01-01;GM0106;\"Woonstichting;10\n", "a@t");
  ASSERT_EQ(ledger.errors.size(), 1u);
  EXPECT_EQ(ledger.errors[0].row, 2);
  EXPECT_NE(ledger.errors[0].message.find("aanhalingsteken"), std::string::npos);
  const auto header_only =
      store::import_spending_csv(db_, 1, "datum;gemeente;organisatie;bedrag\n", "a@t");
  ASSERT_EQ(header_only.errors.size(), 1u);
  EXPECT_EQ(count("spending_entries"), 0);
  EXPECT_THROW(store::check_activities_csv(db_, 1, kActivities + "2023-05-02;WK010601\n"),
               store::ActivityImportError);
  EXPECT_EQ(count("wijk_activities"), 0);
}

}  // namespace leefbaar::testing
