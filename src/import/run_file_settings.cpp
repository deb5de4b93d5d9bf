// The settings of the run file, once: the reader (run_file.cpp) checks every key against them and
// docs/run-file.md is generated from them.
#include <fmt/format.h>

#include "import/run_file.hpp"

namespace leefbaar {

const std::vector<SettingSpec>& run_file_settings() {
  using T = SettingType;
  static const std::vector<SettingSpec> specs = {
      {"programme.name", T::string, false, "\"Leefbaarheidsprogramma\"",
       "The programme's name, shown in the outputs."},
      {"programme.edition", T::integer, true, "",
       "The Leefbaarometer edition (jaar) the programme uses."},
      {"programme.trend", T::integer_pair, false, "", "Two editions [from, to]: writes trend.csv."},
      {"inputs.scores", T::string_list, true, "",
       "Leefbaarometer score tables (CSV/XLSX), one per level."},
      {"inputs.buurten", T::string, true, "",
       "Buurt polygons: file[:layer], any format GDAL reads."},
      {"inputs.wijken", T::string, false, "", "Wijk polygons (names and map shapes)."},
      {"inputs.gemeenten", T::string, false, "", "Gemeente polygons (names and map shapes)."},
      {"inputs.grid", T::string, false, "",
       "Leefbaarometer grid polygons (grid_id); needed for grid scores."},
      {"inputs.pc6hnr", T::string, false, "",
       "CBS pc6hnr table for units located by postcode and house number."},
      {"inputs.stock", T::string, true, "", "The housing stock (CSV/XLSX), one row per unit."},
      {"inputs.actuals", T::string, false, "",
       "Actual spending (gemeente, jaar, bedrag[, categorie])."},
      {"inputs.bag", T::string, false, "",
       "BAG addresses (point layer or CSV with RD x;y) for the households of initiatives; not "
       "used by the programme."},
      {"stock.columns.id", T::string, true, "", "Stock column with the unit id."},
      {"stock.columns.x", T::string, false, "", "RD x (metres)."},
      {"stock.columns.y", T::string, false, "", "RD y (metres)."},
      {"stock.columns.lat", T::string, false, "", "WGS84 latitude."},
      {"stock.columns.lon", T::string, false, "", "WGS84 longitude."},
      {"stock.columns.postcode", T::string, false, "", "Postcode (PC6)."},
      {"stock.columns.huisnummer", T::string, false, "", "House number."},
      {"stock.columns.buurtcode", T::string, false, "", "Explicit buurt code."},
      {"stock.columns.complex", T::string, false, "", "Complex the unit belongs to."},
      {"stock.columns.daeb", T::string, false, "", "DAEB yes/no (ja/nee, 1/0)."},
      {"classification.level", T::string, false, "\"buurt\"", "complex, buurt, wijk or gemeente."},
      {"classification.mode", T::string, false, "\"zscore\"", "zscore or percentile."},
      {"classification.yellow", T::number, false, "-0.5",
       "z threshold for yellow (and for weak dimensions)."},
      {"classification.orange", T::number, false, "-1.0", "z threshold for orange."},
      {"classification.p_yellow", T::number, false, "30",
       "Percentile for yellow (percentile mode)."},
      {"classification.p_orange", T::number, false, "15",
       "Percentile for orange (percentile mode)."},
      {"classification.min_units", T::integer, false, "10",
       "Areas with fewer scored units are indicatief."},
      {"classification.stock_dimensions", T::string_list, false, "[\"won\"]",
       "Dimensions that decide focus gemeenten."},
      {"budget.year", T::integer, false, "the edition",
       "The year the plan is for and actuals are read for."},
      {"budget.total", T::integer, true, "", "Total budget in whole euros."},
      {"budget.weights.basis", T::number, false, "1.0", "Weight of a Basis unit."},
      {"budget.weights.plus", T::number, false, "2.0", "Weight of a Plus unit."},
      {"budget.weights.plusplus", T::number, false, "4.0", "Weight of a PlusPlus unit."},
      {"budget.cap_per_daeb_unit", T::number, false, "0",
       "Cap in euros per DAEB unit per year (0: no check)."},
  };
  return specs;
}

namespace {

std::string_view type_name(SettingType type) {
  switch (type) {
    case SettingType::string:
      return "a text";
    case SettingType::integer:
      return "a whole number";
    case SettingType::number:
      return "a number";
    case SettingType::string_list:
      return "a list of texts";
    case SettingType::integer_pair:
      return "a list of two whole numbers";
  }
  return "";
}

// The same in Dutch, for messages (type_name is for the English reference).
}  // namespace

std::string run_file_reference_markdown() {
  std::string out =
      "# The run file\n\n"
      "A programme run is described by one TOML file (`leefbaar programme RUN.toml --out DIR`). "
      "Relative\n"
      "paths are relative to the run file. Unknown keys are refused. Generated from\n"
      "`src/import/run_file_settings.cpp` (`leefbaar programme --run-file-reference`).\n\n"
      "| key | type | required | default | meaning |\n|---|---|---|---|---|\n";
  for (const auto& s : run_file_settings()) {
    out += fmt::format("| `{}` | {} | {} | {} | {} |\n", s.key, type_name(s.type),
                       s.required ? "yes" : "no",
                       s.default_text.empty() ? "" : "`" + s.default_text + "`", s.description);
  }
  return out;
}

}  // namespace leefbaar
