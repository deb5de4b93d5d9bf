// The CSV/XLSX table reader: open, list the columns, read every row and parse each cell as a number
// and a whole number, as the importers do. A bad file may only raise InputError.
#include "core/errors.hpp"
#include "fuzz_input.hpp"
#include "import/table_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = leefbaar::fuzz::write_table(data, size);
  try {
    leefbaar::TableReader table(path, "invoer");
    (void)table.find_any({"id", "bu_code", "jaar"});
    leefbaar::TableRow row;
    while (table.next(row)) {
      for (int column = 0; column < static_cast<int>(table.columns().size()); ++column) {
        try {
          (void)table.number(row, column, true);
        } catch (const leefbaar::InputError&) {
        }
        try {
          (void)table.integer(row, column, false);
        } catch (const leefbaar::InputError&) {
        }
      }
    }
  } catch (const leefbaar::InputError&) {
  }
  return 0;
}
