#include "demo/demo.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "core/log.hpp"
#include "core/params_json.hpp"
#include "import/run_file.hpp"
#include "report/programme_run.hpp"
#include "sample/sample.hpp"
#include "store/audit.hpp"
#include "store/imports.hpp"
#include "store/runs.hpp"
#include "store/settings.hpp"
#include "store/signal_sharing.hpp"
#include "store/users.hpp"
#include "store/work_area_data.hpp"

namespace leefbaar::demo {

namespace {

constexpr const char* kCorporation = "Woonstichting Voorbeeld (synthetisch)";
constexpr const char* kWorkArea = "Werkgebied Drenthe en Friesland (synthetisch)";
constexpr const char* kGemeente = "Gemeente Assen (voorbeeld)";
constexpr const char* kWelzijn = "Welzijn Assen (voorbeeld)";
constexpr const char* kActor = "demo";

bool has_work_area(store::Database& db) {
  return store::any_work_area(db);
}

void import_inputs(store::Database& db, const RunFile& run) {
  auto import = [&](const std::string& kind, const std::string& file) {
    if (file.empty()) return;
    const auto report = store::import_file(
        db, kind, kCorporation, kWorkArea, file, run.stock_columns, kActor, run.display(file),
        false, [](store::Database& db, const ImportReport& r) {
          store::record_audit(db, {kActor, "import", fmt::format("import/{}", r.import_id),
                                   store::describe_import(kWorkArea, r), ""});
        });
    log::progress("demo: imported {} ({} rows)", report.file, report.rows_read);
  };
  for (const auto& scores : run.inputs.scores) import("scores", scores);
  import("buurten", run.inputs.buurten);
  import("wijken", run.inputs.wijken);
  import("gemeenten", run.inputs.gemeenten);
  import("grid", run.inputs.grid);
  import("stock", run.inputs.stock);  // before pc6hnr, which keeps the stock's postcodes only
  import("pc6hnr", run.inputs.pc6hnr);
  import("bag", run.inputs.bag);  // after the buurten: only addresses near them are kept
  import("actuals", run.inputs.actuals);
}

// The partnership's agreement of the demo: in Lariks and Pittelo, where the welfare organisation's
// wijk team works, every organisation shares the details of its contact moments with the others.
void share_demo_signals(store::Database& db, const DemoContext& ctx) {
  const std::vector<std::int64_t> organisations = {ctx.corporation, ctx.gemeente, ctx.welzijn};
  const auto day = std::chrono::sys_days{demo_today()};
  for (const auto owner : organisations) {
    store::User beheerder;
    beheerder.organisation_id = owner;
    beheerder.email = kActor;
    beheerder.role = store::Role::beheerder;
    for (const auto partner : organisations) {
      if (partner == owner) continue;
      for (const char* wijk : {"WK010601", "WK010604"}) {
        store::set_sharing(db, ctx.work_area, beheerder, wijk, partner, true, day);
        store::record_audit(
            db,
            {kActor, "grant", fmt::format("signaaldelen/{}/{}/{}", ctx.work_area, wijk, partner),
             neighbourhood::describe_sharing(owner, wijk, partner, true), "samenwerkingsafspraak"});
      }
    }
  }
}

DemoContext add_people(store::Database& db, std::int64_t work_area) {
  auto organisation = [&db](const std::string& name, store::OrganisationKind kind) {
    const auto found = store::find_organisation(db, name);
    return found ? *found : store::create_organisation(db, name, kind);
  };
  const auto corporation = organisation(kCorporation, store::OrganisationKind::corporatie);
  const auto gemeente = organisation(kGemeente, store::OrganisationKind::gemeente);
  const auto welzijn = organisation(kWelzijn, store::OrganisationKind::welzijn);
  store::add_partner(db, work_area, gemeente);
  store::add_partner(db, work_area, welzijn);
  const std::map<std::string, std::int64_t> ids = {
      {kCorporation, corporation}, {kGemeente, gemeente}, {kWelzijn, welzijn}};
  DemoContext ctx;
  ctx.work_area = work_area;
  ctx.corporation = corporation;
  ctx.gemeente = gemeente;
  ctx.welzijn = welzijn;
  for (const auto& login : demo_logins()) {
    store::NewUser u;
    u.organisation_id = ids.at(login.organisation);
    u.email = login.email;
    u.display_name = "Demo " + login.role;
    u.password = kDemoPassword;
    u.role = *store::role_from_name(login.role);
    if (login.role == "wijkteam") u.wijken = {"WK010601", "WK010604"};  // Lariks, Pittelo
    const auto id = store::create_user(db, u);
    store::record_audit(db, {kActor, "create", fmt::format("user/{}", id),
                             fmt::format("{} ({})", login.email, login.role), ""});
    ctx.user_of_role[login.role] = id;
  }
  share_demo_signals(db, ctx);
  return ctx;
}

}  // namespace

std::vector<DemoLogin> demo_logins() {
  return {{"beheerder@demo.leefbaar.nl", "beheerder", kCorporation},
          {"analist@demo.leefbaar.nl", "analist", kCorporation},
          {"wijkteam@demo.leefbaar.nl", "wijkteam", kWelzijn},
          {"lezer@demo.leefbaar.nl", "lezer", kGemeente}};
}

std::chrono::sys_days demo_today() {
  using namespace std::chrono;
  return sys_days{year{2026} / March / 2};
}

bool load_demo(const std::filesystem::path& store_file, const std::filesystem::path& data_dir,
               std::chrono::sys_days today) {
  store::Database db(store_file);
  if (has_work_area(db)) return false;
  log::progress("demo: writing the synthetic sample into {}", data_dir.string());
  sample::write_sample(data_dir);
  const RunFile run = read_run_file(data_dir / "RUN.toml");
  import_inputs(db, run);
  const auto wa = store::find_work_area(db, kCorporation, kWorkArea);
  store::save_settings(db, wa->id, run.params, kActor);
  store::record_audit(db, {kActor, "settings", fmt::format("work_area/{}", wa->id),
                           params_to_json(run.params).dump(), ""});
  DemoContext ctx = add_people(db, wa->id);
  ctx.data_dir = data_dir;
  load_demo_initiatives(db, ctx);
  load_demo_wijkwerk(db, ctx);
  load_demo_signals(db, ctx);
  open_demo_campaigns(db, ctx, static_cast<int>(std::chrono::year_month_day{today}.year()));
  // The first programme run, from the store as the server reads it (store/work_area_data.hpp).
  const auto saved = store::load_settings(db, wa->id);
  if (!saved) throw std::logic_error("demo: the programme settings were not saved");
  const ProgrammeParams settings = *saved;
  ProgrammeData data = store::load_work_area_data(db, wa->id, settings);
  data.run.path = wa->name;
  const ProgrammeRun first = run_programme(std::move(data));
  const auto run_id = store::save_programme_run(
      db,
      {kCorporation, kWorkArea, kActor, settings, first.data.checksums, first.stock, first.result});
  store::record_audit(db, {kActor, "create", fmt::format("programme_run/{}", run_id),
                           std::string(kWorkArea) + ": " + settings.name, ""});
  return true;
}

}  // namespace leefbaar::demo
