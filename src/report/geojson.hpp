#pragma once
#include <filesystem>

#include "report/programme_run.hpp"

namespace leefbaar {

// The classified areas in WGS84 (RFC 7946) with their properties, for maps. Wijk and gemeente
// shapes come from their own polygons, else from the union of their buurten; a complex is the
// MultiPoint of its units.
void write_areas_geojson(const ProgrammeRun& run, const std::filesystem::path& file);

}  // namespace leefbaar
