#pragma once
// The neighbourhood records as whole tables: the kinds that are exported (CSV/XLSX) and read back
// for earlier years, what an export is limited to, and what an import reports. The tables
// themselves are core/record_table.hpp; the store fills and reads them (store/record_exports.hpp,
// store/historic_imports.hpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"

namespace leefbaar::neighbourhood {

enum class RecordKind {
  initiatives,
  activities,
  spending,
  mediation_cases,
  works,
  campaigns,
  mediation_figures,
  signal_counts,  // counts with small ones hidden, as on the map (not a store table)
};

struct RecordKindInfo {
  RecordKind kind;
  const char* slug;   // in the API path and the file name: "activiteiten"
  const char* label;  // Dutch, for the pages
  bool importable;    // earlier years can be read in
};
const std::vector<RecordKindInfo>& record_kinds();
std::optional<RecordKind> record_kind(std::string_view slug);
// std::invalid_argument for a kind not in record_kinds() (a bug).
const RecordKindInfo& record_kind_info(RecordKind kind);

struct RecordFilter {
  int year = 0;                                    // 0: every year
  std::string wijk;                                // "": every wijk
  std::optional<std::vector<std::string>> wijken;  // only these wijken (a wijk team's)
  std::string today;                               // ISO date, for the mediation deadlines
};

struct RecordImportReport {
  long long rows_read = 0;
  long long added = 0;
  std::vector<std::string> warnings;  // the table's (a converted encoding)
};

// A problem of an import, for a cell, a row or the file.
struct RecordProblem {
  long long row = 0;    // 1: the header (or the file as a whole)
  std::string column;   // the header as the import names it; "" for the row or the file
  std::string found;    // the cell's text ("" when empty or not about a cell)
  std::string message;  // Dutch: what was expected
};

// An import that added nothing: every problem found (at most a page of them).
class RecordImportError : public InputError {
 public:
  explicit RecordImportError(std::vector<RecordProblem> problems)
      : InputError("Het bestand is niet ingelezen; er is niets veranderd."),
        problems_(std::move(problems)) {}
  const std::vector<RecordProblem>& problems() const { return problems_; }

 private:
  std::vector<RecordProblem> problems_;
};

// "Anna de Vries" -> "A.D.V."; initials stay as they are ("A.D.V." -> "A.D.V."). An export names
// mediators by their initials only: the CCV rule of two different mediators stays checkable, the
// volunteers' names stay home.
std::string mediator_initials(const std::string& name);

}  // namespace leefbaar::neighbourhood
