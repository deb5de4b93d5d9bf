#pragma once
// The corporation's housing stock: one row per rentable unit, from its ERP export (CSV or XLSX) or
// from a GIS as a point layer (GeoPackage, GeoJSON, Shapefile; the point is the location).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/types.hpp"

namespace leefbaar {

// The file's column for each field; empty where the file lacks it ([stock.columns] in the run
// file).
struct StockColumns {
  std::string id, x, y, lat, lon, postcode, huisnummer, buurtcode, complex, daeb;
  // The address in words, for the search in the top bar; taken by their usual names (straat,
  // woonplaats, ...) when the run file does not map them.
  std::string straat, plaats;

  // Columns named like the fields themselves (id also as vhe), for files without a run file.
  static StockColumns guess(const std::vector<std::string>& columns);
  bool empty() const;  // nothing mapped: read_stock guesses from the file's own names
};

// Where a unit's location comes from: the first source that is filled wins.
enum class LocationSource { rd, wgs84, postcode, buurtcode, none };
std::string_view to_string(LocationSource source);

struct StockUnit {
  std::string id;
  double x = kMissing, y = kMissing;  // RD New; also filled from lat/lon
  std::string postcode;               // normalised: no spaces, upper case
  std::string huisnummer;             // as written
  std::string buurtcode;              // normalised
  std::string complex;
  std::string straat, plaats;  // as written; empty when the file has no such column
  std::optional<bool> daeb;
  LocationSource source = LocationSource::none;
  long long row = 0;
};

struct Stock {
  std::string file;
  std::vector<std::string> columns;
  std::vector<StockUnit> units;
  std::array<long long, 5> per_source{};  // counts by LocationSource
  std::vector<std::string> warnings;      // about the file as a whole (a converted encoding)
};

// A table, or a point layer by its name (import/point_layer.hpp); columns empty: guessed from
// the file's columns or fields. Throws InputError for a missing mapped column, a text where a
// number belongs, a bad daeb value, or duplicate unit ids (all of them listed).
Stock read_stock(const std::filesystem::path& path, const StockColumns& columns,
                 const std::string& display = {});

}  // namespace leefbaar
