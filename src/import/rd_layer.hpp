#pragma once
// A geometry layer (GeoPackage, GeoJSON, Shapefile) opened together with the conversion from its
// coordinate reference system to RD New, as the area, grid and BAG imports read it.
#include <string>
#include <string_view>

#include "import/gdal_env.hpp"
#include "import/reproject.hpp"

namespace leefbaar {

struct RdLayer {
  gdal::DatasetPtr dataset;
  OGRLayer* layer = nullptr;
  std::string display;  // the file as messages name it
  std::string crs;      // the layer's CRS as describe_srs gives it
  TransformPtr to_rd;   // null when the layer is already in RD New
};

// How one kind of file words its CRS problems, since each says which CRS it accepts. fmt format
// strings: unknown (display, GDAL's message about a CRS it cannot resolve), missing (display,
// layer name), unconvertible (display, the layer's CRS).
struct CrsMessages {
  std::string_view unknown, missing, unconvertible;
};

// Opens "file" or "file:layer" with the layer drivers; display: how messages name it (default:
// spec). Throws InputError, worded by messages, when the CRS is unknown, absent or cannot be
// converted to RD New. GDAL's drivers report a CRS they cannot resolve (GeoJSON's "crs" member
// naming an unknown code) only as a message and then silently assume WGS84, so the messages raised
// while opening are read too.
RdLayer open_rd_layer(const std::string& spec, const std::string& display,
                      const CrsMessages& messages);

}  // namespace leefbaar
