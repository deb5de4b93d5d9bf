#pragma once
// The neighbourhood records as tables for export (CSV/XLSX: report/record_table_io.hpp), in the
// columns the imports of earlier years read back (store/historic_imports.hpp). The caller decides
// who may see what (usecases/records_io.hpp) and passes the wijken a wijk team is limited to.
//
// No personal data beyond what a record needs: initiatives without the location address, the
// supporters or who entered them; the ledger without who entered it; mediation cases with the
// mediators' initials only (the CCV rule of two different mediators stays checkable, names of
// volunteers stay home); campaign records with the street or the superbuur's (first) name, not
// the motivation.
#include <chrono>
#include <cstdint>
#include <vector>

#include "core/record_table.hpp"
#include "neighbourhood/records.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

// The kinds and the filter (neighbourhood/records.hpp), named here for the store's own code.
using neighbourhood::mediator_initials;
using neighbourhood::record_kind;
using neighbourhood::record_kind_info;
using neighbourhood::record_kinds;
using neighbourhood::RecordFilter;
using neighbourhood::RecordKind;
using neighbourhood::RecordKindInfo;

// Throws std::invalid_argument for signal_counts (the use case builds that table from the counts
// with small ones hidden).
RecordTable export_records(Database& db, std::int64_t work_area, RecordKind kind,
                           const RecordFilter& filter, std::chrono::system_clock::time_point now);
// The example file of an import: its columns, no rows.
RecordTable record_template(Database& db, std::int64_t work_area, RecordKind kind);

// The years with records of any kind (newest first).
std::vector<int> record_years(Database& db, std::int64_t work_area);

}  // namespace leefbaar::store
