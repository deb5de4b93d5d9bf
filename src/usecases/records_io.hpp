#pragma once
// The neighbourhood records out and in (neighbourhood/records.hpp): exports as tables (CSV or
// XLSX: report/record_table_io.hpp) and the imports of earlier years, each scoped to the caller's
// work area (NotFoundError "no_work_area" without one).
//
// An export is scoped as the list it mirrors: initiatives, mediation cases and campaign records a
// wijk team sees in its own wijken only, and a mediation export of one wijk is refused
// (ForbiddenError, field wijk_code) to a caller who does not work there. Which roles may export a
// kind at all is the route's (serve/routes_records_io.cpp). Exports with names (mediators'
// initials, superburen, reporters) are audited with their purpose.
#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "core/access.hpp"
#include "core/record_table.hpp"
#include "neighbourhood/records.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct ExportChoices {
  std::vector<std::pair<std::string, std::string>> wijken;  // code, name
  std::vector<int> years;  // with records of any kind, newest first
};
ExportChoices export_choices(Service& service, const User& caller);

// The records of a kind by the filter (its wijken are set from the caller); the signal counts per
// wijk, kind and month with small counts hidden as on the map (filter.year required).
RecordTable export_records(Service& service, const User& caller, neighbourhood::RecordKind kind,
                           neighbourhood::RecordFilter filter,
                           std::chrono::system_clock::time_point now);

// The example file of an importable kind: its header row.
RecordTable import_template(Service& service, const User& caller, neighbourhood::RecordKind kind);

// Reads an uploaded file (CSV or XLSX by its content and name) and adds its records in one
// transaction with one audit entry, or nothing: neighbourhood::RecordImportError lists every
// problem (row, column, what was found, what was expected).
neighbourhood::RecordImportReport import_records(Service& service, const User& caller,
                                                 neighbourhood::RecordKind kind,
                                                 const std::string& bytes,
                                                 const std::string& file_name,
                                                 std::chrono::system_clock::time_point now);

}  // namespace leefbaar::usecases
