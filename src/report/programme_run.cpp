#include "report/programme_run.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>

#include "core/errors.hpp"
#include "core/log.hpp"
#include "core/text.hpp"
#include "report/geojson.hpp"
#include "report/summary.hpp"
#include "report/tables.hpp"
#include "report/xlsx.hpp"

namespace leefbaar {

namespace {

void collect_warnings(ProgrammeRun& run) {
  run.warnings = run.data.warnings;
  const auto& s = run.stock;
  const auto& st = s.per_status;
  const long long uncoupled = st[1] + st[2] + st[3];
  if (uncoupled > 0)
    run.warnings.push_back(fmt::format(
        "{} {} niet gekoppeld aan een buurt ({} zonder locatie, {} buiten alle "
        "buurten, {} met een onbekende postcode of huisnummer); {} in de lijst 'Niet "
        "gekoppelde woningen' op de pagina Gegevens en in units.csv",
        uncoupled,
        one_or_many(uncoupled, "woning of andere eenheid is", "woningen en andere eenheden zijn"),
        st[1], st[2], st[3], one_or_many(uncoupled, "die staat", "ze staan")));
  if (s.postcode_units_without_table > 0)
    run.warnings.push_back(
        fmt::format("{} {} als locatie alleen een postcode en huisnummer, maar er is geen "
                    "postcodetabel (pc6hnr); daarom {} niet gekoppeld. Lees de postcodetabel in "
                    "op de pagina Gegevens, of noem hem in het runbestand onder [inputs] pc6hnr",
                    s.postcode_units_without_table,
                    one_or_many(s.postcode_units_without_table, "eenheid heeft", "eenheden hebben"),
                    one_or_many(s.postcode_units_without_table, "is die", "zijn ze")));
  long long no_score = 0;
  for (const auto& u : run.result.units) no_score += u.status == UnitStatus::no_score;
  if (no_score > 0)
    run.warnings.push_back(
        fmt::format("{} {} op geen enkel niveau een score voor editie {} (no_score)", no_score,
                    one_or_many(no_score, "gekoppelde eenheid heeft", "gekoppelde eenheden hebben"),
                    run.data.run.params.edition));
  for (const auto& m : run.bind.messages) run.warnings.push_back(m);
  if (run.actuals && !run.actuals->unmatched.empty()) {
    std::vector<std::string> rows;
    for (const auto& a : run.actuals->unmatched)
      rows.push_back(fmt::format("rij {} '{}'", a.row, a.gemeente));
    run.warnings.push_back(fmt::format(
        "{}: {} {} een gemeente zonder gekoppelde eenheden en {} niet mee: {}",
        run.data.actuals->file, rows.size(),
        one_or_many(static_cast<long long>(rows.size()), "rij noemt", "rijen noemen"),
        one_or_many(static_cast<long long>(rows.size()), "telt", "tellen"), fmt::join(rows, ", ")));
  }
  if (run.result.budget_units_without_gemeente > 0)
    run.warnings.push_back(
        fmt::format("{} {} in een buurt zonder bekende gemeente en {} geen deel van het budget",
                    run.result.budget_units_without_gemeente,
                    one_or_many(run.result.budget_units_without_gemeente, "gekoppelde eenheid ligt",
                                "gekoppelde eenheden liggen"),
                    one_or_many(run.result.budget_units_without_gemeente, "krijgt", "krijgen")));
  if (run.result.trend && run.result.trend->areas_breaking_identity > 0)
    run.warnings.push_back(fmt::format(
        "trend: bij {} {} is de som van de veranderingen van de vijf dimensies niet gelijk aan "
        "de verandering van afw ({} {} afw en de dimensies van verschillende niveaus)",
        run.result.trend->areas_breaking_identity,
        one_or_many(run.result.trend->areas_breaking_identity, "gebied", "gebieden"),
        run.result.trend->units_with_mixed_levels,
        one_or_many(run.result.trend->units_with_mixed_levels, "eenheid krijgt",
                    "eenheden krijgen")));
}

}  // namespace

ProgrammeRun run_programme(const RunFile& run_file, unsigned threads) {
  return run_programme(load_programme_data(run_file), threads);
}

ProgrammeRun run_programme(ProgrammeData data, unsigned threads) {
  ProgrammeRun run;
  run.data = std::move(data);
  log::progress("coupling {} units to {} buurten", run.data.stock.units.size(),
                run.data.buurten.areas.size());
  run.stock =
      couple({run.data.stock, run.data.buurten, run.data.wijken ? &*run.data.wijken : nullptr,
              run.data.gemeenten ? &*run.data.gemeenten : nullptr,
              run.data.pc6hnr ? &*run.data.pc6hnr : nullptr, threads});
  run.scores =
      bind_scores(run.data.scores, run.data.grid ? &*run.data.grid : nullptr, run.stock, run.bind);
  if (run.data.actuals) run.actuals = bind_actuals(*run.data.actuals, run.stock);
  log::progress("computing the programme");
  run.result = compute_programme(
      {run.stock, run.scores, run.data.run.params, run.actuals ? &*run.actuals : nullptr});
  collect_warnings(run);
  for (const auto& w : run.warnings) log::warning("{}", w);
  return run;
}

void write_programme_outputs(const ProgrammeRun& run, const std::filesystem::path& out_dir,
                             bool overwrite) {
  namespace fs = std::filesystem;
  const fs::path target = fs::absolute(out_dir).lexically_normal();
  const fs::path parent = target.parent_path();
  if (fs::exists(target) && !overwrite)
    throw InputError(
        fmt::format("{}: deze uitvoermap bestaat al; gebruik --overwrite om hem te vervangen",
                    out_dir.string()));
  fs::create_directories(parent);
  const fs::path staging =
      parent / fmt::format(".{}.writing-{}", target.filename().string(), getpid());
  fs::remove_all(staging);
  fs::create_directory(staging);
  try {
    log::progress("writing outputs");
    const Sheet units = units_sheet(run), areas = areas_sheet(run),
                gemeenten = gemeenten_sheet(run), trend = trend_sheet(run),
                buurten = buurt_budget_sheet(run), parameters = parameters_sheet(run);
    write_csv(staging / "units.csv", units);
    write_csv(staging / "areas.csv", areas);
    write_csv(staging / "gemeenten.csv", gemeenten);
    write_csv(staging / "budget_buurten.csv", buurten);
    std::vector<const Sheet*> sheets{&units, &areas, &gemeenten, &buurten};
    if (run.result.trend) {
      write_csv(staging / "trend.csv", trend);
      sheets.push_back(&trend);
    }
    sheets.push_back(&parameters);
    write_xlsx(staging / "programme.xlsx", sheets);
    write_areas_geojson(run, staging / "areas.geojson");
    std::ofstream(staging / "summary.md", std::ios::binary) << summary_markdown(run);
    if (fs::exists(target)) {
      const fs::path old = parent / fmt::format(".{}.old-{}", target.filename().string(), getpid());
      fs::rename(target, old);
      fs::rename(staging, target);
      fs::remove_all(old);
    } else {
      fs::rename(staging, target);
    }
  } catch (...) {
    std::error_code ec;
    fs::remove_all(staging, ec);
    throw;
  }
}

}  // namespace leefbaar
