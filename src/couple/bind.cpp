#include "couple/bind.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/codes.hpp"

namespace leefbaar {

namespace {

Dictionary* dictionary_for(ScoreLevel level, CoupledStock& stock) {
  switch (level) {
    case ScoreLevel::grid:
      return &stock.cells;
    case ScoreLevel::buurt:
      return &stock.buurten;
    case ScoreLevel::pc4:
      return &stock.pc4s;
    case ScoreLevel::wijk:
      return &stock.wijken;
    case ScoreLevel::gemeente:
      return &stock.gemeenten;
  }
  return nullptr;
}

}  // namespace

ScoreBook bind_scores(const std::vector<ScoreTable>& tables, const GridLayer* grid,
                      CoupledStock& stock, BindReport& report) {
  ScoreBook book;
  for (const auto& table : tables) {
    const int level = static_cast<int>(table.level);
    if (table.level == ScoreLevel::grid && grid == nullptr) {
      throw InputError(fmt::format(
          "{}: scores per gridcel (kolom grid_id) tellen alleen mee met de gridvlakken erbij, "
          "want een grid_id zegt zelf niet waar de cel ligt. Zet in het runbestand onder [inputs] "
          "de regel grid = \"grid.gpkg\" (het bestand met de vlakken per grid_id)",
          table.file));
    }
    Dictionary& dict = *dictionary_for(table.level, stock);
    auto& areas = book.by_area[level];
    areas.resize(dict.size());
    book.loaded[level] = true;
    for (const auto& row : table.rows) {
      std::string code = row.code;
      if (table.level == ScoreLevel::grid) {
        auto it = grid->cell_of_grid_id.find(row.code);
        if (it == grid->cell_of_grid_id.end()) {
          ++report.grid_rows_without_cell;
          continue;
        }
        code = cell_key(it->second.x, it->second.y);
      }
      const auto i = dict.find(code);
      if (i < 0) continue;
      auto& editions = areas[static_cast<std::size_t>(i)];
      bool present = false;
      for (const auto& e : editions) present = present || e.year == row.year;
      if (!present)
        editions.push_back(
            {row.year, row.scores});  // a second table for the same level adds editions only
    }
    for (const auto& [code, name] : table.names) {
      if (const auto i = dict.find(code); i >= 0) dict.set_name_if_empty(i, name);
    }
  }
  if (report.grid_rows_without_cell > 0) {
    report.messages.push_back(fmt::format(
        "{} {} met scores per gridcel {} een grid_id die niet in de gridvlakken "
        "staat; {} niet mee",
        report.grid_rows_without_cell, one_or_many(report.grid_rows_without_cell, "rij", "rijen"),
        one_or_many(report.grid_rows_without_cell, "heeft", "hebben"),
        one_or_many(report.grid_rows_without_cell, "die rij telt", "die rijen tellen")));
  }
  return book;
}

ActualsBook bind_actuals(const Actuals& actuals, const CoupledStock& stock) {
  ActualsBook book;
  book.by_gemeente.resize(stock.gemeenten.size());
  for (const auto& row : actuals.rows) {
    std::int32_t g = stock.gemeenten.find(codes::gemeente(row.gemeente));
    for (std::size_t i = 0; g < 0 && i < stock.gemeenten.size(); ++i) {
      if (iequals(stock.gemeenten.name(static_cast<std::int32_t>(i)), row.gemeente))
        g = static_cast<std::int32_t>(i);
    }
    if (g < 0) {
      book.unmatched.push_back(row);
      continue;
    }
    book.by_gemeente[static_cast<std::size_t>(g)][row.year] += row.amount;
  }
  return book;
}

}  // namespace leefbaar
