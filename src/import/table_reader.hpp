#pragma once
// Reads a CSV or XLSX table row by row through GDAL/OGR, every cell as text, so that codes keep
// their leading zeros and decimal commas can be handled by us. CSV: ',' or ';' (detected), BOM,
// LF/CRLF, quoted fields. XLSX: the first sheet, or "file.xlsx:Sheet".
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/gdal_env.hpp"
#include "import/temp_folder.hpp"

namespace leefbaar {

struct TableRow {
  std::vector<std::string> cells;
  long long number = 0;  // row in the file, counting the header as row 1
  const std::string& operator[](int column) const {
    return cells[static_cast<std::size_t>(column)];
  }
};

class TableReader {
 public:
  // spec: a path, optionally with ":Sheet" for XLSX. display: how messages name the file.
  // A CSV file is checked first (import/csv_check.hpp: quotes, fields per row, encoding) and read
  // from a copy in a private folder; a file without rows under its header is refused.
  // rows_optional: a table with only its header ends next() without an error (for a caller that
  // refuses it itself, after checking the header).
  explicit TableReader(const std::filesystem::path& path, std::string display = {},
                       bool rows_optional = false);

  const std::string& display() const { return display_; }
  const std::vector<std::string>& columns() const { return columns_; }
  // What the import report should say about the file as a whole (a converted encoding).
  const std::vector<std::string>& warnings() const { return warnings_; }
  // What a reader returns (Actuals, ScoreTable, ...) begun with the file's name and warnings.
  template <class Read>
  Read begin_result() const {
    Read out;
    out.file = display_;
    out.warnings = warnings_;
    return out;
  }

  // Column index by case-insensitive name, or -1.
  int find(std::string_view name) const;
  // The first of the names that exists, or -1.
  int find_any(std::initializer_list<std::string_view> names) const;
  // Like find, but a missing column is an InputError that lists the columns there are. purpose:
  // Dutch, after the name ("(het jaar van de editie)").
  int require(std::string_view name, std::string_view purpose = {}) const;

  // The next data row, or false at the end. Rows whose cells are all empty are skipped. A table
  // without any data row (only a header) throws TableError: "het bestand heeft geen rijen".
  bool next(TableRow& row);

  // Errors about a cell: "FILE, rij N, kolom 'C': gevonden 'V', verwacht E" (E in Dutch, such as
  // "een geheel getal"); an empty cell: "FILE, rij N, kolom 'C': de cel is leeg, verwacht E".
  [[noreturn]] void fail(const TableRow& row, int column, std::string_view expected) const;
  std::string where(const TableRow& row, int column) const;

  // Parsers that throw through fail(): a number (empty/NA -> nullopt when allowed).
  std::optional<double> number(const TableRow& row, int column, bool allow_empty) const;
  std::optional<long long> integer(const TableRow& row, int column, bool allow_empty) const;

 private:
  std::string display_;
  std::unique_ptr<TempFolder> folder_;  // before dataset_: removed after the dataset is closed
  gdal::DatasetPtr dataset_;
  OGRLayer* layer_ = nullptr;
  bool sheet_ = false;  // XLSX: GDAL's feature id is the sheet's row number
  bool header_only_ = false;
  bool rows_optional_ = false;
  long long rows_ = 0;  // data rows given by next()
  std::vector<std::string> columns_;
  std::vector<std::string> warnings_;
};

// True when the path looks like an XLSX workbook (by extension, ignoring a ":Sheet" suffix).
bool is_xlsx(const std::filesystem::path& path);

}  // namespace leefbaar
