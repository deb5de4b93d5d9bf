#pragma once
// The programme's tables as people download them from the pages (CSV for Dutch Excel, XLSX with a
// sheet that explains the columns: report/record_table_io.hpp). The CLI keeps writing the machine
// tables of programme.md section 9 (report/tables.hpp); both read the same result.
#include "core/record_table.hpp"
#include "report/programme_run.hpp"

namespace leefbaar {

// Per gemeente: units, scores and z-values, focus and the budget against the actuals.
RecordTable gemeenten_download(const ProgrammeRun& run);

}  // namespace leefbaar
