#include "import/load.hpp"

#include <fmt/format.h>

#include <set>
#include <unordered_set>

#include "core/checksum.hpp"
#include "core/errors.hpp"
#include "core/log.hpp"
#include "core/text.hpp"
#include "import/gdal_env.hpp"

namespace leefbaar {

namespace {

std::string file_part(const std::string& spec) {
  return gdal::split_layer(spec).file.string();
}

void check_scores(ProgrammeData& d) {
  for (const auto& t : d.scores) {
    for (auto& w : check_warnings(t)) d.warnings.push_back(std::move(w));
  }
  // what: "" for the edition, " (voor de trend)" for a trend edition.
  auto require_edition = [&d](int year, std::string_view what) {
    std::set<int> available;
    bool found = false;
    for (const auto& t : d.scores) {
      for (const auto& [y, n] : t.rows_per_edition) available.insert(y);
      found = found || t.has_edition(year);
    }
    if (!found) {
      std::vector<std::string> years;
      for (int y : available) years.push_back(std::to_string(y));
      throw InputError(fmt::format(
          "{}: de editie {}{} staat in geen van de scoretabellen; verwacht een editie die er wel "
          "in staat: {}",
          d.run.path.string(), year, what, years.empty() ? "(geen)" : join(years, ", ")));
    }
    for (const auto& t : d.scores) {
      if (!t.has_edition(year))
        d.warnings.push_back(fmt::format(
            "{}: het bestand heeft geen rijen voor de editie {}{}; dit niveau telt daarom niet "
            "mee voor die editie",
            t.file, year, what));
    }
  };
  require_edition(d.run.params.edition, "");
  if (d.run.params.trend) {
    require_edition(d.run.params.trend->first, " (voor de trend)");
    require_edition(d.run.params.trend->second, " (voor de trend)");
  }
}

std::unordered_set<std::string> postcodes_needed(const Stock& stock) {
  std::unordered_set<std::string> out;
  for (const auto& u : stock.units) {
    if (u.source == LocationSource::postcode) out.insert(u.postcode);
  }
  return out;
}

}  // namespace

ProgrammeData load_programme_data(const RunFile& run) {
  ProgrammeData d;
  d.run = run;
  const auto& in = run.inputs;
  auto checksum = [&d](std::string role, const std::string& spec) {
    d.checksums.push_back({std::move(role), d.run.display(spec), sha256_file(file_part(spec))});
  };

  for (const auto& spec : in.scores) {
    log::progress("reading scores {}", run.display(spec));
    d.scores.push_back(read_score_table(spec, run.display(spec)));
    checksum("scores", spec);
  }
  check_scores(d);

  log::progress("reading buurten {}", run.display(in.buurten));
  d.buurten = read_areas(in.buurten, AreaKind::buurt, run.display(in.buurten));
  checksum("buurten", in.buurten);
  if (!in.wijken.empty()) {
    log::progress("reading wijken {}", run.display(in.wijken));
    d.wijken = read_areas(in.wijken, AreaKind::wijk, run.display(in.wijken));
    checksum("wijken", in.wijken);
  }
  if (!in.gemeenten.empty()) {
    log::progress("reading gemeenten {}", run.display(in.gemeenten));
    d.gemeenten = read_areas(in.gemeenten, AreaKind::gemeente, run.display(in.gemeenten));
    checksum("gemeenten", in.gemeenten);
  }
  if (!in.grid.empty()) {
    log::progress("reading grid {}", run.display(in.grid));
    d.grid = read_grid(in.grid, run.display(in.grid));
    checksum("grid", in.grid);
  }

  log::progress("reading stock {}", run.display(in.stock));
  d.stock = read_stock(in.stock, run.stock_columns, run.display(in.stock));
  checksum("stock", in.stock);
  if (!in.pc6hnr.empty()) {
    log::progress("reading pc6hnr {}", run.display(in.pc6hnr));
    d.pc6hnr = read_pc6hnr(in.pc6hnr, postcodes_needed(d.stock), run.display(in.pc6hnr));
    checksum("pc6hnr", in.pc6hnr);
  }
  if (!in.actuals.empty()) {
    log::progress("reading actuals {}", run.display(in.actuals));
    d.actuals = read_actuals(in.actuals, run.display(in.actuals));
    checksum("actuals", in.actuals);
  }
  return d;
}

}  // namespace leefbaar
