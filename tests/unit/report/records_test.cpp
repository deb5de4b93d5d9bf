// The neighbourhood records as files: the CSV a Dutch spreadsheet opens (byte order mark,
// semicolons, decimal commas), the XLSX with real number and date cells, a frozen bold header, a
// filter and column widths (read back with GDAL), and every import's round trip: a year exported
// as XLSX and read into a fresh store gives the same export; a bad XLSX row is named by the row
// number the sheet shows and adds nothing.
#include <gdal/gdal_priv.h>
#include <gdal/ogrsf_frmts.h>
#include <gtest/gtest.h>

#include "import/gdal_env.hpp"
#include "report/record_table_io.hpp"
#include "store/historic_imports.hpp"
#include "store/initiatives.hpp"
#include "store/record_exports.hpp"
#include "store/spending.hpp"
#include "support/store_fixture.hpp"
#include "support/temp_files.hpp"
#include "support/workbook.hpp"

namespace leefbaar::testing {

namespace {

RecordTable sample_table() {
  return {"proef",
          {{"datum", ColumnType::date, 12},
           {"titel", ColumnType::text, 30},
           {"deelnemers", ColumnType::whole, 10},
           {"kosten", ColumnType::money, 12}},
          {{std::string("2025-03-14"), std::string("Koffie; met \"taart\""), 14LL, 125050LL},
           {RecordCell{}, std::string("Zonder datum"), RecordCell{}, -500LL}}};
}

class Records : public ::testing::Test {
 protected:
  Records() : a_(dir_.path() / "a.sqlite"), b_(dir_.path() / "b.sqlite") {
    seed_records_store(a_);
    seed_records_store(b_);
  }

  RecordTable export_year(store::Database& db, store::RecordKind kind, int year) {
    store::RecordFilter f;
    f.year = year;
    f.today = "2026-03-02";
    return store::export_records(db, 1, kind, f, kRecordsNow);
  }
  // The table written as XLSX and read back as an upload.
  store::ImportTable as_upload(const RecordTable& table) {
    return store::read_import_table(record_xlsx(table), table.name + ".xlsx");
  }
  store::RecordImportReport import(store::Database& db, store::RecordKind kind,
                                   const store::ImportTable& table) {
    return store::import_records(db, 1, kind, table, "analist@test", kRecordsNow);
  }
  // Exports kind from a, reads it into the fresh b, and expects b to export the same.
  void round_trip(store::RecordKind kind, int year, std::size_t rows, bool skip_first = false) {
    const auto out = export_year(a_, kind, year);
    ASSERT_EQ(out.rows.size(), rows);
    EXPECT_EQ(import(b_, kind, as_upload(out)).added, static_cast<long long>(rows));
    auto back = export_year(b_, kind, year);
    ASSERT_EQ(back.columns.size(), out.columns.size());
    for (std::size_t c = 0; c < out.columns.size(); ++c)
      EXPECT_EQ(back.columns[c].header, out.columns[c].header);
    ASSERT_EQ(back.rows.size(), out.rows.size());
    for (std::size_t r = 0; r < out.rows.size(); ++r)
      for (std::size_t c = skip_first ? 1 : 0; c < out.columns.size(); ++c)
        EXPECT_EQ(back.rows[r][c], out.rows[r][c]) << out.columns[c].header << " row " << r;
  }

  TempDir dir_;
  store::Database a_, b_;
};

}  // namespace

TEST(RecordTableFiles, CsvOpensInADutchSpreadsheet) {
  EXPECT_EQ(record_csv(sample_table()),
            "\xEF\xBB\xBF"
            "datum;titel;deelnemers;kosten\r\n"
            "2025-03-14;\"Koffie; met \"\"taart\"\"\";14;1250,50\r\n"
            ";Zonder datum;;-5,00\r\n");
}

TEST(RecordTableFiles, DecimalsAreRoundedWithACommaAndBooleansSayJaOrNee) {
  RecordTable t{"proef",
                {{"score", ColumnType::decimal, 10, 3, "Een score."},
                 {"z", ColumnType::decimal, 10, 2},
                 {"focus", ColumnType::yes_no, 8}},
                {{-0.0571234, -0.001, true}, {1234.5, RecordCell{}, false}}};
  EXPECT_EQ(record_csv(t),
            "\xEF\xBB\xBF"
            "score;z;focus\r\n"
            "-0,057;0,00;ja\r\n"
            "1234,500;;nee\r\n");
}

TEST(RecordTableFiles, AnExplainedTableHasASheetToelichting) {
  RecordTable t{"proef", {{"score", ColumnType::decimal, 10, 3, "Het gemiddelde."}}, {{0.5}}};
  t.notes = {"Editie 2022"};
  TempDir dir;
  const auto file = dir.path() / "proef.xlsx";
  write_record_xlsx(file, t);
  const std::string sheet2 = zip_member(file, "xl/worksheets/sheet2.xml");
  EXPECT_NE(sheet2.find("<sheetData>"), std::string::npos);
  const std::string workbook = zip_member(file, "xl/workbook.xml");
  EXPECT_NE(workbook.find("name=\"toelichting\""), std::string::npos) << workbook;
  const std::string strings = zip_member(file, "xl/sharedStrings.xml");
  EXPECT_NE(strings.find("Het gemiddelde."), std::string::npos);
  EXPECT_NE(strings.find("Editie 2022"), std::string::npos);
  // Without explanations, one sheet only.
  write_record_xlsx(file, sample_table());
  EXPECT_EQ(zip_member(file, "xl/worksheets/sheet2.xml"), "");
}

TEST(RecordTableFiles, XlsxHasRealNumbersAndDatesUnderAFrozenHeader) {
  TempDir dir;
  const auto file = dir.path() / "proef.xlsx";
  write_record_xlsx(file, sample_table());
  gdal::ensure_registered();
  // GDAL with its own type detection: a date cell is a date, a money cell a real number.
  const auto ds = gdal::open_vector(file, {"XLSX"}, {"HEADERS=FORCE"});
  OGRLayer* layer = ds->GetLayer(0);
  ASSERT_NE(layer, nullptr);
  EXPECT_STREQ(layer->GetName(), "proef");
  const OGRFeatureDefn* defn = layer->GetLayerDefn();
  ASSERT_EQ(defn->GetFieldCount(), 4);
  EXPECT_STREQ(defn->GetFieldDefn(0)->GetNameRef(), "datum");
  EXPECT_EQ(defn->GetFieldDefn(0)->GetType(), OFTDate);
  EXPECT_EQ(defn->GetFieldDefn(1)->GetType(), OFTString);
  EXPECT_EQ(defn->GetFieldDefn(2)->GetType(), OFTInteger);
  EXPECT_EQ(defn->GetFieldDefn(3)->GetType(), OFTReal);
  std::unique_ptr<OGRFeature> first(layer->GetNextFeature());
  ASSERT_TRUE(first);
  int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
  float ss = 0;
  first->GetFieldAsDateTime(0, &y, &m, &d, &hh, &mm, &ss, &tz);
  EXPECT_EQ(y * 10000 + m * 100 + d, 20250314);
  EXPECT_STREQ(first->GetFieldAsString(1), "Koffie; met \"taart\"");
  EXPECT_EQ(first->GetFieldAsInteger(2), 14);
  EXPECT_DOUBLE_EQ(first->GetFieldAsDouble(3), 1250.5);
  std::unique_ptr<OGRFeature> second(layer->GetNextFeature());
  ASSERT_TRUE(second);
  EXPECT_FALSE(second->IsFieldSetAndNotNull(0));
  EXPECT_DOUBLE_EQ(second->GetFieldAsDouble(3), -5.0);

  const std::string sheet = zip_member(file, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<autoFilter ref=\"A1:D3\""), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("width=\"30."), std::string::npos) << sheet;
  EXPECT_NE(zip_member(file, "xl/styles.xml").find("<b/>"), std::string::npos);
  EXPECT_EQ(record_xlsx(sample_table()).rfind("PK\x03\x04", 0), 0u);
}

TEST_F(Records, InitiativesRoundTripThroughXlsx) {
  store::NewInitiative in;
  in.title = "Moestuin";
  in.description = "Een moestuin; voor de buurt.";
  in.type = "groen";
  in.buurt_code = "BU01060101";
  // One made live (no households in this store: 0, so no supports), two of an earlier year.
  const auto live = store::create_initiative(a_, 1, in, kRecordsNow, "wijkteam@test");
  ASSERT_GT(live, 0);
  const auto csv = store::read_import_table(
      "ingediend;buurt;titel;soort;status;huishoudens;steunbetuigingen;meerderheid op;besluit "
      "op;gerealiseerd op;geevalueerd op;evaluatie;toegezegd Woonstichting;uren Woonstichting;"
      "toegezegd Welzijn Assen\n"
      "2024-03-01;BU01060101;Speeltuin;speelplek;geevalueerd;120;70;2024-03-20;2024-04-15;"
      "2024-09-01;2024-12-01;Veel kinderen;2500;4;750,25\n"
      "2024-05-15;BU01060401;Buurtfeest;buurtfeest;goedgekeurd;80;41;;2024-06-01;;;;100;;\n",
      "oud.csv");
  EXPECT_EQ(import(a_, store::RecordKind::initiatives, csv).added, 2);
  // The export has the pledges summed per organisation, and the supports as counted.
  const auto out = export_year(a_, store::RecordKind::initiatives, 2024);
  ASSERT_EQ(out.rows.size(), 2u);
  EXPECT_EQ(out.columns.back().header, "uren Welzijn Assen");
  EXPECT_EQ(out.rows[0][10], RecordCell{70LL});
  EXPECT_EQ(out.rows[0][11], RecordCell{61LL});  // nodig: more than half of 120
  round_trip(store::RecordKind::initiatives, 2024, 2, /*skip_first=*/true);
}

TEST_F(Records, ActivitiesLedgerCasesAndWorksRoundTripThroughXlsx) {
  store::Activity act;
  act.held_on = "2024-03-14";
  act.buurt_code = "BU01060101";
  act.type = "ontmoeting";
  act.title = "Koffieochtend";
  act.theme_id = store::list_themes(a_, 1)[0].id;
  act.effort = "Plus";
  act.organisations = "welzijn, corporatie";
  act.participants = 12;
  act.cost_cents = 4550;
  act.result = "Nieuwe vrijwilligers";
  store::add_activity(a_, 1, act, "a@test");
  act.held_on = "2024-06-01";
  act.buurt_code.clear();
  act.wijk_code = "WK010604";
  act.theme_id = 0;
  act.result.clear();
  store::add_activity(a_, 1, act, "a@test");
  store::add_activity(
      a_, 1,
      [&] {
        auto later = act;
        later.held_on = "2025-01-10";
        return later;
      }(),
      "a@test");
  round_trip(store::RecordKind::activities, 2024, 2);

  store::NewSpending s;
  s.spent_on = "2024-02-01";
  s.gemeente_code = "GM0106";
  s.wijk_code = "WK010601";
  s.organisation_id = 1;
  s.amount_cents = 123456;
  s.btiv_category = "b";
  s.effort = "Plus";
  s.description = "Bankjes";
  store::add_spending(a_, 1, s, "a@test");
  s.organisation_id = 2;
  s.btiv_category.clear();
  s.amount_cents = -2500;
  s.activity_ref = "Koffieochtend";
  store::add_spending(a_, 1, s, "a@test");
  round_trip(store::RecordKind::spending, 2024, 2);

  store::MediationCase c;
  c.buurt_code = "BU01060401";
  c.dispute = "geluid";
  c.reported_on = "2024-02-01";
  c.intake_on = "2024-02-05";
  c.mediator_a = "Anna de Vries";
  c.mediator_b = "Aart de Vos";  // the same initials
  c.separate_talks_on = "2024-02-12";
  c.joint_talk_on = "2024-02-20";
  c.agreements_on = "2024-02-20";
  c.outcome = "deels_opgelost";
  store::add_mediation_case(a_, 1, c, "a@test");
  const auto cases = export_year(a_, store::RecordKind::mediation_cases, 2024);
  ASSERT_EQ(cases.rows.size(), 1u);
  EXPECT_EQ(cases.rows[0][7], RecordCell{std::string("A.D.V.")});
  EXPECT_EQ(cases.rows[0][8], RecordCell{std::string("A.D.V.2.")});
  round_trip(store::RecordKind::mediation_cases, 2024, 1);

  store::PhysicalWork w;
  w.kind = "renovatie";
  w.title = "Flats Lariks";
  w.area_code = "BU01060102";
  w.starts_on = "2023-09-01";
  w.ends_on = "2024-06-30";
  w.description = "Isolatie en nieuwe keukens";
  store::add_work(a_, 1, w, "a@test");
  round_trip(store::RecordKind::works, 2024, 1);
}

TEST_F(Records, AnXlsxWithABadRowNamesTheSheetRowAndAddsNothing) {
  RecordTable bad = store::record_template(a_, 1, store::RecordKind::activities);
  const auto row = [](const char* date, const char* participants) {
    return std::vector<RecordCell>{std::string(date),
                                   std::string("WK010601"),
                                   RecordCell{},
                                   std::string("feest"),
                                   std::string("Feest"),
                                   RecordCell{},
                                   std::string("Basis"),
                                   std::string("welzijn"),
                                   std::string(participants),
                                   25000LL,
                                   RecordCell{}};
  };
  bad.rows.push_back(row("2023-05-01", "40"));
  bad.rows.push_back(std::vector<RecordCell>(bad.columns.size()));  // an empty sheet row
  bad.rows.push_back(row("2023-06-01", "veel"));
  try {
    import(a_, store::RecordKind::activities, as_upload(bad));
    FAIL() << "expected the import to fail";
  } catch (const store::RecordImportError& e) {
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_EQ(e.problems()[0].row, 4);
    EXPECT_EQ(e.problems()[0].column, "deelnemers");
    EXPECT_EQ(e.problems()[0].found, "veel");
  }
  EXPECT_TRUE(store::list_activities(a_, 1).empty());
  bad.rows.pop_back();
  const auto upload = as_upload(bad);
  EXPECT_EQ(upload.rows.front().cells.front(), "2023-05-01");  // the date cell as ISO text
  EXPECT_EQ(import(a_, store::RecordKind::activities, upload).added, 1);
  EXPECT_EQ(store::list_activities(a_, 1)[0].cost_cents, 25000);
}

TEST_F(Records, AWorkbookOfTextCellsOnlyStillHasItsHeader) {
  // Dates and numbers typed as text: GDAL would take the header row for data unless told.
  const RecordTable text{"werken",
                         {{"soort", ColumnType::text, 10},
                          {"titel", ColumnType::text, 10},
                          {"gebied", ColumnType::text, 10},
                          {"start", ColumnType::text, 10}},
                         {{std::string("sloop"), std::string("Sloop flat"), std::string("WK010601"),
                           std::string("01-02-2022")}}};
  const auto upload = as_upload(text);
  ASSERT_EQ(upload.columns.size(), 4u);
  EXPECT_EQ(upload.columns[3], "start");
  ASSERT_EQ(upload.rows.size(), 1u);
  EXPECT_EQ(upload.rows[0].number, 2);
  EXPECT_EQ(import(a_, store::RecordKind::works, upload).added, 1);
  EXPECT_EQ(store::list_works(a_, 1)[0].starts_on, "2022-02-01");
}

TEST_F(Records, TheExampleFilesHoldTheImportsHeaders) {
  for (const auto& k : store::record_kinds()) {
    if (!k.importable) continue;
    const auto t = store::record_template(a_, 1, k.kind);
    EXPECT_TRUE(t.rows.empty());
    const auto back = store::read_import_table(record_xlsx(t), "voorbeeld.xlsx");
    ASSERT_EQ(back.columns.size(), t.columns.size()) << k.slug;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      EXPECT_EQ(back.columns[c], t.columns[c].header) << k.slug;
    EXPECT_TRUE(back.rows.empty());
    try {
      import(a_, k.kind, back);
      ADD_FAILURE() << k.slug << ": an empty file was read in";
    } catch (const store::RecordImportError& e) {
      EXPECT_EQ(e.problems()[0].row, 1) << k.slug;
    }
  }
}

}  // namespace leefbaar::testing
