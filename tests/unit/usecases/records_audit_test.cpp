// The records' and the ledger's use cases write the audit entries (the store leaves them to its
// callers): each import of earlier years' records one entry of how many, named as the kind's own
// import names it; a refused file none; a ledger entry with its amount; an export of names with
// its purpose.
#include <gtest/gtest.h>

#include <string>

#include "audited_partnership.hpp"
#include "core/errors.hpp"
#include "usecases/records_io.hpp"
#include "usecases/spending.hpp"
#include "usecases/wijkwerk_activities.hpp"

namespace leefbaar::testing {

namespace {

using neighbourhood::RecordKind;

class RecordsAudit : public ::testing::Test {
 protected:
  RecordsAudit() {
    usecases::change(service_, [](store::Database& db) { seed_records_store(db); });
    caller_.organisation_id = 1;
    caller_.email = kAnalist;
    caller_.role = Role::analist;
  }
  long long import(RecordKind kind, const std::string& csv) {
    return usecases::import_records(service_, caller_, kind, csv, "bestand.csv", kRecordsNow).added;
  }
  std::vector<AuditRow> entries() {
    return usecases::read(service_, [](store::Database& db) { return audit_rows(db); });
  }

  TempDir dir_;
  usecases::Service service_{dir_.path() / "store.sqlite"};
  User caller_;
};

TEST_F(RecordsAudit, EachImportOfEarlierYearsWritesOneEntry) {
  EXPECT_EQ(import(RecordKind::initiatives,
                   "ingediend;buurt;titel;soort;status;huishoudens;steunbetuigingen;besluit op\n"
                   "2023-03-01;BU01060101;Speeltuin;speelplek;goedgekeurd;120;70;2023-04-15\n"),
            1);
  EXPECT_EQ(import(RecordKind::mediation_cases,
                   "melding;buurt;soort ruzie\n2023-02-01;BU01060101;geluid\n"
                   "2023-03-01;BU01060101;geluid\n"),
            2);
  EXPECT_EQ(import(RecordKind::works,
                   "soort;titel;gebied;start\nrenovatie;Flats Lariks;WK010601;2021-01-04\n"),
            1);
  EXPECT_EQ(import(RecordKind::activities,
                   "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n"
                   "2023-05-01;WK010601;feest;Feest;Basis;welzijn;40;250\n"),
            1);
  EXPECT_EQ(
      import(
          RecordKind::spending,
          "datum;gemeente;organisatie;bedrag;categorie\n2023-01-01;GM0106;Woonstichting;10,50;b\n"),
      1);
  // A refused file writes nothing, its entry neither.
  EXPECT_THROW(import(RecordKind::works, "soort;titel;gebied;start\nbouw;;WK010601;1-13-2022\n"),
               neighbourhood::RecordImportError);
  EXPECT_EQ(entries(), (std::vector<Entry>{
                           {kAnalist, "import", "initiatives/work_area/1",
                            "1 initiatieven van eerdere jaren ingelezen", ""},
                           {kAnalist, "import", "wijk_mediation/work_area/1",
                            "2 bemiddelingszaken van eerdere jaren ingelezen", ""},
                           {kAnalist, "import", "wijk_works/work_area/1",
                            "1 fysieke werken van eerdere jaren ingelezen", ""},
                           {kAnalist, "import", "wijk_activities", "1 activiteiten ingelezen", ""},
                           {kAnalist, "import", "spending/work_area/1", "1 regels", ""}}));
}

TEST_F(RecordsAudit, TheLedgerLogsItsEntriesAndImports) {
  neighbourhood::NewSpending s;
  s.spent_on = "2025-03-01";
  s.gemeente_code = "GM0106";
  s.organisation_id = 1;
  s.amount_cents = 123450;
  s.btiv_category = "b";
  const auto id = usecases::add_spending(service_, caller_, s);
  const auto report = usecases::import_spending_csv(
      service_, caller_,
      "datum;gemeente;organisatie;bedrag;categorie\n2024-01-01;GM0106;Woonstichting;10;a\n"
      "2024-02-01;GM0106;Woonstichting;-0,05;a\n");
  EXPECT_EQ(report.rows, 2);
  // Refused rows: nothing written, nothing logged.
  EXPECT_FALSE(usecases::import_spending_csv(service_, caller_,
                                             "datum;gemeente;organisatie;bedrag\n"
                                             "2024-13-01;GM0106;Woonstichting;10\n")
                   .errors.empty());
  EXPECT_EQ(entries(),
            (std::vector<Entry>{{kAnalist, "create", "spending/" + std::to_string(id),
                                 "1234,50 euro op 2025-03-01 (GM0106)", ""},
                                {kAnalist, "import", "spending/work_area/1", "2 regels", ""}}));
}

TEST_F(RecordsAudit, AnExportOfNamesIsLoggedWithItsPurpose) {
  import(RecordKind::mediation_cases, "melding;buurt;soort ruzie\n2023-02-01;BU01060101;geluid\n");
  const auto before = entries().size();
  neighbourhood::RecordFilter filter;
  filter.year = 2023;
  usecases::export_records(service_, caller_, RecordKind::mediation_cases, filter, kRecordsNow);
  const auto all = entries();
  ASSERT_EQ(all.size(), before + 1);
  EXPECT_EQ(all.back(),
            (Entry{kAnalist, "read", "export/bemiddelingszaken/alle/2023", "",
                   "buurtbemiddeling: zaken exporteren (met initialen van de bemiddelaars)"}));
}

}  // namespace

}  // namespace leefbaar::testing
