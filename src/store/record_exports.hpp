#pragma once
// The neighbourhood records as tables for export (CSV/XLSX: report/record_table_io.hpp), in the
// columns the imports of earlier years read back (store/historic_imports.hpp). The caller decides
// who may see what (the API's role checks) and passes the wijken a wijk team is limited to.
//
// No personal data beyond what a record needs: initiatives without the location address, the
// supporters or who entered them; the ledger without who entered it; mediation cases with the
// mediators' initials only (the CCV rule of two different mediators stays checkable, names of
// volunteers stay home); campaign records with the street or the superbuur's (first) name, not
// the motivation.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/record_table.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

enum class RecordKind {
  initiatives,
  activities,
  spending,
  mediation_cases,
  works,
  campaigns,
  mediation_figures,
  signal_counts,  // built by the API (small counts hidden there)
};

struct RecordKindInfo {
  RecordKind kind;
  const char* slug;   // in the API path and the file name: "activiteiten"
  const char* label;  // Dutch, for the pages
  bool importable;    // earlier years can be read in
};
const std::vector<RecordKindInfo>& record_kinds();
std::optional<RecordKind> record_kind(std::string_view slug);
const RecordKindInfo& record_kind_info(RecordKind kind);

struct RecordFilter {
  int year = 0;                                    // 0: every year
  std::string wijk;                                // "": every wijk
  std::optional<std::vector<std::string>> wijken;  // only these wijken (a wijk team's)
  std::string today;                               // ISO date, for the mediation deadlines
};

// Throws std::invalid_argument for signal_counts (the API builds that table).
RecordTable export_records(Database& db, std::int64_t work_area, RecordKind kind,
                           const RecordFilter& filter, std::chrono::system_clock::time_point now);
// The example file of an import: its columns, no rows.
RecordTable record_template(Database& db, std::int64_t work_area, RecordKind kind);

// "Anna de Vries" -> "A.D.V."; initials stay as they are ("A.D.V." -> "A.D.V.").
std::string mediator_initials(const std::string& name);

// The years with records of any kind (newest first).
std::vector<int> record_years(Database& db, std::int64_t work_area);

}  // namespace leefbaar::store
