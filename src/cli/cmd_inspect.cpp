#include <fmt/format.h>

#include <filesystem>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/areas.hpp"
#include "import/score_table.hpp"
#include "import/stock.hpp"
#include "import/table_reader.hpp"

namespace leefbaar::cli {

namespace {

void print_check(std::string_view what, const RowCheck& check) {
  if (check.failures == 0) {
    fmt::print("  {}: ok\n", what);
  } else {
    fmt::print("  {}: {} rows ({})\n", what, check.failures, describe_rows(check));
  }
}

int inspect_scores(const std::string& file) {
  const ScoreTable t = read_score_table(file);
  fmt::print("{}: Leefbaarometer score table\n", file);
  fmt::print("  level: {} (id column {})\n", to_string(t.level), t.id_column);
  fmt::print("  rows: {}\n", t.rows.size());
  for (const auto& [year, n] : t.rows_per_edition) fmt::print("  edition {}: {} rows\n", year, n);
  fmt::print("  reference value (lbm - afw): {}\n",
             t.reference ? fmt::format("{:.9f}", *t.reference) : "unknown");
  fmt::print("  rows without dimensions (NA): {}\n", t.rows_without_dimensions);
  fmt::print("checks:\n");
  print_check("afw = fys+onv+soc+vrz+won (1e-4)", t.sum_check);
  print_check("lbm - afw constant", t.reference_check);
  print_check("one row per area and edition", t.duplicates);
  return 0;
}

int inspect_stock(const std::string& file, const std::vector<std::string>& columns) {
  const Stock s = read_stock(file, StockColumns::guess(columns));
  fmt::print(
      "{}: housing stock\n  columns: {}\n  units: {}\nlocation (the first filled source wins):\n",
      file, join(columns, ", "), s.units.size());
  static constexpr std::string_view labels[] = {"RD x,y", "WGS84 lat,lon", "postcode + huisnummer",
                                                "buurtcode only", "no location"};
  for (int i = 0; i < 5; ++i) fmt::print("  {}: {}\n", labels[i], s.per_source[i]);
  return 0;
}

int inspect_table(const std::string& file) {
  std::vector<std::string> columns;
  {
    TableReader table(file);
    columns = table.columns();
    if (table.find("jaar") >= 0 && table.find("afw") >= 0) return inspect_scores(file);
    if (table.find("pc6") >= 0) {
      long long rows = 0;
      TableRow row;
      while (table.next(row)) ++rows;
      fmt::print("{}: CBS postcode-huisnummer table\n  columns: {}\n  rows: {}\n", file,
                 join(columns, ", "), rows);
      return 0;
    }
    if (table.find("bedrag") >= 0) {
      long long rows = 0;
      TableRow row;
      while (table.next(row)) ++rows;
      fmt::print("{}: actual spending\n  columns: {}\n  rows: {}\n", file, join(columns, ", "),
                 rows);
      return 0;
    }
  }
  return inspect_stock(file, columns);
}

int inspect_geometry(const std::string& file) {
  fmt::print("{}: geometry file\n", file);
  for (const auto& layer : describe_geometry_file(file)) {
    fmt::print(
        "layer {}\n  geometry: {}\n  CRS: {}\n  features: {}\n  fields: {}\n  code fields: {}\n",
        layer.name, layer.geometry_type, layer.crs, layer.features, join(layer.fields, ", "),
        layer.code_fields.empty() ? "none (expected buurtcode, BU_CODE, statcode, ...)"
                                  : join(layer.code_fields, ", "));
  }
  return 0;
}

}  // namespace

std::function<int()> setup_inspect(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  app.add_option("FILE", *file, "A score table, geometry file or stock file")->required();
  return [file]() -> int {
    const std::string ext = to_lower(std::filesystem::path(*file).extension().string());
    if (ext == ".csv" || ext == ".xlsx" || ext == ".txt") return inspect_table(*file);
    return inspect_geometry(*file);
  };
}

}  // namespace leefbaar::cli
