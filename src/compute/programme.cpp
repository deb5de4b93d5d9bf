#include "compute/programme.hpp"

#include "compute/budget.hpp"
#include "compute/classify.hpp"
#include "compute/trend.hpp"
#include "compute/yardstick.hpp"

namespace leefbaar {

namespace {

std::vector<UnitResult> score_units(const ProgrammeInputs& in) {
  std::vector<UnitResult> units(in.stock.units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    const auto& u = in.stock.units[i];
    units[i].status = u.status;
    if (!u.coupled()) continue;
    units[i].scores = resolve_unit_scores(u, in.scores, in.params.edition);
    if (!units[i].scores.scored()) units[i].status = UnitStatus::no_score;
  }
  return units;
}

Benchmark yardstick_of(const std::vector<UnitResult>& units) {
  std::vector<UnitScores> scored;
  scored.reserve(units.size());
  for (const auto& u : units) {
    if (u.scores.scored()) scored.push_back(u.scores);
  }
  return compute_benchmark(scored);
}

// Each scored unit takes the colour and level of its classification area; everyone else Basis.
void colour_units(const ProgrammeInputs& in, const std::vector<AreaResult>& areas,
                  std::vector<UnitResult>& units) {
  const AreaLevel level = in.params.classification.level;
  std::vector<const AreaResult*> by_index(area_count(in.stock, level), nullptr);
  for (const auto& a : areas) {
    if (a.classified) by_index[static_cast<std::size_t>(a.index)] = &a;
  }
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!units[i].scores.scored()) continue;
    const auto area = area_of(in.stock.units[i], level);
    if (area < 0 || by_index[static_cast<std::size_t>(area)] == nullptr) continue;
    units[i].colour = by_index[static_cast<std::size_t>(area)]->colour;
    units[i].effort = by_index[static_cast<std::size_t>(area)]->effort;
  }
}

void mark_focus(const ProgrammeInputs& in, const ProgrammeResult& r,
                std::vector<GemeenteBudget>& gemeenten) {
  for (auto& g : gemeenten) {
    for (const auto& a : r.areas) {
      if (a.level != AreaLevel::gemeente || a.index != g.gemeente) continue;
      for (Dim d : in.params.classification.stock_dimensions) {
        if (!is_missing(a.mean[d]) && a.mean[d] < r.benchmark.mean[d]) g.focus = true;
      }
    }
  }
}

}  // namespace

ProgrammeResult compute_programme(const ProgrammeInputs& in) {
  ProgrammeResult r;
  r.units = score_units(in);
  r.benchmark = yardstick_of(r.units);
  for (int l = 0; l <= static_cast<int>(AreaLevel::werkgebied); ++l) {
    auto rows = aggregate_level(static_cast<AreaLevel>(l), in.stock, r.units, r.benchmark);
    r.areas.insert(r.areas.end(), rows.begin(), rows.end());
  }
  r.thresholds = classification_thresholds(in.params.classification, r.units);
  classify_areas(in.params.classification, r.thresholds, r.areas);
  for (const auto& a : r.areas) {
    if (a.colour) ++r.areas_per_colour[static_cast<int>(*a.colour)];
  }
  colour_units(in, r.areas, r.units);
  for (std::size_t i = 0; i < r.units.size(); ++i) {
    if (in.stock.units[i].coupled()) ++r.units_per_effort[static_cast<int>(r.units[i].effort)];
  }

  auto plan = plan_budget(in, r.units);
  r.gemeenten = std::move(plan.gemeenten);
  r.buurten = std::move(plan.buurten);
  r.budget_units_without_gemeente = plan.units_without_gemeente;
  mark_focus(in, r, r.gemeenten);

  if (in.params.trend)
    r.trend = compute_trend(in.stock, in.scores, in.params.trend->first, in.params.trend->second);
  return r;
}

}  // namespace leefbaar
