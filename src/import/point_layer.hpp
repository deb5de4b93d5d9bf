#pragma once
// A layer of points (GeoPackage, GeoJSON, Shapefile) as a GIS exports addresses or a housing
// stock: every feature as a row of text cells with its point in RD New, so that the stock and BAG
// readers treat it like a table with x and y.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/types.hpp"
#include "import/rd_layer.hpp"

namespace leefbaar {

struct PointRow {
  long long number = 0;            // the feature's position in the layer, from 1
  std::vector<std::string> cells;  // every field as text, "" when not set
  std::optional<Point> point;      // in RD New; empty when the feature has no usable point
  std::string geometry_problem;  // why not: kNoGeometry, a type ("Polygon") or a failed conversion
};

inline constexpr const char* kNoGeometry = "geen geometrie";

struct PointLayer {
  std::vector<std::string> fields;
  std::vector<PointRow> rows;
  std::string crs;           // the layer's CRS as describe_srs gives it
  bool reprojected = false;  // converted to RD New
};

// Throws InputError (worded by messages for the CRS) when the file cannot be read as a layer, and
// for a text that is not UTF-8.
PointLayer read_point_layer(const std::filesystem::path& path, const std::string& display,
                            const CrsMessages& messages);

// A table (CSV, TXT, XLSX) rather than a geometry layer, by its name or content.
bool is_table_file(const std::filesystem::path& path);

}  // namespace leefbaar
