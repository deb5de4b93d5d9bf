#pragma once
// The writers of the sample's files, one function per file (group). Each returns the number of
// rows or features it wrote.
#include <filesystem>
#include <map>
#include <string>

#include "sample/model.hpp"
#include "sample/scores.hpp"

namespace leefbaar::sample {

struct GeoCounts {
  long long buurten = 0, wijken = 0, gemeenten = 0, grid = 0;
};
// geo/buurten.geojson, geo/wijken.geojson, geo/gemeenten.geojson, geo/grid.geojson (RD New).
GeoCounts write_geojson(const World& world, const std::filesystem::path& dir);

// lbm/grid.csv, lbm/buurten.csv, lbm/pc4.csv, lbm/wijken.csv, lbm/gemeenten.csv: rows per file.
std::map<std::string, long long> write_score_tables(const World& world,
                                                    const std::filesystem::path& dir);

// geo/pc6hnr2023.csv (CBS format).
long long write_pc6hnr(const World& world, const std::filesystem::path& dir);

// geo/bag_verblijfsobjecten.csv: BAG addresses with their RD x;y (every unit and private home).
long long write_bag(const World& world, const std::filesystem::path& dir);

// stock/vhe.csv (the ERP export: BOM, CRLF, semicolons, decimal commas).
long long write_stock(const World& world, const std::filesystem::path& dir);

// finance/uitgaven.xlsx: actual spending 2018-2020, 2019 as in the annual report.
long long write_actuals(const std::filesystem::path& dir);

// RUN.toml and the README.txt files.
void write_run_file(const std::filesystem::path& dir);
void write_readme(const World& world, const Expectation& expected,
                  const std::filesystem::path& dir);

}  // namespace leefbaar::sample
