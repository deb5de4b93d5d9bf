#include "serve/programme_json.hpp"

#include <cmath>

#include "compute/yardstick.hpp"
#include "core/params_json.hpp"

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

}  // namespace leefbaar::serve
