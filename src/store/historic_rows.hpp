#pragma once
// Internal to the imports of earlier years (historic_*.cpp): the checks of one row's cells, each
// problem kept with the cell's text, and the reading of a whole table all or nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/import_table.hpp"

namespace leefbaar::store::historic_detail {

inline constexpr std::size_t kMaxProblems = 100;

// "Deels opgelost" -> "deels_opgelost", "geëvalueerd" -> "geevalueerd".
std::string choice_key(const std::string& text);
// "a, b of c".
std::string spoken_list(const std::vector<std::string>& values);
// The start of a day as stored ("" stays "").
std::string midnight(const std::string& date);

// Initiatives of earlier years (historic_initiatives.cpp): checked, then added in one transaction
// with one audit entry; answers how many.
long long import_initiatives(Database& db, std::int64_t work_area, const ImportTable& table,
                             const std::string& actor, const std::string& today);

// The cells of one row, checked one by one; every problem is kept with the cell's text.
class CheckedRow {
 public:
  CheckedRow(const ImportTable& table, const ImportRow& row, std::vector<RecordProblem>& problems,
             const std::string& today)
      : table_(table), row_(row), problems_(problems), today_(today) {}

  long long number() const { return row_.number; }
  bool ok() const { return ok_; }
  std::string text(const std::string& column) const { return table_.cell(row_, column); }

  void fail(const std::string& column, const std::string& message);
  std::string required(const std::string& column, std::size_t max, const std::string& what);
  std::string optional(const std::string& column, std::size_t max);
  // ISO, or D-M-YYYY, D/M/YYYY and D.M.YYYY as Dutch spreadsheets write it; not after today
  // unless future_allowed.
  std::string date(const std::string& column, bool required, bool future_allowed = false);
  std::optional<long long> whole(const std::string& column, long long min, long long max);
  // Euros as cents, 0 for an empty cell.
  std::optional<long long> money(const std::string& column);
  // One of the values (by choice_key); "" for an empty cell that is not required.
  std::string choice(const std::string& column, const std::vector<std::string>& values,
                     bool required);
  // A step that follows another: only once that one has a date, and not before it.
  void after(const std::string& column, const std::string& date, const std::string& before_column,
             const std::string& before);
  // The wijk column, when the file has one, must be the wijk of the buurt or area.
  void same_wijk(const std::string& wijk);

 private:
  const ImportTable& table_;
  const ImportRow& row_;
  std::vector<RecordProblem>& problems_;
  const std::string& today_;
  bool ok_ = true;
};

// Reads every row through parse (which answers false for a row with problems); throws
// RecordImportError with all problems (those given first, then the missing columns, then at most
// kMaxProblems of the rows'), or answers the parsed rows.
template <class T, class Parse>
std::vector<T> parse_rows(const ImportTable& table, const std::vector<std::string>& required,
                          std::vector<RecordProblem> problems, const std::string& today,
                          Parse&& parse) {
  for (auto& p : missing_columns(table, required)) problems.push_back(std::move(p));
  if (table.columns.empty() || table.rows.empty())
    problems.push_back(
        {table.header_row, "", "",
         "Het bestand heeft geen rijen, alleen een kopregel; verwacht rijen onder de kopregel."});
  if (!problems.empty()) throw RecordImportError(problems);
  std::vector<T> out;
  for (const auto& r : table.rows) {
    CheckedRow row(table, r, problems, today);
    T value{};
    if (parse(row, value) && row.ok()) out.push_back(std::move(value));
    if (problems.size() >= kMaxProblems) {
      problems.push_back(
          {r.number, "", "", "Er zijn nog meer problemen; los deze eerst op en lees opnieuw in."});
      break;
    }
  }
  if (!problems.empty()) throw RecordImportError(problems);
  return out;
}

}  // namespace leefbaar::store::historic_detail
