#pragma once
// Internal to compute: the budget plan per gemeente and buurt, actuals and the DAEB cap (section
// 7).
#include <vector>

#include "compute/programme.hpp"

namespace leefbaar {

struct BudgetPlan {
  std::vector<GemeenteBudget> gemeenten;
  std::vector<BuurtBudget> buurten;
  long long units_without_gemeente = 0;
};

// Sets each unit's share and returns the rounded plan. focus: per gemeente index.
BudgetPlan plan_budget(const ProgrammeInputs& in, std::vector<UnitResult>& units);

}  // namespace leefbaar
