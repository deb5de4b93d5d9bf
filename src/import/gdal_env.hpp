#pragma once
// One-time GDAL set-up, GDAL's messages routed into our log, and RAII handles for datasets.
#include <gdal/ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace leefbaar::gdal {

// Registers the drivers once and routes GDAL's warnings into log::warning.
void ensure_registered();

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

// Opens a vector dataset read-only; throws InputError naming the file when it is missing or
// unreadable. drivers: allowed GDAL short names (empty: any); options: open options.
DatasetPtr open_vector(const std::filesystem::path& file, const std::vector<std::string>& drivers,
                       const std::vector<std::string>& options, const std::string& display = {});

// The layer by name (or the first one); throws InputError listing the layers there are.
OGRLayer* layer_of(GDALDataset& ds, const std::filesystem::path& file, const std::string& layer);

// The last message GDAL raised, for adding to our own errors.
std::string last_error();

}  // namespace leefbaar::gdal
