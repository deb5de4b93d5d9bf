#include "report/tables.hpp"

#include <fmt/format.h>

#include "compute/yardstick.hpp"
#include "core/text.hpp"

namespace leefbaar {

namespace {

std::vector<std::string> with_dims(std::vector<std::string> head, std::string_view prefix,
                                   std::vector<std::string> tail = {}) {
  for (auto name : kDimNames) head.push_back(std::string(prefix) + std::string(name));
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

void add_dims(std::vector<Cell>& row, const Scores& s) {
  for (int d = 0; d < kDimCount; ++d) row.push_back(number_or_empty(s[d]));
}

Cell text_or_empty(const std::string& s) {
  return s.empty() ? Cell{} : Cell{s};
}

std::string code_at(const Dictionary& dict, std::int32_t i) {
  return i < 0 ? std::string{} : dict.code(i);
}

}  // namespace

std::string area_code(const CoupledStock& stock, AreaLevel level, std::int32_t index) {
  const Dictionary* dict = dictionary_of(stock, level);
  return dict == nullptr || index < 0 ? std::string{} : dict->code(index);
}

std::string area_name(const ProgrammeRun& run, AreaLevel level, std::int32_t index) {
  if (level == AreaLevel::werkgebied) return run.data.run.params.name;
  const Dictionary* dict = dictionary_of(run.stock, level);
  return dict == nullptr || index < 0 ? std::string{} : dict->name(index);
}

std::string area_gemeente(const CoupledStock& s, AreaLevel level, std::int32_t index) {
  return code_at(s.gemeenten, gemeente_of_area(s, level, index));
}

const AreaResult* gemeente_area(const ProgrammeResult& result, std::int32_t gemeente) {
  for (const auto& a : result.areas)
    if (a.level == AreaLevel::gemeente && a.index == gemeente) return &a;
  return nullptr;
}

std::string weak_text(const AreaResult& area) {
  std::vector<std::string> names;
  for (Dim d : area.weak) names.emplace_back(kDimNames[static_cast<int>(d)]);
  return join(names, "|");
}

Sheet units_sheet(const ProgrammeRun& run) {
  Sheet sheet{
      "units",
      {"unit_id", "x", "y", "cell_x", "cell_y", "buurt", "wijk", "gemeente", "complex",
       "score_level", "afw", "fys", "onv", "soc", "vrz", "won", "colour", "level", "status"},
      {}};
  const auto& s = run.stock;
  sheet.rows.reserve(s.units.size());
  for (std::size_t i = 0; i < s.units.size(); ++i) {
    const auto& u = s.units[i];
    const auto& r = run.result.units[i];
    std::vector<Cell> row{u.id,
                          number_or_empty(u.x),
                          number_or_empty(u.y),
                          number_or_empty(u.cell_x),
                          number_or_empty(u.cell_y),
                          text_or_empty(code_at(s.buurten, u.buurt)),
                          text_or_empty(code_at(s.wijken, u.wijk)),
                          text_or_empty(code_at(s.gemeenten, u.gemeente)),
                          text_or_empty(code_at(s.complexes, u.complex))};
    const auto level = r.scores.level[static_cast<int>(Dim::afw)];
    row.push_back(level == kNoLevel ? Cell{}
                                    : Cell{std::string(to_string(static_cast<ScoreLevel>(level)))});
    add_dims(row, r.scores.scores);
    row.push_back(r.colour ? Cell{std::string(to_string(*r.colour))} : Cell{});
    // Basis applies everywhere, but an uncoupled unit is in no programme area at all.
    row.push_back(u.coupled() ? Cell{std::string(to_string(r.effort))} : Cell{});
    row.push_back(std::string(to_string(r.status)));
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

Sheet areas_sheet(const ProgrammeRun& run) {
  Sheet sheet{"areas",
              with_dims(with_dims({"area_level", "code", "name", "gemeente", "n"}, "mean_"), "z_",
                        {"colour", "level", "indicatief", "weak_dimensions"}),
              {}};
  for (const auto& a : run.result.areas) {
    std::vector<Cell> row{std::string(to_string(a.level)),
                          text_or_empty(area_code(run.stock, a.level, a.index)),
                          text_or_empty(area_name(run, a.level, a.index)),
                          text_or_empty(area_gemeente(run.stock, a.level, a.index)), a.n};
    add_dims(row, a.mean);
    add_dims(row, a.z);
    if (a.classified) {
      row.push_back(std::string(to_string(*a.colour)));
      row.push_back(std::string(to_string(a.effort)));
      row.push_back(a.indicatief);
      row.push_back(text_or_empty(weak_text(a)));
    } else {
      row.insert(row.end(), 4, Cell{});
    }
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

Sheet gemeenten_sheet(const ProgrammeRun& run) {
  Sheet sheet{"gemeenten",
              with_dims(with_dims({"code", "name", "n"}, "mean_"), "z_",
                        {"focus", "budget_plan", "actual", "difference", "actual_per_daeb_unit",
                         "above_cap"}),
              {}};
  for (const auto& g : run.result.gemeenten) {
    const AreaResult* area = gemeente_area(run.result, g.gemeente);
    std::vector<Cell> row{run.stock.gemeenten.code(g.gemeente),
                          text_or_empty(run.stock.gemeenten.name(g.gemeente)),
                          area ? area->n : 0LL};
    add_dims(row, area ? area->mean : Scores{});
    add_dims(row, area ? area->z : Scores{});
    row.push_back(g.focus);
    row.push_back(g.plan);
    row.push_back(maybe(g.actual));
    row.push_back(maybe(g.difference));
    row.push_back(maybe(g.actual_per_daeb_unit));
    row.push_back(g.above_cap ? Cell{*g.above_cap} : Cell{});
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

Sheet trend_sheet(const ProgrammeRun& run) {
  Sheet sheet{"trend", with_dims({"area_level", "code", "n"}, "d_"), {}};
  if (!run.result.trend) return sheet;
  for (const auto& t : run.result.trend->rows) {
    std::vector<Cell> row{std::string(to_string(t.level)),
                          text_or_empty(area_code(run.stock, t.level, t.index)), t.n};
    add_dims(row, t.delta);
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

Sheet buurt_budget_sheet(const ProgrammeRun& run) {
  Sheet sheet{"budget_buurten", {"gemeente", "code", "name", "units", "budget_plan"}, {}};
  for (const auto& b : run.result.buurten) {
    sheet.rows.push_back({run.stock.gemeenten.code(b.gemeente), run.stock.buurten.code(b.buurt),
                          text_or_empty(run.stock.buurten.name(b.buurt)), b.units, b.plan});
  }
  return sheet;
}

Sheet parameters_sheet(const ProgrammeRun& run) {
  const auto& p = run.data.run.params;
  const auto& c = p.classification;
  Sheet sheet{"parameters", {"parameter", "value"}, {}};
  auto add = [&sheet](std::string key, Cell value) {
    sheet.rows.push_back({std::move(key), std::move(value)});
  };
  add("programme.name", p.name);
  add("programme.edition", static_cast<long long>(p.edition));
  if (p.trend) add("programme.trend", fmt::format("{}-{}", p.trend->first, p.trend->second));
  add("classification.level", std::string(to_string(c.level)));
  add("classification.mode",
      std::string(c.mode == ClassificationMode::zscore ? "zscore" : "percentile"));
  add("classification.yellow", c.yellow);
  add("classification.orange", c.orange);
  add("classification.p_yellow", c.p_yellow);
  add("classification.p_orange", c.p_orange);
  add("classification.min_units", static_cast<long long>(c.min_units));
  std::vector<std::string> dims;
  for (Dim d : c.stock_dimensions) dims.emplace_back(kDimNames[static_cast<int>(d)]);
  add("classification.stock_dimensions", join(dims, "|"));
  add("threshold.orange", run.result.thresholds.orange);
  add("threshold.yellow", run.result.thresholds.yellow);
  add("budget.year", static_cast<long long>(p.budget_year()));
  add("budget.total", p.budget.total);
  add("budget.weights.basis", p.budget.weights[0]);
  add("budget.weights.plus", p.budget.weights[1]);
  add("budget.weights.plusplus", p.budget.weights[2]);
  add("budget.cap_per_daeb_unit", p.budget.cap_per_daeb_unit);
  for (int d = 0; d < kDimCount; ++d) {
    add(fmt::format("yardstick.mean_{}", kDimNames[d]),
        number_or_empty(run.result.benchmark.mean[d]));
    add(fmt::format("yardstick.sd_{}", kDimNames[d]), number_or_empty(run.result.benchmark.sd[d]));
  }
  for (const auto& cs : run.data.checksums)
    add(fmt::format("sha256 {} {}", cs.role, cs.file), cs.sha256);
  return sheet;
}

}  // namespace leefbaar
