#include "sample/sample.hpp"

#include <algorithm>

#include "sample/areas.hpp"
#include "sample/geos_util.hpp"
#include "sample/model.hpp"
#include "sample/scores.hpp"
#include "sample/stock.hpp"
#include "sample/writers.hpp"

namespace leefbaar::sample {

namespace {

void count_units(const World& world, SampleReport& report) {
  report.units = static_cast<long long>(world.units.size());
  report.complexes = static_cast<long long>(world.complexes.size());
  for (const UnitData& u : world.units) {
    report.units_per_gemeente[world.gemeenten[world.buurten[u.buurt].gemeente].name] += 1;
    switch (u.location) {
      case LocationKind::rd:
      case LocationKind::on_edge:
        ++report.located_rd;
        break;
      case LocationKind::wgs84:
        ++report.located_wgs84;
        break;
      case LocationKind::postcode:
        ++report.located_postcode;
        break;
      case LocationKind::buurtcode:
        ++report.located_buurtcode;
        break;
      case LocationKind::none:
        ++report.no_location;
        break;
      case LocationKind::outside:
        ++report.outside_buurten;
        break;
      case LocationKind::unknown_postcode:
        ++report.unknown_postcode;
        break;
    }
  }
}

void list_special_cases(const World& world, SampleReport& report) {
  report.enclave_buurt = world.buurten[world.enclave].code;
  report.enclave_host = world.buurten[world.enclave_host].code;
  report.multipolygon_buurt = world.buurten[world.multipart].code;
  report.water_buurt = world.buurten[world.water].code;
  for (const BuurtData& b : world.buurten) {
    if (!b.spec.scored && b.unit_target > 0) report.buurten_without_scores.push_back(b.code);
    if (b.unit_target > 0 && b.unit_target < 10) report.small_buurten.push_back(b.code);
  }
  std::sort(report.buurten_without_scores.begin(), report.buurten_without_scores.end());
  std::sort(report.small_buurten.begin(), report.small_buurten.end());
  for (std::size_t i = 0; i < world.on_edge_units.size(); ++i) {
    report.on_edge_units.push_back({world.units[world.on_edge_units[i]].vhe,
                                    world.buurten[world.on_edge_buurten[i].first].code,
                                    world.buurten[world.on_edge_buurten[i].second].code});
  }
}

}  // namespace

SampleReport write_sample(const std::filesystem::path& dir) {
  World world;
  {
    const Geos geos;
    build_areas(world, geos);
    build_stock(world, geos);
    build_scores(world, geos);
  }
  const Expectation expected = expect(world, kEdition);

  SampleReport report;
  const GeoCounts geo = write_geojson(world, dir);
  report.gemeenten = geo.gemeenten;
  report.wijken = geo.wijken;
  report.buurten = geo.buurten;
  report.grid_cells = geo.grid;
  report.score_rows = write_score_tables(world, dir);
  report.pc6hnr_rows = write_pc6hnr(world, dir);
  report.bag_rows = write_bag(world, dir);
  write_stock(world, dir);
  report.actuals_rows = write_actuals(dir);
  write_run_file(dir);
  write_readme(world, expected, dir);

  count_units(world, report);
  list_special_cases(world, report);
  report.expected_focus_gemeenten = expected.focus_gemeenten;
  report.expected_orange = expected.orange;
  report.expected_yellow = expected.yellow;
  report.expected_green = expected.green;
  report.files = {
      "README.txt",          "RUN.toml",
      "finance/README.txt",  "finance/uitgaven.xlsx",
      "geo/README.txt",      "geo/bag_verblijfsobjecten.csv",
      "geo/buurten.geojson", "geo/gemeenten.geojson",
      "geo/grid.geojson",    "geo/pc6hnr2023.csv",
      "geo/wijken.geojson",  "lbm/README.txt",
      "lbm/buurten.csv",     "lbm/gemeenten.csv",
      "lbm/grid.csv",        "lbm/pc4.csv",
      "lbm/wijken.csv",      "stock/README.txt",
      "stock/vhe.csv",
  };
  return report;
}

}  // namespace leefbaar::sample
