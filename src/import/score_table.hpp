#pragma once
// Leefbaarometer 3.x score tables (open data CSV or XLSX): one level per file, several editions.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/types.hpp"

namespace leefbaar {

struct ScoreRow {
  std::string code;  // normalised area code, PC4 digits or the opaque grid_id
  int year = 0;
  double lbm = kMissing;
  Scores scores;      // afw and the five dimensions; NaN where the cell was empty or NA
  long long row = 0;  // row in the file, for messages
};

// A load check: how many rows failed it, and the first few row numbers.
struct RowCheck {
  long long failures = 0;
  std::vector<long long> first_rows;
  void add(long long row) {
    if (first_rows.size() < 5) first_rows.push_back(row);
    ++failures;
  }
};

struct ScoreTable {
  std::string file;  // as named in messages
  ScoreLevel level = ScoreLevel::buurt;
  std::string id_column;
  std::vector<ScoreRow> rows;
  std::map<std::string, std::string> names;  // code -> name, from bu_naam/wk_naam/gm_naam
  std::map<int, long long> rows_per_edition;
  std::optional<double> reference;        // lbm - afw, the same in every row
  RowCheck sum_check;                     // afw != fys+onv+soc+vrz+won (tolerance 1e-4)
  RowCheck reference_check;               // lbm - afw differs from the reference
  RowCheck duplicates;                    // the same code and edition twice (the first row is kept)
  long long rows_without_dimensions = 0;  // NA dimensions, as in the 2002 and 2008 editions
  std::vector<std::string> warnings;      // about the file as a whole (a converted encoding)

  bool has_edition(int year) const { return rows_per_edition.count(year) > 0; }
};

ScoreTable read_score_table(const std::filesystem::path& path, const std::string& display = {});

// The table's failed load checks as warnings (afw != sum, reference, duplicates).
std::vector<std::string> check_warnings(const ScoreTable& table);

// Human-readable list of row numbers: "rows 3, 7, 12 and 40 more".
std::string describe_rows(const RowCheck& check);

}  // namespace leefbaar
