#pragma once
// A table of records of earlier years as uploaded (CSV or XLSX, read through GDAL/OGR by the
// import stage's TableReader), every cell as trimmed text, with the row numbers a spreadsheet
// shows (the header is row 1), and the problems an import reports: row, column, what was found
// and what was expected, in Dutch.
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"
#include "neighbourhood/records.hpp"

namespace leefbaar::store {

struct ImportRow {
  long long number = 0;  // the row in the sheet or the line in the CSV file
  std::vector<std::string> cells;
};

struct ImportTable {
  long long header_row = 1;
  std::vector<std::string> columns;  // as in the file, trimmed
  std::vector<ImportRow> rows;
  std::vector<std::string> warnings;  // Dutch, about the file as a whole (a converted encoding)

  // The column by its header: any case, '_' and ' ' alike; -1 when absent.
  int find(std::string_view header) const;
  // The trimmed cell of the column ("" when the column is absent).
  std::string cell(const ImportRow& row, std::string_view header) const;
  const ImportRow* row(long long number) const;
};

// "Datum_Melding " -> "datum melding": how headers are compared.
std::string header_key(std::string_view header);

// The problems of an import, and the error that lists them (neighbourhood/records.hpp).
using neighbourhood::RecordImportError;
using neighbourhood::RecordProblem;

// Reads an uploaded file: XLSX (its first sheet) when it is a zip archive or named .xlsx,
// otherwise CSV (',' or ';', a byte order mark allowed). Dates that a spreadsheet gives as
// 2025/03/14 become 2025-03-14. The bytes are written under our own name in a private folder
// (never the uploaded name), and read with the import stage's checks: a CSV quote never closed,
// rows with too few or too many fields, no rows under the header, text that is neither UTF-8 nor
// Windows-1252 (that is converted, with a warning). Throws RecordImportError with those problems
// or when the file is not a readable table.
ImportTable read_import_table(const std::string& bytes, const std::string& file_name);

// The problems of required headers that are absent (row = header row).
std::vector<RecordProblem> missing_columns(const ImportTable& table,
                                           const std::vector<std::string>& required);

}  // namespace leefbaar::store
