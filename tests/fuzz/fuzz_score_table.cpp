// The Leefbaarometer score table importer (CSV or XLSX) and its load checks.
#include "core/errors.hpp"
#include "fuzz_input.hpp"
#include "import/score_table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = leefbaar::fuzz::write_table(data, size);
  try {
    const auto table = leefbaar::read_score_table(path, "invoer");
    (void)leefbaar::check_warnings(table);
  } catch (const leefbaar::InputError&) {
  }
  return 0;
}
