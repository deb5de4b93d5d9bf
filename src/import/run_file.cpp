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

namespace {

std::string_view type_name_nl(SettingType type) {
  switch (type) {
    case SettingType::string:
      return "een tekst tussen aanhalingstekens";
    case SettingType::integer:
      return "een geheel getal";
    case SettingType::number:
      return "een getal";
    case SettingType::string_list:
      return "een lijst van teksten";
    case SettingType::integer_pair:
      return "een lijst van twee gehele getallen";
  }
  return "";
}

// What a required setting is for, in Dutch, for the message when it is missing.
std::string_view required_meaning(std::string_view key) {
  if (key == "programme.edition") return "de editie (het jaar) van de Leefbaarometer";
  if (key == "inputs.scores") return "de scoretabellen van de Leefbaarometer (CSV of XLSX)";
  if (key == "inputs.buurten") return "het bestand met de vlakken van de buurten";
  if (key == "inputs.stock") return "het bestand met het bezit (CSV of XLSX), één rij per eenheid";
  if (key == "stock.columns.id") return "de naam van de kolom met het nummer van de eenheid";
  if (key == "budget.total") return "het totale budget in hele euro's";
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
    const std::string line = n ? fmt::format(", regel {}", n->source().begin.line) : "";
    throw InputError(fmt::format("{}{}, '{}': {}", path_.string(), line, key, message));
  }

  void require_all() const {
    for (const auto& spec : run_file_settings()) {
      if (spec.required && !has(spec.key)) {
        const auto dot = spec.key.rfind('.');
        const std::string_view meaning = required_meaning(spec.key);
        throw InputError(fmt::format(
            "{}: de verplichte instelling '{}' in [{}] ontbreekt; verwacht {}{}", path_.string(),
            spec.key.substr(dot + 1), spec.key.substr(0, dot),
            meaning.empty() ? "" : fmt::format("{}, als ", meaning), type_name_nl(spec.type)));
      }
    }
  }

 private:
  const toml::node* get(const std::string& key) const { return node(key); }

  [[noreturn]] void wrong_type(const std::string& key, const toml::node& n) const {
    const auto& spec = *specs_.at(key);
    std::ostringstream found;
    n.visit([&found](auto&& v) { found << v; });
    throw InputError(fmt::format("{}, regel {}, '{}': gevonden {}, verwacht {}", path_.string(),
                                 n.source().begin.line, key, found.str(), type_name_nl(spec.type)));
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
      throw InputError(
          fmt::format("{}, regel {}: onbekende instelling '{}'{}; verwacht een van: {}",
                      path_.string(), value.source().begin.line, key,
                      prefix.empty() ? "" : fmt::format(" in [{}]", prefix), join(known, ", ")));
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
           fmt::format("gevonden \"{}\", verwacht complex, buurt, wijk of gemeente", level));
  c.level = *parsed;
  const std::string mode = r.string("classification.mode", "zscore");
  if (mode == "zscore") {
    c.mode = ClassificationMode::zscore;
  } else if (mode == "percentile") {
    c.mode = ClassificationMode::percentile;
  } else {
    r.fail("classification.mode",
           fmt::format("gevonden \"{}\", verwacht zscore of percentile", mode));
  }
  c.yellow = r.number("classification.yellow", c.yellow);
  c.orange = r.number("classification.orange", c.orange);
  if (c.orange > c.yellow)
    r.fail("classification.orange",
           fmt::format("gevonden {}, verwacht hoogstens de waarde van yellow ({})", c.orange,
                       c.yellow));
  c.p_yellow = r.number("classification.p_yellow", c.p_yellow);
  c.p_orange = r.number("classification.p_orange", c.p_orange);
  for (const char* key : {"classification.p_yellow", "classification.p_orange"}) {
    const double v = r.number(key, 0);
    if (v < 0 || v > 100)
      r.fail(key, fmt::format("gevonden {}, verwacht een percentiel van 0 tot en met 100", v));
  }
  if (c.p_orange > c.p_yellow)
    r.fail("classification.p_orange",
           fmt::format("gevonden {}, verwacht hoogstens de waarde van p_yellow ({})", c.p_orange,
                       c.p_yellow));
  const long long min_units = r.integer("classification.min_units", c.min_units);
  if (min_units < 0)
    r.fail("classification.min_units",
           fmt::format("gevonden {}, verwacht 0 of meer (een aantal eenheden)", min_units));
  c.min_units = static_cast<int>(min_units);
  c.stock_dimensions.clear();
  for (const auto& name : r.strings("classification.stock_dimensions", {"won"})) {
    auto d = dim_from_name(name);
    if (!d || *d == Dim::afw)
      r.fail("classification.stock_dimensions",
             fmt::format("gevonden \"{}\", verwacht fys, onv, soc, vrz of won", name));
    c.stock_dimensions.push_back(*d);
  }
  return c;
}

BudgetParams read_budget(const Reader& r) {
  BudgetParams b;
  if (r.has("budget.year")) b.year = static_cast<int>(r.integer("budget.year", 0));
  b.total = r.integer("budget.total", 0);
  if (b.total < 0)
    r.fail("budget.total",
           fmt::format("gevonden {}, verwacht een budget in hele euro's (0 of meer)", b.total));
  const char* keys[] = {"budget.weights.basis", "budget.weights.plus", "budget.weights.plusplus"};
  for (int i = 0; i < kEffortCount; ++i) {
    b.weights[i] = r.number(keys[i], b.weights[i]);
    if (b.weights[i] < 0)
      r.fail(keys[i], fmt::format("gevonden {}, verwacht een gewicht van 0 of meer", b.weights[i]));
  }
  if (b.weights[0] + b.weights[1] + b.weights[2] <= 0)
    r.fail("budget.weights.basis",
           "dit gewicht en de andere gewichten zijn allemaal 0; verwacht minstens één gewicht "
           "groter dan 0");
  b.cap_per_daeb_unit = r.number("budget.cap_per_daeb_unit", 0);
  if (b.cap_per_daeb_unit < 0)
    r.fail("budget.cap_per_daeb_unit",
           fmt::format("gevonden {}, verwacht 0 (geen controle) of meer", b.cap_per_daeb_unit));
  return b;
}

}  // namespace

RunFile read_run_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw InputError(fmt::format(
        "{}: het bestand is niet gevonden; verwacht een run-bestand (TOML) met deze naam",
        path.string()));
  toml::table table;
  try {
    table = toml::parse_file(path.string());
  } catch (const toml::parse_error& e) {
    throw InputError(fmt::format(
        "{}, regel {}, teken {}: dit is geen geldige TOML; verwacht een "
        "run-bestand in TOML (toml++: {})",
        path.string(), e.source().begin.line, e.source().begin.column, e.description()));
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
    r.fail(
        "programme.edition",
        fmt::format("gevonden {}, verwacht een jaar van de Leefbaarometer, zoals 2022", p.edition));
  if (r.has("programme.trend")) {
    const auto trend = r.integers("programme.trend");
    if (trend.size() != 2)
      r.fail("programme.trend",
             fmt::format("gevonden {} {}, verwacht twee edities: [van, tot]", trend.size(),
                         trend.size() == 1 ? "waarde" : "waarden"));
    if (trend[0] >= trend[1])
      r.fail("programme.trend",
             fmt::format("gevonden [{}, {}], verwacht [van, tot] met de eerste editie vóór de "
                         "tweede",
                         trend[0], trend[1]));
    p.trend = std::pair<int, int>(static_cast<int>(trend[0]), static_cast<int>(trend[1]));
  }
  p.classification = read_classification(r);
  p.budget = read_budget(r);

  auto& in = run.inputs;
  for (const auto& s : r.strings("inputs.scores", {})) in.scores.push_back(resolve(base, s));
  if (in.scores.empty())
    r.fail("inputs.scores", "de lijst is leeg; verwacht minstens één scoretabel");
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

}  // namespace leefbaar
