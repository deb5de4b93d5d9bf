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
  explicit TableReader(const std::filesystem::path& path, std::string display = {});

  const std::string& display() const { return display_; }
  const std::vector<std::string>& columns() const { return columns_; }

  // Column index by case-insensitive name, or -1.
  int find(std::string_view name) const;
  // The first of the names that exists, or -1.
  int find_any(std::initializer_list<std::string_view> names) const;
  // Like find, but a missing column is an InputError that lists the columns there are.
  int require(std::string_view name, std::string_view purpose = {}) const;

  // The next data row, or false at the end. Rows whose cells are all empty are skipped.
  bool next(TableRow& row);

  // Errors about a cell: "FILE, row N, column 'C': found 'V', expected E".
  [[noreturn]] void fail(const TableRow& row, int column, std::string_view expected) const;
  std::string where(const TableRow& row, int column) const;

  // Parsers that throw through fail(): a number (empty/NA -> nullopt when allowed).
  std::optional<double> number(const TableRow& row, int column, bool allow_empty) const;
  std::optional<long long> integer(const TableRow& row, int column, bool allow_empty) const;

 private:
  std::string display_;
  gdal::DatasetPtr dataset_;
  OGRLayer* layer_ = nullptr;
  bool sheet_ = false;  // XLSX: GDAL's feature id is the sheet's row number
  std::vector<std::string> columns_;
};

// True when the path looks like an XLSX workbook (by extension, ignoring a ":Sheet" suffix).
bool is_xlsx(const std::filesystem::path& path);

}  // namespace leefbaar
