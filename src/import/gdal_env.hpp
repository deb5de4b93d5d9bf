#pragma once
// One-time GDAL set-up, GDAL's messages routed into our log, and RAII handles for datasets.
#include <gdal/ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace leefbaar::gdal {

// Registers the drivers once and routes GDAL's warnings into log::warning. Before that it sets
// GDAL up for files from people we do not trust: the drivers that read other files or URLs named
// inside a file (VRT, OGR_VRT, SQLite, HTTP, WFS, ...) are skipped, no network access (no URL has
// the one allowed extension), no directory listing for companion files, no ATTACH in SQLite.
void ensure_registered();

// The drivers each kind of file may be opened with (GDALOpenEx's allow-list). Tables: CSV and
// XLSX (table_reader.hpp); geometry layers (areas, grid, BAG points):
inline const std::vector<std::string> kLayerDrivers = {"GPKG", "GeoJSON", "ESRI Shapefile"};

// Throws InputError unless path names an existing regular file on disk: no /vsi prefix (GDAL's
// virtual files: URLs, archives, memory), no folder, no driver prefix ("CSV:", "GPKG:").
void require_plain_file(const std::filesystem::path& path, const std::string& display);

struct DatasetCloser {
  void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// Splits "file.gpkg:layer" into the file and the layer; a drive-less path has no other colons.
struct FileAndLayer {
  std::filesystem::path file;
  std::string layer;  // empty: the first layer
};
FileAndLayer split_layer(const std::string& spec);

// Opens a vector dataset read-only; throws InputError naming the file when it is missing, not a
// plain file (require_plain_file) or unreadable. drivers: the allowed GDAL short names (required:
// no file is opened with whatever driver claims it); options: open options.
DatasetPtr open_vector(const std::filesystem::path& file, const std::vector<std::string>& drivers,
                       const std::vector<std::string>& options, const std::string& display = {});

// The layer by name (or the first one); throws InputError listing the layers there are.
OGRLayer* layer_of(GDALDataset& ds, const std::filesystem::path& file, const std::string& layer);

// The last message GDAL raised, for adding to our own errors.
std::string last_error();

}  // namespace leefbaar::gdal
