#pragma once
// The programme's parameters, as the run file gives them (programme.md section 10). Shared by the
// run-file parser (import) and the computation (compute), which must not depend on each other.
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/types.hpp"

namespace leefbaar {

enum class ClassificationMode { zscore, percentile };

struct ClassificationParams {
  AreaLevel level = AreaLevel::buurt;
  ClassificationMode mode = ClassificationMode::zscore;
  double yellow = -0.5;  // z threshold (also the weak-dimension threshold in both modes)
  double orange = -1.0;
  double p_yellow = 30;  // percentile mode
  double p_orange = 15;
  int min_units = 10;  // fewer scored units: the area is flagged indicatief
  std::vector<Dim> stock_dimensions{Dim::won};
};

struct BudgetParams {
  std::optional<int> year;                                  // default: the edition year
  long long total = 0;                                      // whole euros
  std::array<double, kEffortCount> weights{1.0, 2.0, 4.0};  // Basis, Plus, PlusPlus
  double cap_per_daeb_unit = 0;                             // 0: no check
};

struct ProgrammeParams {
  std::string name;
  int edition = 0;
  std::optional<std::pair<int, int>> trend;  // from, to
  ClassificationParams classification;
  BudgetParams budget;

  int budget_year() const { return budget.year.value_or(edition); }
};

}  // namespace leefbaar
