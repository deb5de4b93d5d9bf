#pragma once
// Records of earlier years read from CSV or XLSX (store/import_table.hpp), in the columns of their
// export (store/record_exports.hpp): activities and the ledger (through their CSV imports' own
// checks), and initiatives, mediation cases and physical works. Every import is all or nothing:
// a file with any problem adds nothing and lists every problem (row, column, what was found, what
// was expected). A good file is added in one transaction with one audit entry.
//
// An initiative of an earlier year (historic_initiatives.cpp) is a record of what happened: decided
// (approved or refused), realised or evaluated, with its households and its number of supports (no
// addresses), and the amounts and hours each organisation pledged. A running initiative is entered
// on its own page.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/import_table.hpp"
#include "store/record_exports.hpp"

namespace leefbaar::store {

using neighbourhood::RecordImportReport;  // neighbourhood/records.hpp

// Throws RecordImportError with the problems; std::invalid_argument for a kind without import.
RecordImportReport import_records(Database& db, std::int64_t work_area, RecordKind kind,
                                  const ImportTable& table, const std::string& actor,
                                  std::chrono::system_clock::time_point now);

}  // namespace leefbaar::store
