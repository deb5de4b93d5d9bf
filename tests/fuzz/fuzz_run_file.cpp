// The programme run file (TOML, through toml++): syntax, keys, types and ranges.
#include "core/errors.hpp"
#include "fuzz_input.hpp"
#include "import/run_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = leefbaar::fuzz::input_files().write("run.toml", data, size);
  try {
    (void)leefbaar::read_run_file(path);
  } catch (const leefbaar::InputError&) {
  }
  return 0;
}
