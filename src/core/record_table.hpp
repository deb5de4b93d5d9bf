#pragma once
// A table of the neighbourhood records (initiatives, activities, the ledger, mediation, works,
// campaigns, figures) as it leaves or enters the application: columns with a Dutch header and a
// type, and rows of cells. The store fills it, the report stage writes it as CSV or XLSX, so both
// files always hold the same columns; the imports read the same headers back.
#include <string>
#include <variant>
#include <vector>

namespace leefbaar {

enum class ColumnType {
  text,
  whole,  // a whole number
  money,  // cents in the cell, euros in the file
  date,   // ISO text (YYYY-MM-DD) in the cell, a real date in XLSX
};

struct RecordColumn {
  std::string header;  // lower case Dutch, as the imports read it ("datum", "bemiddelaar 1")
  ColumnType type = ColumnType::text;
  double width = 14;  // in characters, for XLSX
};

// Empty, text (also dates as ISO text) or a whole number (also money in cents).
using RecordCell = std::variant<std::monostate, std::string, long long>;

struct RecordTable {
  std::string name;  // the sheet name and the file name's stem ("activiteiten")
  std::vector<RecordColumn> columns;
  std::vector<std::vector<RecordCell>> rows;  // each as long as columns
};

// An empty cell for empty text, so that absent dates and codes stay empty in both formats.
inline RecordCell text_cell(const std::string& text) {
  return text.empty() ? RecordCell{} : RecordCell{text};
}

}  // namespace leefbaar
