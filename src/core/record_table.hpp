#pragma once
// A table as it leaves the application for people: every download (the neighbourhood records, the
// programme's gemeenten, a resident's own records) and the example files of the imports. Columns
// with a Dutch header, a type and an explanation, and rows of cells. The report stage writes it as
// CSV or XLSX (report/record_table_io.hpp), so both files always hold the same columns; the imports
// of earlier years read the same headers back. The CLI's machine files are report/sheet.hpp.
#include <string>
#include <variant>
#include <vector>

namespace leefbaar {

enum class ColumnType {
  text,
  whole,    // a whole number
  money,    // cents in the cell, euros in the file
  date,     // ISO text (YYYY-MM-DD) in the cell, a real date in XLSX
  decimal,  // a double, rounded to the column's decimals in the CSV, shown so in XLSX
  yes_no,   // a bool: "ja" or "nee"
};

struct RecordColumn {
  std::string header;  // lower case Dutch, as the imports read it ("datum", "bemiddelaar 1")
  ColumnType type = ColumnType::text;
  double width = 14;             // in characters, for XLSX
  int decimals = 0;              // for decimal columns
  std::string explanation = {};  // a sentence for the XLSX sheet "toelichting"; empty: none
};

// Empty, text (also dates as ISO text), a whole number (also money in cents), a decimal or a
// yes/no.
using RecordCell = std::variant<std::monostate, std::string, long long, double, bool>;

struct RecordTable {
  std::string name;  // the sheet name and the file name's stem ("activiteiten")
  std::vector<RecordColumn> columns;
  std::vector<std::vector<RecordCell>> rows;  // each as long as columns
  // Lines above the column explanations in the XLSX sheet "toelichting" (what the table is, which
  // edition and year); without them and without explanations there is no such sheet.
  std::vector<std::string> notes = {};
};

// An empty cell for empty text, so that absent dates and codes stay empty in both formats.
inline RecordCell text_cell(const std::string& text) {
  return text.empty() ? RecordCell{} : RecordCell{text};
}

}  // namespace leefbaar
