#include "core/params_json.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/errors.hpp"

namespace leefbaar {

nlohmann::json params_to_json(const ProgrammeParams& p) {
  const auto& c = p.classification;
  nlohmann::json dims = nlohmann::json::array();
  for (Dim d : c.stock_dimensions) dims.push_back(std::string(kDimNames[static_cast<int>(d)]));
  nlohmann::json j = {{"name", p.name},
                      {"edition", p.edition},
                      {"trend", nullptr},
                      {"level", std::string(to_string(c.level))},
                      {"mode", c.mode == ClassificationMode::zscore ? "zscore" : "percentile"},
                      {"yellow", c.yellow},
                      {"orange", c.orange},
                      {"p_yellow", c.p_yellow},
                      {"p_orange", c.p_orange},
                      {"min_units", c.min_units},
                      {"stock_dimensions", dims},
                      {"budget_year", p.budget_year()},
                      {"budget_total", p.budget.total},
                      {"weights",
                       {{"basis", p.budget.weights[0]},
                        {"plus", p.budget.weights[1]},
                        {"plusplus", p.budget.weights[2]}}},
                      {"cap_per_daeb_unit", p.budget.cap_per_daeb_unit}};
  if (p.trend) j["trend"] = {p.trend->first, p.trend->second};
  return j;
}

namespace {

// The settings as the Programma page names them, for messages.
std::string label(const std::string& field) {
  static const std::map<std::string, std::string> labels = {
      {"edition", "de editie"},
      {"yellow", "de grens voor geel"},
      {"orange", "de grens voor oranje"},
      {"p_yellow", "het percentiel voor geel"},
      {"p_orange", "het percentiel voor oranje"},
      {"min_units", "het minimum aantal eenheden"},
      {"budget_year", "het begrotingsjaar"},
      {"budget_total", "het budget"},
      {"weights.basis", "het gewicht voor Basis"},
      {"weights.plus", "het gewicht voor Plus"},
      {"weights.plusplus", "het gewicht voor PlusPlus"},
      {"cap_per_daeb_unit", "het plafond per DAEB-woning"}};
  const auto it = labels.find(field);
  return it == labels.end() ? field : it->second;
}

// Dutch notation: a decimal comma.
std::string dutch(double v) {
  std::string s = fmt::format("{}", v);
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

double number(const nlohmann::json& v, const std::string& field) {
  if (!v.is_number())
    throw FieldError(field, fmt::format("Vul bij {} een getal in.", label(field)));
  return v.get<double>();
}

long long whole(const nlohmann::json& v, const std::string& field) {
  const double d = number(v, field);
  // The cast is undefined outside long long's range (found by tests/fuzz/fuzz_json_body: 1e30).
  if (!(std::fabs(d) < 9e18) || d != std::trunc(d))
    throw FieldError(field, fmt::format("Vul bij {} een heel getal in.", label(field)));
  return static_cast<long long>(d);
}

void apply_classification(const nlohmann::json& patch, ClassificationParams& c) {
  if (patch.contains("level")) {
    const auto& v = patch["level"];
    const auto level = v.is_string() ? area_level_from_name(v.get<std::string>()) : std::nullopt;
    if (!level || *level == AreaLevel::werkgebied)
      throw FieldError("level", "Kies als niveau complex, buurt, wijk of gemeente.");
    c.level = *level;
  }
  if (patch.contains("mode")) {
    const auto& v = patch["mode"];
    if (v == "zscore") {
      c.mode = ClassificationMode::zscore;
    } else if (v == "percentile") {
      c.mode = ClassificationMode::percentile;
    } else {
      throw FieldError("mode", "Kies als methode zscore of percentile.");
    }
  }
  if (patch.contains("yellow")) c.yellow = number(patch["yellow"], "yellow");
  if (patch.contains("orange")) c.orange = number(patch["orange"], "orange");
  if (c.orange > c.yellow)
    throw FieldError("orange", fmt::format("De grens voor oranje ({}) mag niet boven die voor geel "
                                           "({}) liggen.",
                                           dutch(c.orange), dutch(c.yellow)));
  for (const char* key : {"p_yellow", "p_orange"}) {
    if (!patch.contains(key)) continue;
    const double v = number(patch[key], key);
    if (v < 0 || v > 100)
      throw FieldError(
          key, fmt::format("Vul bij {} een percentiel van 0 tot en met 100 in.", label(key)));
    (std::string_view(key) == "p_yellow" ? c.p_yellow : c.p_orange) = v;
  }
  if (c.p_orange > c.p_yellow)
    throw FieldError("p_orange", "Het percentiel voor oranje mag niet boven dat voor geel liggen.");
  if (patch.contains("min_units")) {
    const long long v = whole(patch["min_units"], "min_units");
    if (v < 0 || v > 1000000) throw FieldError("min_units", "Vul een aantal van 0 of meer in.");
    c.min_units = static_cast<int>(v);
  }
  if (patch.contains("stock_dimensions")) {
    const auto& v = patch["stock_dimensions"];
    if (!v.is_array())
      throw FieldError("stock_dimensions",
                       "Verwacht een lijst van dimensies (fys, onv, soc, vrz, "
                       "won).");
    std::set<Dim> dims;
    for (const auto& item : v) {
      const auto d = item.is_string() ? dim_from_name(item.get<std::string>()) : std::nullopt;
      if (!d || *d == Dim::afw)
        throw FieldError("stock_dimensions", "Kies woningdimensies uit fys, onv, soc, vrz en won.");
      dims.insert(*d);
    }
    c.stock_dimensions.assign(dims.begin(), dims.end());
  }
}

void apply_budget(const nlohmann::json& patch, BudgetParams& b) {
  if (patch.contains("budget_year")) {
    const long long y = whole(patch["budget_year"], "budget_year");
    if (y < 1990 || y > 2100) throw FieldError("budget_year", "Vul een jaartal in, zoals 2025.");
    b.year = static_cast<int>(y);
  }
  if (patch.contains("budget_total")) {
    b.total = whole(patch["budget_total"], "budget_total");
    if (b.total < 0 || b.total > 1'000'000'000'000LL)
      throw FieldError("budget_total", "Vul een budget in hele euro's in, 0 of meer.");
  }
  if (patch.contains("weights")) {
    const auto& w = patch["weights"];
    if (!w.is_object())
      throw FieldError("weights", "Verwacht gewichten voor basis, plus en plusplus.");
    const char* names[] = {"basis", "plus", "plusplus"};
    for (int i = 0; i < kEffortCount; ++i) {
      if (!w.contains(names[i])) continue;
      const std::string field = fmt::format("weights.{}", names[i]);
      b.weights[i] = number(w[names[i]], field);
      if (b.weights[i] < 0) throw FieldError(field, "Een gewicht is 0 of meer.");
    }
    if (b.weights[0] + b.weights[1] + b.weights[2] <= 0)
      throw FieldError("weights.basis", "Geef ten minste een inzetniveau een gewicht boven 0.");
  }
  if (patch.contains("cap_per_daeb_unit")) {
    b.cap_per_daeb_unit = number(patch["cap_per_daeb_unit"], "cap_per_daeb_unit");
    if (b.cap_per_daeb_unit < 0)
      throw FieldError("cap_per_daeb_unit", "Vul 0 (niet toetsen) of een bedrag boven 0 in.");
  }
}

}  // namespace

ProgrammeParams params_from_json(const nlohmann::json& patch, ProgrammeParams base) {
  if (!patch.is_object()) throw FieldError("params", "Verwacht de instellingen als object.");
  static const std::set<std::string> known = {"name",
                                              "edition",
                                              "trend",
                                              "level",
                                              "mode",
                                              "yellow",
                                              "orange",
                                              "p_yellow",
                                              "p_orange",
                                              "min_units",
                                              "stock_dimensions",
                                              "budget_year",
                                              "budget_total",
                                              "weights",
                                              "cap_per_daeb_unit"};
  for (const auto& [key, value] : patch.items()) {
    if (!known.count(key)) throw FieldError(key, fmt::format("Onbekende instelling '{}'.", key));
  }
  if (patch.contains("name")) {
    if (!patch["name"].is_string()) throw FieldError("name", "Vul een naam in.");
    base.name = patch["name"].get<std::string>();
  }
  if (patch.contains("edition")) {
    const long long e = whole(patch["edition"], "edition");
    if (e < 1990 || e > 2100) throw FieldError("edition", "Kies een editie, zoals 2022.");
    base.edition = static_cast<int>(e);
  }
  if (patch.contains("trend")) {
    const auto& t = patch["trend"];
    if (t.is_null()) {
      base.trend.reset();
    } else if (t.is_array() && t.size() == 2 && t[0].is_number_integer() &&
               t[1].is_number_integer() && t[0].get<int>() < t[1].get<int>()) {
      base.trend = std::pair<int, int>(t[0].get<int>(), t[1].get<int>());
    } else {
      throw FieldError("trend", "Kies twee edities: van en tot, de eerste voor de tweede.");
    }
  }
  apply_classification(patch, base.classification);
  apply_budget(patch, base.budget);
  return base;
}

}  // namespace leefbaar
