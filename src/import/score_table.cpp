#include "import/score_table.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/codes.hpp"
#include "import/table_reader.hpp"

namespace leefbaar {

namespace {

constexpr double kSumTolerance = 1e-4;
constexpr double kReferenceTolerance = 1e-6;

struct IdColumn {
  std::string_view name;
  ScoreLevel level;
  std::string_view name_column;
};
// Finest first: a buurt table may also carry wk_code and gm_code columns.
constexpr IdColumn kIdColumns[] = {{"grid_id", ScoreLevel::grid, ""},
                                   {"bu_code", ScoreLevel::buurt, "bu_naam"},
                                   {"pc4", ScoreLevel::pc4, ""},
                                   {"wk_code", ScoreLevel::wijk, "wk_naam"},
                                   {"gm_code", ScoreLevel::gemeente, "gm_naam"}};

std::string normalise_code(ScoreLevel level, const TableReader& table, const TableRow& row,
                           int column) {
  const std::string& text = row[column];
  if (is_empty_cell(text)) table.fail(row, column, "an area code");
  switch (level) {
    case ScoreLevel::grid:
      return std::string(trim(text));  // opaque: never parsed
    case ScoreLevel::buurt:
      return codes::buurt(text);
    case ScoreLevel::wijk:
      return codes::wijk(text);
    case ScoreLevel::gemeente:
      return codes::gemeente(text);
    case ScoreLevel::pc4: {
      auto code = codes::pc4(text);
      if (!code) table.fail(row, column, "a four-digit postcode area (PC4)");
      return *code;
    }
  }
  return {};
}

}  // namespace

ScoreTable read_score_table(const std::filesystem::path& path, const std::string& display) {
  TableReader table(path, display);
  ScoreTable out = table.begin_result<ScoreTable>();

  int id = -1;
  int name_col = -1;
  for (const auto& candidate : kIdColumns) {
    id = table.find(candidate.name);
    if (id >= 0) {
      out.level = candidate.level;
      out.id_column = std::string(candidate.name);
      if (!candidate.name_column.empty()) name_col = table.find(candidate.name_column);
      break;
    }
  }
  if (id < 0) {
    throw InputError(fmt::format(
        "{}: no area id column; expected one of grid_id, bu_code, wk_code, gm_code, pc4 "
        "(a Leefbaarometer score table)",
        out.file));
  }
  const int jaar = table.require("jaar", "(the edition year)");
  const int lbm = table.require("lbm");
  std::array<int, kDimCount> dims{};
  for (int d = 0; d < kDimCount; ++d) dims[d] = table.require(kDimNames[d]);

  std::set<std::pair<std::string, int>> seen;
  std::vector<double> references;
  TableRow row;
  while (table.next(row)) {
    ScoreRow score;
    score.row = row.number;
    score.code = normalise_code(out.level, table, row, id);
    const auto year = table.integer(row, jaar, false);
    if (*year < 1900 || *year > 2100) table.fail(row, jaar, "an edition year such as 2022");
    score.year = static_cast<int>(*year);
    score.lbm = table.number(row, lbm, true).value_or(kMissing);
    for (int d = 0; d < kDimCount; ++d)
      score.scores[d] = table.number(row, dims[d], true).value_or(kMissing);

    if (!seen.emplace(score.code, score.year).second) {
      out.duplicates.add(row.number);
      continue;
    }
    if (name_col >= 0 && !is_empty_cell(row[name_col]))
      out.names.emplace(score.code, std::string(trim(row[name_col])));

    const double afw = score.scores[Dim::afw];
    bool all_dims = true;
    double sum = 0;
    for (int d = 1; d < kDimCount; ++d) {
      if (is_missing(score.scores[d])) all_dims = false;
      sum += score.scores[d];
    }
    if (!all_dims) ++out.rows_without_dimensions;
    if (all_dims && !is_missing(afw) && std::fabs(sum - afw) > kSumTolerance)
      out.sum_check.add(row.number);
    if (!is_missing(afw) && !is_missing(score.lbm)) {
      const double ref = score.lbm - afw;
      if (references.empty() || std::fabs(ref - references.front()) <= kReferenceTolerance) {
        references.push_back(ref);
      } else {
        out.reference_check.add(row.number);
      }
    }
    ++out.rows_per_edition[score.year];
    out.rows.push_back(std::move(score));
  }
  if (!references.empty()) {
    double total = 0;
    for (double r : references) total += r;
    out.reference = total / static_cast<double>(references.size());
  }
  return out;
}

std::vector<std::string> check_warnings(const ScoreTable& t) {
  std::vector<std::string> out;
  if (t.sum_check.failures > 0)
    out.push_back(fmt::format("{}: afw differs from fys+onv+soc+vrz+won by more than 1e-4 in {}",
                              t.file, describe_rows(t.sum_check)));
  if (t.reference_check.failures > 0)
    out.push_back(fmt::format("{}: lbm - afw is not the constant {:.9f} in {}", t.file,
                              t.reference.value_or(0), describe_rows(t.reference_check)));
  if (t.duplicates.failures > 0)
    out.push_back(
        fmt::format("{}: the same area and edition occur twice in {} (the first row is used)",
                    t.file, describe_rows(t.duplicates)));
  return out;
}

std::string describe_rows(const RowCheck& check) {
  std::vector<std::string> rows;
  for (auto r : check.first_rows) rows.push_back(std::to_string(r));
  std::string text = (check.failures == 1 ? "row " : "rows ") + join(rows, ", ");
  if (check.failures > static_cast<long long>(check.first_rows.size()))
    text += fmt::format(" and {} more",
                        check.failures - static_cast<long long>(check.first_rows.size()));
  return text;
}

}  // namespace leefbaar
