// Records of earlier years read from CSV through GDAL (store/import_table.hpp) into the store
// (store/historic_imports.hpp): initiatives with their supports and pledges, mediation cases and
// physical works, and the activities and the ledger through their own checks. A file with any
// problem adds nothing and names every row, column and cell; a good file adds everything (its audit
// entry is the use case's: usecases/records_audit_test.cpp). The XLSX side and the round trips are
// in tests/unit/report/records_test.cpp.
#include "store/historic_imports.hpp"

#include <gtest/gtest.h>

#include "store/initiatives.hpp"
#include "store/spending.hpp"
#include "store/wijkwerk_store.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

namespace {

class HistoricImports : public StoreTest {
 protected:
  HistoricImports() { seed_records_store(db_); }

  store::RecordImportReport import(store::RecordKind kind, const std::string& csv) {
    const auto table = store::read_import_table(csv, "bestand.csv");
    return store::import_records(db_, 1, kind, table, "analist@test", kRecordsNow);
  }
  // The problems of an import that must fail.
  std::vector<store::RecordProblem> problems(store::RecordKind kind, const std::string& csv) {
    try {
      import(kind, csv);
    } catch (const store::RecordImportError& e) {
      return e.problems();
    }
    ADD_FAILURE() << "the import did not fail";
    return {};
  }
};

bool has(const std::vector<store::RecordProblem>& problems, long long row,
         const std::string& column, const std::string& found = "*") {
  for (const auto& p : problems)
    if (p.row == row && p.column == column && (found == "*" || p.found == found) &&
        !p.message.empty())
      return true;
  return false;
}

std::string dump(const std::vector<store::RecordProblem>& problems) {
  std::string out;
  for (const auto& p : problems)
    out += std::to_string(p.row) + " " + p.column + " '" + p.found + "': " + p.message + "\n";
  return out;
}

// A problem an import must list: its row, its column and the cell found ("*": any).
struct Expected {
  long long row;
  std::string column, found = "*";
};

void expect_problems(const std::vector<store::RecordProblem>& problems,
                     const std::vector<Expected>& expected) {
  for (const auto& e : expected)
    EXPECT_TRUE(has(problems, e.row, e.column, e.found))
        << e.row << " " << e.column << " '" << e.found << "' not in:\n"
        << dump(problems);
}

const std::string kInitiativesHeader =
    "ingediend;buurt;titel;soort;status;huishoudens;steunbetuigingen;besluit op;reden "
    "afwijzing;gerealiseerd op;geevalueerd op;evaluatie;toegezegd Woonstichting;uren Welzijn "
    "Assen\n";

}  // namespace

TEST_F(HistoricImports, InitiativesOfEarlierYearsKeepTheirSupportsAndPledges) {
  const auto report =
      import(store::RecordKind::initiatives,
             kInitiativesHeader +
                 "2023-03-01;BU01060101;Speeltuin;speelplek;gerealiseerd;120;70;2023-04-15;;"
                 "2023-09-01;;;\"2.500,00\";12\n"
                 "15-5-2023;BU01060401;Buurtfeest;Buurtfeest;afgewezen;80;20;2023-06-01;Te weinig "
                 "steun;;;;;\n");
  EXPECT_EQ(report.rows_read, 2);
  EXPECT_EQ(report.added, 2);
  store::InitiativeFilter filter;
  filter.year = 2023;
  const auto list = store::list_initiatives(db_, 1, filter, kRecordsNow);
  ASSERT_EQ(list.size(), 2u);
  const auto& park = list[1];  // newest first
  EXPECT_EQ(park.title, "Speeltuin");
  EXPECT_EQ(park.state, store::InitiativeState::realised);
  EXPECT_EQ(park.area.wijk, "WK010601");
  EXPECT_EQ(park.area.gemeente, "GM0106");
  EXPECT_EQ(park.households, 120);
  EXPECT_EQ(park.supports, 70);  // the imported number, without addresses
  EXPECT_TRUE(park.supported);
  EXPECT_EQ(park.created_at.substr(0, 10), "2023-03-01");
  EXPECT_EQ(park.realised_at.substr(0, 10), "2023-09-01");
  ASSERT_EQ(park.pledges.size(), 2u);
  long long amount = 0, hours = 0;
  for (const auto& p : park.pledges) {
    amount += p.amount_cents;
    hours += p.hours;
  }
  EXPECT_EQ(amount, 250000);
  EXPECT_EQ(hours, 12);
  EXPECT_EQ(list[0].created_at.substr(0, 10), "2023-05-15");
  EXPECT_EQ(list[0].refusal_reason, "Te weinig steun");
  EXPECT_EQ(list[0].type, "buurtfeest");
  EXPECT_EQ(count("initiative_supports"), 0);

  // The same file again: every row is already there.
  const auto again = problems(store::RecordKind::initiatives,
                              kInitiativesHeader +
                                  "2023-03-01;BU01060101;Speeltuin;speelplek;gerealiseerd;120;70;"
                                  "2023-04-15;;2023-09-01;;;;\n");
  EXPECT_TRUE(has(again, 2, "titel", "Speeltuin")) << dump(again);
  EXPECT_EQ(count("initiatives"), 2);
}

TEST_F(HistoricImports, BadInitiativeRowsAreAllListedAndNothingIsAdded) {
  const auto found = problems(
      store::RecordKind::initiatives,
      kInitiativesHeader +
          "2023-02-30;BU01060101;Speeltuin;speelplek;goedgekeurd;120;70;2023-04-15;;;;;100;\n"
          "2023-03-01;BU09990101;Bankje;ontmoeten;goedgekeurd;12;7;2023-04-01;;;;;;\n"
          "2023-03-01;BU01060102;Bankje;ontmoeten;open;12;7;2023-04-01;;;;;;\n"
          "2023-03-01;BU01060102;Tuin;groen;goedgekeurd;12;13;2023-04-01;;;;;;\n"
          "2023-03-01;BU01060102;Tuin;groen;afgewezen;12;3;2023-04-01;;;;;50;\n"
          "2023-03-01;BU01060102;Feest;feest;geevalueerd;12;8;2023-02-01;;;;;;twee\n"
          "2027-03-01;BU01060102;Later;groen;goedgekeurd;12;8;2027-04-01;;;;;;\n");
  expect_problems(found, {{2, "ingediend", "2023-02-30"},
                          {3, "buurt", "BU09990101"},
                          {4, "status", "open"},
                          {5, "steunbetuigingen", "13"},
                          {6, "reden afwijzing", ""},
                          {6, "toegezegd Woonstichting", "50"},
                          {7, "soort", "feest"},
                          {7, "besluit op", "2023-02-01"},
                          {7, "gerealiseerd op", ""},
                          {7, "uren Welzijn Assen", "twee"},
                          {8, "ingediend", "2027-03-01"}});
  EXPECT_EQ(count("initiatives"), 0);
  EXPECT_EQ(count("initiative_pledges"), 0);

  // Columns: the required ones, and pledges only of the partnership's organisations.
  const auto header = problems(store::RecordKind::initiatives,
                               "ingediend;buurt;titel;soort;status;huishoudens;besluit op;"
                               "toegezegd Politie\n2023-03-01;BU01060101;x;groen;goedgekeurd;"
                               "1;2023-04-01;10\n");
  expect_problems(header, {{1, "steunbetuigingen"}, {1, "toegezegd Politie", "toegezegd Politie"}});
  EXPECT_EQ(count("initiatives"), 0);
}

TEST_F(HistoricImports, MediationCasesFollowTheCcvStepsAndGetANumber) {
  const std::string header =
      "zaaknummer;melding;wijk;buurt;soort ruzie;intake;bemiddelaar 1;bemiddelaar 2;aparte "
      "gesprekken;gezamenlijk gesprek;afspraken;nazorg;uitkomst;reden uitsluiting\n";
  const auto report = import(
      store::RecordKind::mediation_cases,
      header +
          "BB-2023-007;2023-02-01;WK010601;BU01060101;geluid;2023-02-06;A.J.;P.;2023-02-20;"
          "2023-03-01;2023-03-01;2023-03-29;opgelost;\n"
          ";2023-05-01;;BU01060401;huisdieren;2023-05-03;;;;;;;Uitgesloten;Partij weigert\n");
  EXPECT_EQ(report.added, 2);
  const auto cases = store::list_mediation_cases(db_, 1, {}, 2023);
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[0].case_number, "BB-2023-007");
  EXPECT_EQ(cases[0].mediator_a, "A.J.");
  EXPECT_EQ(cases[0].outcome, "opgelost");
  EXPECT_EQ(cases[1].case_number, "BB-2023-002");  // made as the live form does
  EXPECT_EQ(cases[1].wijk_code, "WK010604");
  EXPECT_EQ(cases[1].exclusion_reason, "partij_weigert");

  const auto bad = problems(store::RecordKind::mediation_cases,
                            header +
                                "BB-2023-007;2023-02-01;;BU01060101;geluid;;;;;;;;;\n"
                                "X-1;2023-02-01;WK010604;BU01060101;geluid;2023-01-30;A.;A.;;;;;;\n"
                                "X-2;2023-02-01;;BU01060101;geluid;2023-02-02;A.;;2023-02-10;;;;;\n"
                                "X-3;2023-02-01;;BU01060101;ruzie;;;;;2023-02-10;;;uitgesloten;\n"
                                "X-3;2023-02-01;;BU01060101;geluid;;;;;;;;opgelost;geweld\n");
  expect_problems(bad, {{2, "zaaknummer", "BB-2023-007"},
                        {3, "wijk", "WK010604"},
                        {3, "intake", "2023-01-30"},
                        {3, "bemiddelaar 2", "A."},
                        {4, "bemiddelaar 2", ""},
                        {5, "soort ruzie", "ruzie"},
                        {5, "gezamenlijk gesprek", "2023-02-10"},
                        {5, "reden uitsluiting", ""},
                        {6, "zaaknummer", "X-3"},
                        {6, "reden uitsluiting", "geweld"}});
  EXPECT_EQ(count("wijk_mediation_cases"), 2);
}

TEST_F(HistoricImports, WorksNeedAKnownAreaAndAnEndAfterTheStart) {
  const std::string header = "soort;titel;gebied;wijk;start;einde;omschrijving\n";
  EXPECT_EQ(import(store::RecordKind::works,
                   header + "Openbare ruimte;Nieuw plein;BU01060401;WK010604;2022-04-01;2022-10-01;"
                            "Herinrichting\n"
                            "renovatie;Flats Lariks;WK010601;;2021-01-04;;\n")
                .added,
            2);
  const auto works = store::list_works(db_, 1);
  ASSERT_EQ(works.size(), 2u);
  EXPECT_EQ(works[1].kind, "openbare_ruimte");
  EXPECT_EQ(works[1].wijk_code, "WK010604");
  const auto bad =
      problems(store::RecordKind::works, header +
                                             "sloop;Sloop;BU09990101;;2022-01-01;;\n"
                                             "sloop;Sloop;WK010601;;2022-05-01;2022-04-01;\n"
                                             "renovatie;Flats Lariks;WK010601;;2021-01-04;;\n"
                                             "bouw;;WK010601;;1-13-2022;;\n");
  expect_problems(bad, {{2, "gebied", "BU09990101"},
                        {3, "einde", "2022-04-01"},
                        {4, "titel", "Flats Lariks"},
                        {5, "soort", "bouw"},
                        {5, "titel", ""},
                        {5, "start", "1-13-2022"}});
  EXPECT_EQ(count("wijk_works"), 2);
}

TEST_F(HistoricImports, ActivitiesAndTheLedgerNameTheCellTheyFound) {
  const auto acts = problems(store::RecordKind::activities,
                             "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n"
                             "2023-05-01;WK010601;feest;Feest;Basis;welzijn;40;250\n"
                             "2023-06-01;WK010601;feest;Feest;Basis;welzijn;veel;250\n");
  EXPECT_TRUE(has(acts, 3, "deelnemers", "veel")) << dump(acts);
  EXPECT_EQ(count("wijk_activities"), 0);
  EXPECT_EQ(import(store::RecordKind::activities,
                   "\xEF\xBB\xBF"
                   "datum;wijk;soort;titel;prioriteit;inzet;organisaties;deelnemers;kosten\n"
                   "2023-05-01;WK010601;feest;Feest;ontmoeten;Basis;welzijn;40;\"1.250,50\"\n")
                .added,
            1);
  EXPECT_EQ(store::list_activities(db_, 1)[0].cost_cents, 125050);

  const auto ledger = problems(store::RecordKind::spending,
                               "datum;gemeente;organisatie;bedrag\n"
                               "2023-13-01;GM0106;Woonstichting;10\n"
                               "2023-01-01;GM0106;Politie;10\n");
  expect_problems(ledger, {{2, "datum", "2023-13-01"}, {3, "organisatie", "Politie"}});
  EXPECT_EQ(count("spending_entries"), 0);
  EXPECT_EQ(import(store::RecordKind::spending,
                   "datum;gemeente;organisatie;bedrag;categorie\n"
                   "2023-01-01;GM0106;Woonstichting;10,50;b\n")
                .added,
            1);
}

TEST_F(HistoricImports, AFileThatIsNoTableIsRefusedAsAWhole) {
  EXPECT_TRUE(has(problems(store::RecordKind::works, ""), 1, ""));
  EXPECT_TRUE(has(problems(store::RecordKind::works, "soort;titel;gebied;start\n"), 1, ""));
  const auto broken = problems(store::RecordKind::works, std::string("PK\x03\x04 kapot", 10));
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_NE(broken[0].message.find("Excel"), std::string::npos);
}

TEST_F(HistoricImports, MediatorsLeaveAsInitials) {
  EXPECT_EQ(store::mediator_initials("Anna de Vries"), "A.D.V.");
  EXPECT_EQ(store::mediator_initials("A.D.V."), "A.D.V.");
  EXPECT_EQ(store::mediator_initials(" jan-willem "), "J.W.");
  EXPECT_EQ(store::mediator_initials("Émile"), "É.");
  EXPECT_EQ(store::mediator_initials(""), "");
}

}  // namespace leefbaar::testing
