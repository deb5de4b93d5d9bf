#pragma once
// `leefbaar sample DIR`: writes a synthetic, clearly labelled work area of a housing corporation in
// the real input formats, with its RUN.toml, so the programme can be tried and tested end to end.
// The output is deterministic: two runs write byte-identical files.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace leefbaar::sample {

struct OnEdgeUnit {
  std::string unit;              // vhe
  std::string buurt, neighbour;  // the two buurten whose shared edge it lies on
};

struct SampleReport {
  std::vector<std::string> files;  // written, relative to the folder, sorted

  // Areas.
  long long gemeenten = 0, wijken = 0, buurten = 0;  // buurten: features, including the water one
  long long grid_cells = 0;                          // cells in geo/grid.geojson
  // Stock.
  long long units = 0, complexes = 0;
  std::map<std::string, long long> units_per_gemeente;  // by gemeente name
  // How the units can be located (the first filled source of stock/vhe.csv).
  long long located_rd = 0, located_wgs84 = 0, located_postcode = 0, located_buurtcode = 0;
  long long no_location = 0, outside_buurten = 0, unknown_postcode = 0;  // cannot be coupled
  // Rows per table.
  std::map<std::string, long long> score_rows;  // "lbm/grid.csv" -> rows
  long long pc6hnr_rows = 0, actuals_rows = 0, bag_rows = 0;

  // The special cases, by buurt code.
  std::string enclave_buurt, enclave_host, multipolygon_buurt, water_buurt;
  std::vector<std::string> buurten_without_scores;  // that have units
  std::vector<std::string> small_buurten;           // 1 to 9 units
  std::vector<OnEdgeUnit> on_edge_units;

  // What the default rules should find for the run file's edition (2018), as the sample computes
  // it.
  std::vector<std::string> expected_focus_gemeenten;  // names
  int expected_orange = 0, expected_yellow = 0, expected_green = 0;
};

// Writes the sample into dir (created when missing; files of the same name are overwritten).
// Throws leefbaar::InputError when a file cannot be written.
SampleReport write_sample(const std::filesystem::path& dir);

}  // namespace leefbaar::sample
