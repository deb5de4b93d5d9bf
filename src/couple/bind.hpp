#pragma once
// Binding the loaded tables to the coupled stock's area indices: score rows per level and edition,
// and actual spending per gemeente. After this the computation needs no strings.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/types.hpp"
#include "couple/couple.hpp"
#include "import/actuals.hpp"
#include "import/areas.hpp"
#include "import/score_table.hpp"

namespace leefbaar {

struct EditionScores {
  int year = 0;
  Scores scores;
};

struct ScoreBook {
  std::array<bool, kScoreLevelCount> loaded{};
  // by_area[level][area index] = the area's rows, one per edition.
  std::array<std::vector<std::vector<EditionScores>>, kScoreLevelCount> by_area;

  const Scores* find(ScoreLevel level, std::int32_t area, int year) const {
    const auto& areas = by_area[static_cast<int>(level)];
    if (area < 0 || static_cast<std::size_t>(area) >= areas.size()) return nullptr;
    for (const auto& e : areas[static_cast<std::size_t>(area)]) {
      if (e.year == year) return &e.scores;
    }
    return nullptr;
  }
};

struct BindReport {
  long long grid_rows_without_cell = 0;  // grid_id not in the grid geometry
  std::vector<std::string> messages;     // for the summary
};

// Rows for areas the stock does not touch are dropped; names from the tables fill empty names.
// grid may be null (then grid scores are refused: grid_id is opaque and needs the grid geometry).
ScoreBook bind_scores(const std::vector<ScoreTable>& tables, const GridLayer* grid,
                      CoupledStock& stock, BindReport& report);

struct ActualsBook {
  std::vector<std::map<int, double>> by_gemeente;  // gemeente index -> year -> euros
  std::vector<ActualRow> unmatched;                // rows naming a gemeente without units
};

// A gemeente is named by code (GM0106), bare digits (106, 0106) or name (Assen; any case).
ActualsBook bind_actuals(const Actuals& actuals, const CoupledStock& stock);

}  // namespace leefbaar
