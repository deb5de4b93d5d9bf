#include "serve/programme_json.hpp"

#include <cmath>

#include "compute/yardstick.hpp"
#include "core/params_json.hpp"
#include "serve/schema.hpp"

namespace leefbaar::serve {

std::string colour_name(const std::optional<Colour>& colour) {
  if (!colour) return {};
  switch (*colour) {
    case Colour::green:
      return "groen";
    case Colour::yellow:
      return "geel";
    case Colour::orange:
      return "oranje";
  }
  return {};
}

nlohmann::json number_or_null(double v) {
  return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v);
}

namespace {

nlohmann::json optional_number(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json gemeenten_json(const usecases::Workspace& ws, const ProgrammeResult& result) {
  const auto& stock = ws.run().stock;
  const auto means = areas_at(result, AreaLevel::gemeente);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& g : result.gemeenten) {
    const auto mean = means.find(g.gemeente);
    rows.push_back(
        {{"code", stock.gemeenten.code(g.gemeente)},
         {"name", stock.gemeenten.name(g.gemeente)},
         {"units", g.units},
         {"daeb_units", g.daeb_units},
         {"focus", g.focus},
         {"plan", g.plan},
         {"actual", optional_number(g.actual)},
         {"difference", optional_number(g.difference)},
         {"actual_per_daeb_unit", optional_number(g.actual_per_daeb_unit)},
         {"above_cap", g.above_cap ? nlohmann::json(*g.above_cap) : nullptr},
         {"mean_afw",
          mean == means.end() ? nullptr : number_or_null(mean->second->mean[Dim::afw])}});
  }
  return rows;
}

nlohmann::json classified_areas_json(const usecases::Workspace& ws, const ProgrammeParams& params,
                                     const ProgrammeResult& result) {
  const auto& stock = ws.run().stock;
  const auto level = params.classification.level;
  const Dictionary* dict = dictionary_of(stock, level);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& a : result.areas) {
    if (a.level != level || dict == nullptr) continue;
    const auto g = gemeente_of_area(stock, level, a.index);
    rows.push_back({{"code", dict->code(a.index)},
                    {"name", dict->name(a.index)},
                    {"gemeente", g >= 0 ? stock.gemeenten.code(g) : std::string{}},
                    {"n", a.n},
                    {"colour", a.classified && a.colour ? nlohmann::json(colour_name(a.colour))
                                                        : nlohmann::json(nullptr)},
                    {"effort", std::string(to_string(a.effort))},
                    {"indicatief", a.indicatief}});
  }
  return rows;
}

}  // namespace

std::string unit_status_text(UnitStatus status) {
  switch (status) {
    case UnitStatus::no_location:
      return "geen locatie: geen coördinaten, geen postcode met huisnummer en geen buurtcode";
    case UnitStatus::outside_buurten:
      return "de locatie ligt buiten alle buurten van het werkgebied";
    case UnitStatus::unknown_postcode:
      return "postcode en huisnummer staan niet in de tabel postcode-huisnummer (pc6hnr)";
    case UnitStatus::no_score:
      return "geen Leefbaarometer-score voor deze editie, op geen enkel niveau";
    case UnitStatus::ok:
      break;
  }
  return {};
}

std::unordered_map<std::int32_t, const AreaResult*> areas_at(const ProgrammeResult& result,
                                                             AreaLevel level) {
  std::unordered_map<std::int32_t, const AreaResult*> out;
  for (const auto& a : result.areas) {
    if (a.level == level) out.emplace(a.index, &a);
  }
  return out;
}

nlohmann::json summary_json(const usecases::Workspace& ws, const ProgrammeResult& result) {
  const auto& stock = ws.run().stock;
  long long scored = 0;
  for (const auto& u : result.units) scored += u.scores.scored() ? 1 : 0;
  return {
      {"units", static_cast<long long>(stock.units.size())},
      {"coupled", stock.per_status[static_cast<int>(UnitStatus::ok)]},
      {"scored", scored},
      {"units_per_effort",
       {{"Basis", result.units_per_effort[0]},
        {"Plus", result.units_per_effort[1]},
        {"PlusPlus", result.units_per_effort[2]}}},
      {"areas_per_colour",
       {{"groen", result.areas_per_colour[0]},
        {"geel", result.areas_per_colour[1]},
        {"oranje", result.areas_per_colour[2]}}},
      {"thresholds", {{"yellow", result.thresholds.yellow}, {"orange", result.thresholds.orange}}}};
}

nlohmann::json programme_json(const usecases::Workspace& ws, const ProgrammeParams& params,
                              const ProgrammeResult& result) {
  return {{"work_area", ws.work_area().name},
          {"organisation", ws.work_area().organisation},
          {"editions", ws.editions()},
          {"params", params_to_json(params)},
          {"summary", summary_json(ws, result)},
          {"gemeenten", gemeenten_json(ws, result)},
          {"areas", classified_areas_json(ws, params, result)}};
}

// ---- Schemas ----------------------------------------------------------------------------------

nlohmann::json colour_schema() {
  return schema::one_of({"groen", "geel", "oranje"});
}

nlohmann::json effort_schema() {
  return schema::one_of({"Basis", "Plus", "PlusPlus"});
}

nlohmann::json dimension_schema() {
  return schema::one_of(std::vector<std::string>(kDimNames.begin(), kDimNames.end()));
}

nlohmann::json classification_level_schema() {
  return schema::one_of({"complex", "buurt", "wijk", "gemeente"});
}

nlohmann::json params_schema() {
  using namespace schema;
  return object(
      {{"name", string()},
       {"edition", integer()},
       {"trend", nullable(array(integer(), "Two editions: from and to"))},
       {"level", classification_level_schema()},
       {"mode", one_of({"zscore", "percentile"})},
       {"yellow", number("The z threshold for yellow (also that of a weak dimension)")},
       {"orange", number()},
       {"p_yellow", number("Percentile mode: the percentile for yellow, 0 to 100")},
       {"p_orange", number()},
       {"min_units", integer("Fewer scored units: indicatief")},
       {"stock_dimensions", array(one_of({"fys", "onv", "soc", "vrz", "won"}))},
       {"budget_year", integer()},
       {"budget_total", integer("Whole euros")},
       {"weights", object({{"basis", number()}, {"plus", number()}, {"plusplus", number()}})},
       {"cap_per_daeb_unit", number("Euros; 0: not checked")}});
}

nlohmann::json params_patch_schema() {
  nlohmann::json patch = params_schema();
  patch.erase("required");
  patch["properties"]["weights"].erase("required");
  patch["description"] = "The settings to change; members left out keep their value";
  return patch;
}

nlohmann::json summary_schema() {
  using namespace schema;
  const auto counts = [](std::initializer_list<const char*> names) {
    nlohmann::json out = object({});
    for (const char* n : names) {
      out["properties"][n] = integer();
      out["required"].push_back(n);
    }
    return out;
  };
  return object({{"units", integer()},
                 {"coupled", integer()},
                 {"scored", integer()},
                 {"units_per_effort", counts({"Basis", "Plus", "PlusPlus"})},
                 {"areas_per_colour", counts({"groen", "geel", "oranje"})},
                 {"thresholds", object({{"yellow", nullable(number("Null without scored units"))},
                                        {"orange", nullable(number())}})}});
}

nlohmann::json programme_schema() {
  using namespace schema;
  const auto gemeente = object({{"code", string()},
                                {"name", string()},
                                {"units", integer()},
                                {"daeb_units", integer()},
                                {"focus", boolean()},
                                {"plan", integer("Whole euros")},
                                {"actual", nullable(number())},
                                {"difference", nullable(number())},
                                {"actual_per_daeb_unit", nullable(number())},
                                {"above_cap", nullable(boolean())},
                                {"mean_afw", nullable(number())}});
  const auto area = object({{"code", string()},
                            {"name", string()},
                            {"gemeente", string("Its code; empty when unknown")},
                            {"n", integer()},
                            {"colour", nullable(colour_schema())},
                            {"effort", effort_schema()},
                            {"indicatief", boolean()}});
  return object({{"work_area", string()},
                 {"organisation", string()},
                 {"editions", array(integer())},
                 {"params", params_schema()},
                 {"summary", summary_schema()},
                 {"gemeenten", array(gemeente)},
                 {"areas", array(area, "The areas at the classification level")}});
}

}  // namespace leefbaar::serve
