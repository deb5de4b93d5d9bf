#pragma once
// Area geometries (buurten, wijken, gemeenten) and the Leefbaarometer grid, read with GDAL/OGR from
// any format it knows (GeoPackage, GeoJSON, Shapefile) and reprojected to RD New where needed.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace leefbaar {

enum class AreaKind { buurt, wijk, gemeente };
std::string_view to_string(AreaKind kind);
// "buurten", "wijken", "gemeenten": in messages, and the kind of their import.
std::string_view plural(AreaKind kind);

struct Area {
  std::string code;
  std::string name;
  // From the feature's own fields where a buurt file carries them (wijkcode, gemeentecode, ...).
  std::string wijk_code, wijk_name, gemeente_code, gemeente_name;
  MultiPolygon geometry;  // RD New; several features with one code are merged into one area
};

struct AreaLayer {
  std::string file;  // file[:layer] as named in messages
  std::string source_crs;
  bool reprojected = false;
  std::string code_field, name_field;
  std::vector<Area> areas;  // sorted by code
  long long features = 0;
  long long water_features = 0;    // WATER = 'JA': skipped, water is no buurt to live in
  long long empty_geometries = 0;  // skipped
};

// spec: "file" or "file:layer". display: the spec as the run file names it.
AreaLayer read_areas(const std::string& spec, AreaKind kind, const std::string& display = {});

struct GridLayer {
  std::string file;
  std::string source_crs;
  std::map<std::string, Point> cell_of_grid_id;  // the 100 m cell (lower-left corner)
  long long features = 0;
};

// The Leefbaarometer grid: grid_id -> the 100 m cell that contains the polygon's centroid.
GridLayer read_grid(const std::string& spec, const std::string& display = {});

// A description of a geometry file for `leefbaar inspect`: layers, CRS, feature counts, code
// fields.
struct LayerInfo {
  std::string name;
  std::string geometry_type;
  std::string crs;
  long long features = 0;
  std::vector<std::string> fields;
  std::vector<std::string> code_fields;  // fields recognised as buurt/wijk/gemeente/grid codes
};
std::vector<LayerInfo> describe_geometry_file(const std::filesystem::path& file);

}  // namespace leefbaar
