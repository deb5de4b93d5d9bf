// The programme's use cases write the audit entries (the store leaves them to its callers): the
// settings, a scenario, a partner organisation, a run, and each import, inside the import's own
// transaction, so that a refused file writes neither rows nor an entry.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>

#include "audited_partnership.hpp"
#include "core/errors.hpp"
#include "core/params_json.hpp"
#include "support/world.hpp"
#include "usecases/administration.hpp"
#include "usecases/programme.hpp"

namespace leefbaar::testing {

namespace {

std::string stock_csv(int n) {
  std::string out = "id;x;y;complex\n";
  for (int i = 1; i <= n; ++i) out += fmt::format("V{:03};233{:03};557000;C1\n", i, i);
  return out;
}

class ProgrammeAudit : public AuditedPartnership {
 protected:
  ProgrammeAudit() : AuditedPartnership({{"wijk", "WK010601", "Lariks", "", "GM0106"}}) {}
  ImportReport import_stock(const std::string& content, bool confirm_shrink = false) {
    return usecases::import_file(service_, caller_, "stock", dir_.write("upload.csv", content),
                                 "vhe.csv", confirm_shrink);
  }
};

TEST_F(ProgrammeAudit, SettingsScenariosAndPartnersAreLoggedAsTheCaller) {
  World w;
  w.params.budget.total = 1234;
  usecases::save_settings(service_, caller_, w.params);
  const auto scenario = usecases::save_scenario(service_, caller_, "  Meer budget ", w.params);
  const auto partner =
      usecases::add_partner_organisation(service_, caller_, "Gemeente Assen", "gemeente");
  EXPECT_EQ(entries(),
            (std::vector<Entry>{
                {kAnalist, "settings", "work_area/1", params_to_json(w.params).dump(), ""},
                {kAnalist, "create", fmt::format("scenario/{}", scenario), "Meer budget", ""},
                {kAnalist, "create", fmt::format("organisation/{}", partner),
                 "Gemeente Assen (gemeente)", ""}}));
}

TEST_F(ProgrammeAudit, AnImportIsLoggedWithItsRowsAndARefusedOneIsNot) {
  const auto first = import_stock(stock_csv(10));
  EXPECT_THROW(import_stock("id;x;y;complex\nV001;veel;557000;C1\n"), InputError);
  EXPECT_THROW(import_stock(stock_csv(4)), ShrinkRefused);
  const auto smaller = import_stock(stock_csv(4), true);
  EXPECT_EQ(entries(),
            (std::vector<Entry>{{kAnalist, "import", fmt::format("import/{}", first.import_id),
                                 "Test: stock vhe.csv (10 rows, 0 warnings)", ""},
                                {kAnalist, "import", fmt::format("import/{}", smaller.import_id),
                                 "Test: stock vhe.csv (4 rows, 0 warnings); shrink from 10 rows "
                                 "confirmed",
                                 ""}}));
}

TEST_F(ProgrammeAudit, TheOperatorsImportsAndRunsNameTheirActor) {
  const auto report = usecases::import_into(
      service_, {"stock", "Actium", "Drenthe", dir_.write("vhe.csv", stock_csv(3)), {}, false},
      "cli");
  World w;
  w.unit("a", "BU01060101");
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {-1, 0, 0, 0, -0.1});
  w.params.name = "Proef";
  ProgrammeRun run;
  run.data.run.params = w.params;
  run.stock = w.stock;
  run.result = w.run();
  const auto id = usecases::record_run(service_, "Actium", "Drenthe", "cli", run);
  EXPECT_EQ(entries(),
            (std::vector<Entry>{
                {"cli", "import", fmt::format("import/{}", report.import_id),
                 fmt::format("Drenthe: stock {} (3 rows, 0 warnings)",
                             (dir_.path() / "vhe.csv").string()),
                 ""},
                {"cli", "create", fmt::format("programme_run/{}", id), "Drenthe: Proef", ""}}));
}

}  // namespace

}  // namespace leefbaar::testing
