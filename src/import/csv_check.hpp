#pragma once
// Our own pass over a CSV file's bytes before GDAL reads it. GDAL's CSV driver does not report a
// quote that is never closed (it reads the rest of the file as one field, so a stock of 16,000
// units became the 10 rows before the quote) nor rows with too few or too many fields (it fills
// or drops cells silently), and it reads text in any encoding as is. This pass finds all three,
// per RFC 4180 with GDAL's own reading of quotes (a quote anywhere opens or closes a quoted
// stretch, "" inside one is a quote), so that whatever GDAL would misread is reported with its
// row, with the separator GDAL will pick (see CsvShape).
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "import/temp_folder.hpp"

namespace leefbaar {

// A table that is refused as a whole or for rows of it: what() names the file and lists the
// problems; problems() has them one by one (row, header = 1; a Dutch text without the row) for
// the records imports' problem list.
class TableError : public InputError {
 public:
  struct Problem {
    long long row = 1;
    std::string text;
  };
  TableError(const std::string& display, std::vector<Problem> problems, std::size_t more = 0);
  const std::vector<Problem>& problems() const { return problems_; }

 private:
  std::vector<Problem> problems_;
};

// What a table without data rows is told, CSV or XLSX.
inline constexpr const char* kNoRows =
    "het bestand heeft geen rijen, alleen een kopregel; verwacht rijen onder de kopregel";

struct CsvShape {
  // ',', ';' or '\t': as GDAL 3.6 picks it, the only one of them in the header, ',' when they
  // are mixed or absent (a header with only spaces between its names is refused).
  char separator = ',';
  long long records = 0;         // records that are not blank, the header included
  long long first_non_utf8 = 0;  // the first record (header = 1) that is not UTF-8; 0: none
};

// Throws InputError naming display and the row (header = row 1, blank lines not counted) for a
// quote never closed, rows whose number of fields differs from the header's (up to five listed),
// NUL bytes and UTF-16 text.
CsvShape check_csv(std::istream& in, const std::string& display);

struct PreparedCsv {
  std::filesystem::path path;  // in the folder, UTF-8
  CsvShape shape;
  std::vector<std::string> warnings;  // Dutch, for the import report
};

// Checks the file and writes it into folder under our own name as UTF-8: as is when it is UTF-8,
// otherwise read as Windows-1252 (iconv) with a warning; refused (InputError) when it is neither.
// An empty file is refused; one with only a header is refused by TableReader::next, after the
// readers have checked its columns.
PreparedCsv prepare_csv(const std::filesystem::path& file, const std::string& display,
                        const TempFolder& folder);

}  // namespace leefbaar
