// The BAG address importer: a GeoJSON point layer (inputs starting with '{') or a CSV table with
// RD New x;y columns, kept within a box as the store's import does.
#include "core/errors.hpp"
#include "fuzz_input.hpp"
#include "import/bag.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const bool geojson = size > 0 && data[0] == '{';
  const auto path = geojson ? leefbaar::fuzz::input_files().write("input.geojson", data, size)
                            : leefbaar::fuzz::write_table(data, size);
  try {
    // The box of the whole Netherlands in RD New: nothing real is left out.
    (void)leefbaar::read_bag(path, "invoer", leefbaar::Box{0, 300000, 300000, 625000});
  } catch (const leefbaar::InputError&) {
  }
  return 0;
}
