#include "import/run_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "core/errors.hpp"
#include "core/text.hpp"

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

class Reader {
 public:
  Reader(std::filesystem::path path, toml::table table)
      : path_(std::move(path)), table_(std::move(table)) {
    for (const auto& spec : run_file_settings()) specs_[spec.key] = &spec;
  }

  void check_keys() { walk(table_, ""); }

  const toml::node* node(const std::string& key) const { return table_.at_path(key).node(); }

  bool has(const std::string& key) const { return node(key) != nullptr; }

  std::string string(const std::string& key, std::string fallback = {}) const {
    const auto* n = get(key);
    if (!n) return fallback;
    if (!n->is_string()) wrong_type(key, *n);
    return n->as_string()->get();
  }

  long long integer(const std::string& key, long long fallback) const {
    const auto* n = get(key);
    if (!n) return fallback;
    if (n->is_integer()) return n->as_integer()->get();
    if (n->is_floating_point()) {
      const double v = n->as_floating_point()->get();
      if (std::floor(v) == v && std::fabs(v) < 9e15) return static_cast<long long>(v);
    }
    wrong_type(key, *n);
  }

  double number(const std::string& key, double fallback) const {
    const auto* n = get(key);
    if (!n) return fallback;
    if (n->is_integer()) return static_cast<double>(n->as_integer()->get());
    if (n->is_floating_point()) return n->as_floating_point()->get();
    wrong_type(key, *n);
  }

  std::vector<std::string> strings(const std::string& key,
                                   std::vector<std::string> fallback) const {
    const auto* n = get(key);
    if (!n) return fallback;
    if (n->is_string()) return {n->as_string()->get()};
    if (!n->is_array()) wrong_type(key, *n);
    std::vector<std::string> out;
    for (const auto& item : *n->as_array()) {
      if (!item.is_string()) wrong_type(key, item);
      out.push_back(item.as_string()->get());
    }
    return out;
  }

  std::vector<long long> integers(const std::string& key) const {
    const auto* n = get(key);
    if (!n) return {};
    if (!n->is_array()) wrong_type(key, *n);
    std::vector<long long> out;
    for (const auto& item : *n->as_array()) {
      if (!item.is_integer()) wrong_type(key, item);
      out.push_back(item.as_integer()->get());
    }
    return out;
  }

  [[noreturn]] void fail(const std::string& key, const std::string& message) const {
    const auto* n = node(key);
    const std::string line = n ? fmt::format(", line {}", n->source().begin.line) : "";
    throw InputError(fmt::format("{}{}: '{}' {}", path_.string(), line, key, message));
  }

  void require_all() const {
    for (const auto& spec : run_file_settings()) {
      if (spec.required && !has(spec.key)) {
        const auto dot = spec.key.rfind('.');
        throw InputError(fmt::format("{}: missing required entry '{}' (in [{}]): {}",
                                     path_.string(), spec.key.substr(dot + 1),
                                     spec.key.substr(0, dot), spec.description));
      }
    }
  }

 private:
  const toml::node* get(const std::string& key) const { return node(key); }

  [[noreturn]] void wrong_type(const std::string& key, const toml::node& n) const {
    const auto& spec = *specs_.at(key);
    std::ostringstream found;
    n.visit([&found](auto&& v) { found << v; });
    throw InputError(fmt::format("{}, line {}: '{}' is {}, expected {}", path_.string(),
                                 n.source().begin.line, key, found.str(), type_name(spec.type)));
  }

  void walk(const toml::table& table, const std::string& prefix) {
    for (const auto& [k, value] : table) {
      const std::string key =
          prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
      if (specs_.count(key)) continue;
      if (value.is_table() && has_prefix(key + ".")) {
        walk(*value.as_table(), key);
        continue;
      }
      std::vector<std::string> known;
      for (const auto& [name, spec] : specs_) {
        if (prefix.empty() ? name.find('.') != std::string::npos : name.starts_with(prefix + ".")) {
          const std::string rest =
              prefix.empty() ? name.substr(0, name.find('.')) : name.substr(prefix.size() + 1);
          if (known.empty() || known.back() != rest) known.push_back(rest);
        }
      }
      known.erase(std::unique(known.begin(), known.end()), known.end());
      throw InputError(fmt::format("{}, line {}: unknown key '{}'{}; expected one of: {}",
                                   path_.string(), value.source().begin.line, key,
                                   prefix.empty() ? "" : fmt::format(" in [{}]", prefix),
                                   join(known, ", ")));
    }
  }

  bool has_prefix(const std::string& prefix) const {
    for (const auto& [name, spec] : specs_) {
      if (name.starts_with(prefix)) return true;
    }
    return false;
  }

  std::filesystem::path path_;
  toml::table table_;
  std::map<std::string, const SettingSpec*> specs_;
};

std::string resolve(const std::filesystem::path& base, const std::string& spec) {
  if (spec.empty()) return spec;
  std::filesystem::path p(spec);
  if (p.is_absolute()) return spec;
  return (base / p).lexically_normal().string();
}

ClassificationParams read_classification(const Reader& r) {
  ClassificationParams c;
  const std::string level = r.string("classification.level", "buurt");
  auto parsed = area_level_from_name(level);
  if (!parsed || *parsed == AreaLevel::werkgebied)
    r.fail("classification.level",
           fmt::format("is \"{}\", expected complex, buurt, wijk or gemeente", level));
  c.level = *parsed;
  const std::string mode = r.string("classification.mode", "zscore");
  if (mode == "zscore") {
    c.mode = ClassificationMode::zscore;
  } else if (mode == "percentile") {
    c.mode = ClassificationMode::percentile;
  } else {
    r.fail("classification.mode", fmt::format("is \"{}\", expected zscore or percentile", mode));
  }
  c.yellow = r.number("classification.yellow", c.yellow);
  c.orange = r.number("classification.orange", c.orange);
  if (c.orange > c.yellow)
    r.fail("classification.orange",
           fmt::format("is {}, expected at most yellow ({})", c.orange, c.yellow));
  c.p_yellow = r.number("classification.p_yellow", c.p_yellow);
  c.p_orange = r.number("classification.p_orange", c.p_orange);
  for (const char* key : {"classification.p_yellow", "classification.p_orange"}) {
    const double v = r.number(key, 0);
    if (v < 0 || v > 100) r.fail(key, fmt::format("is {}, expected a percentile from 0 to 100", v));
  }
  if (c.p_orange > c.p_yellow)
    r.fail("classification.p_orange",
           fmt::format("is {}, expected at most p_yellow ({})", c.p_orange, c.p_yellow));
  const long long min_units = r.integer("classification.min_units", c.min_units);
  if (min_units < 0) r.fail("classification.min_units", "is negative, expected 0 or more");
  c.min_units = static_cast<int>(min_units);
  c.stock_dimensions.clear();
  for (const auto& name : r.strings("classification.stock_dimensions", {"won"})) {
    auto d = dim_from_name(name);
    if (!d || *d == Dim::afw)
      r.fail("classification.stock_dimensions",
             fmt::format("has \"{}\", expected fys, onv, soc, vrz or won", name));
    c.stock_dimensions.push_back(*d);
  }
  return c;
}

BudgetParams read_budget(const Reader& r) {
  BudgetParams b;
  if (r.has("budget.year")) b.year = static_cast<int>(r.integer("budget.year", 0));
  b.total = r.integer("budget.total", 0);
  if (b.total < 0) r.fail("budget.total", "is negative, expected a budget in whole euros");
  const char* keys[] = {"budget.weights.basis", "budget.weights.plus", "budget.weights.plusplus"};
  for (int i = 0; i < kEffortCount; ++i) {
    b.weights[i] = r.number(keys[i], b.weights[i]);
    if (b.weights[i] < 0) r.fail(keys[i], "is negative, expected a weight of 0 or more");
  }
  if (b.weights[0] + b.weights[1] + b.weights[2] <= 0)
    r.fail("budget.weights.basis",
           "and the other weights are all 0, expected at least one positive weight");
  b.cap_per_daeb_unit = r.number("budget.cap_per_daeb_unit", 0);
  if (b.cap_per_daeb_unit < 0)
    r.fail("budget.cap_per_daeb_unit", "is negative, expected 0 (no check) or more");
  return b;
}

}  // namespace

RunFile read_run_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw InputError(fmt::format("{}: run file not found", path.string()));
  toml::table table;
  try {
    table = toml::parse_file(path.string());
  } catch (const toml::parse_error& e) {
    throw InputError(fmt::format("{}, line {}, column {}: {}", path.string(), e.source().begin.line,
                                 e.source().begin.column, e.description()));
  }
  Reader r(path, std::move(table));
  r.check_keys();
  r.require_all();

  RunFile run;
  run.path = path;
  const auto base = path.parent_path();
  auto& p = run.params;
  p.name = r.string("programme.name", "Leefbaarheidsprogramma");
  p.edition = static_cast<int>(r.integer("programme.edition", 0));
  if (p.edition < 1990 || p.edition > 2100)
    r.fail("programme.edition",
           fmt::format("is {}, expected a Leefbaarometer year such as 2022", p.edition));
  if (r.has("programme.trend")) {
    const auto trend = r.integers("programme.trend");
    if (trend.size() != 2)
      r.fail("programme.trend",
             fmt::format("has {} values, expected two editions [from, to]", trend.size()));
    if (trend[0] >= trend[1]) r.fail("programme.trend", "expected [from, to] with from before to");
    p.trend = std::pair<int, int>(static_cast<int>(trend[0]), static_cast<int>(trend[1]));
  }
  p.classification = read_classification(r);
  p.budget = read_budget(r);

  auto& in = run.inputs;
  for (const auto& s : r.strings("inputs.scores", {})) in.scores.push_back(resolve(base, s));
  if (in.scores.empty()) r.fail("inputs.scores", "is empty, expected at least one score table");
  in.buurten = resolve(base, r.string("inputs.buurten"));
  in.wijken = resolve(base, r.string("inputs.wijken"));
  in.gemeenten = resolve(base, r.string("inputs.gemeenten"));
  in.grid = resolve(base, r.string("inputs.grid"));
  in.pc6hnr = resolve(base, r.string("inputs.pc6hnr"));
  in.stock = resolve(base, r.string("inputs.stock"));
  in.actuals = resolve(base, r.string("inputs.actuals"));
  in.bag = resolve(base, r.string("inputs.bag"));

  auto& c = run.stock_columns;
  c.id = r.string("stock.columns.id");
  c.x = r.string("stock.columns.x");
  c.y = r.string("stock.columns.y");
  c.lat = r.string("stock.columns.lat");
  c.lon = r.string("stock.columns.lon");
  c.postcode = r.string("stock.columns.postcode");
  c.huisnummer = r.string("stock.columns.huisnummer");
  c.buurtcode = r.string("stock.columns.buurtcode");
  c.complex = r.string("stock.columns.complex");
  c.daeb = r.string("stock.columns.daeb");
  return run;
}

std::string RunFile::display(const std::string& resolved) const {
  const auto base = path.parent_path().lexically_normal();
  if (base.empty() || base == ".") return resolved;
  const auto relative = std::filesystem::path(resolved).lexically_relative(base);
  return relative.empty() || relative.string().starts_with("..") ? resolved : relative.string();
}

std::string run_file_reference_markdown() {
  std::string out =
      "# The run file\n\n"
      "A programme run is described by one TOML file (`leefbaar programme RUN.toml --out DIR`). "
      "Relative\n"
      "paths are relative to the run file. Unknown keys are refused. Generated from\n"
      "`src/import/run_file.cpp` (`leefbaar programme --run-file-reference`).\n\n"
      "| key | type | required | default | meaning |\n|---|---|---|---|---|\n";
  for (const auto& s : run_file_settings()) {
    out += fmt::format("| `{}` | {} | {} | {} | {} |\n", s.key, type_name(s.type),
                       s.required ? "yes" : "no",
                       s.default_text.empty() ? "" : "`" + s.default_text + "`", s.description);
  }
  return out;
}

}  // namespace leefbaar
