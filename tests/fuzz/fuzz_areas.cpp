// The area importer (buurten, wijken, gemeenten) and the Leefbaarometer grid, from GeoJSON. The
// input's length picks the kind, so that one corpus reaches all four readers.
#include "core/errors.hpp"
#include "fuzz_input.hpp"
#include "import/areas.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = leefbaar::fuzz::input_files().write("input.geojson", data, size);
  try {
    switch (size % 4) {
      case 0:
        (void)leefbaar::read_areas(path.string(), leefbaar::AreaKind::buurt, "invoer");
        break;
      case 1:
        (void)leefbaar::read_areas(path.string(), leefbaar::AreaKind::wijk, "invoer");
        break;
      case 2:
        (void)leefbaar::read_areas(path.string(), leefbaar::AreaKind::gemeente, "invoer");
        break;
      default:
        (void)leefbaar::read_grid(path.string(), "invoer");
        break;
    }
  } catch (const leefbaar::InputError&) {
  }
  return 0;
}
