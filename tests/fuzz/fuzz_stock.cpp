// The housing stock importer, with the columns guessed from the header as the store's import does
// when no run file maps them.
#include "core/errors.hpp"
#include "fuzz_input.hpp"
#include "import/stock.hpp"
#include "import/table_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = leefbaar::fuzz::write_table(data, size);
  try {
    const auto columns = leefbaar::StockColumns::guess(leefbaar::TableReader(path).columns());
    (void)leefbaar::read_stock(path, columns, "invoer");
  } catch (const leefbaar::InputError&) {
  }
  return 0;
}
