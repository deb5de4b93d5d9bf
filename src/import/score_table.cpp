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

// What a cell of the id column must hold, in messages.
std::string_view expected_code(ScoreLevel level) {
  switch (level) {
    case ScoreLevel::grid:
      return "de code van een cel van het grid (grid_id)";
    case ScoreLevel::buurt:
      return "een buurtcode, zoals BU01060101";
    case ScoreLevel::wijk:
      return "een wijkcode, zoals WK010601";
    case ScoreLevel::gemeente:
      return "een gemeentecode, zoals GM0106";
    case ScoreLevel::pc4:
      return "een postcodegebied van vier cijfers (PC4), zoals 9401";
  }
  return "";
}

// "rij 3" or "rijen 3, 7, 12 en nog 40", for the warnings.
std::string rows_text(const RowCheck& check) {
  std::vector<std::string> rows;
  for (auto r : check.first_rows) rows.push_back(std::to_string(r));
  std::string text = (check.failures == 1 ? "rij " : "rijen ") + join(rows, ", ");
  if (check.failures > static_cast<long long>(check.first_rows.size()))
    text +=
        fmt::format(" en nog {}", check.failures - static_cast<long long>(check.first_rows.size()));
  return text;
}

std::string normalise_code(ScoreLevel level, const TableReader& table, const TableRow& row,
                           int column) {
  const std::string& text = row[column];
  if (is_empty_cell(text)) table.fail(row, column, expected_code(level));
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
      if (!code) table.fail(row, column, expected_code(level));
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
    std::vector<std::string> present;
    for (const auto& c : table.columns()) present.push_back("'" + c + "'");
    throw InputError(fmt::format(
        "{}: er is geen kolom met de code van het gebied; verwacht een scoretabel van de "
        "Leefbaarometer, met een kolom grid_id, bu_code, wk_code, gm_code of pc4; de kolommen "
        "zijn: {}",
        out.file, present.empty() ? "(geen)" : join(present, ", ")));
  }
  const int jaar = table.require("jaar", "(het jaar van de editie)");
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
    if (*year < 1900 || *year > 2100) table.fail(row, jaar, "het jaar van een editie, zoals 2022");
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
    out.push_back(
        fmt::format("{}, {}: afw is niet gelijk aan fys+onv+soc+vrz+won (het verschil "
                    "is meer dan 0,0001); verwacht afw = fys+onv+soc+vrz+won",
                    t.file, rows_text(t.sum_check)));
  if (t.reference_check.failures > 0)
    out.push_back(
        fmt::format("{}, {}: lbm - afw is anders dan in de andere rijen; verwacht "
                    "overal hetzelfde getal ({:.9f})",
                    t.file, rows_text(t.reference_check), t.reference.value_or(0)));
  if (t.duplicates.failures > 0)
    out.push_back(
        fmt::format("{}, {}: hetzelfde gebied met dezelfde editie staat er al eerder "
                    "in; verwacht elk gebied één keer per editie (de eerste rij telt)",
                    t.file, rows_text(t.duplicates)));
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
