#pragma once
// BAG addresses: the verblijfsobjecten of the Basisregistratie Adressen en Gebouwen with their
// point, from any point layer GDAL reads (the PDOK GeoPackage, GeoJSON) or from a CSV table with
// RD New x;y columns. Fields by their usual BAG names, case-insensitive: identificatie, postcode,
// huisnummer, huisletter, huisnummertoevoeging (or toevoeging) and gebruiksdoel; when the file has
// gebruiksdoel, only rows whose gebruiksdoel contains "woonfunctie" are kept (homes).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace leefbaar {

struct BagAddress {
  std::string vbo_id;    // 16 digits
  std::string postcode;  // normalised: "9401AB"
  int huisnummer = 0;
  std::string huisletter, toevoeging;  // as in the file (trimmed)
  Point point;                         // RD New
  long long row = 0;
};

struct BagTable {
  std::string file;
  long long rows = 0;             // rows (features) read
  long long not_residential = 0;  // skipped: gebruiksdoel without woonfunctie
  long long outside = 0;          // skipped: outside keep_within
  bool reprojected = false;
  std::string source_crs;
  std::vector<BagAddress> addresses;
  std::vector<std::string> warnings;  // about the file as a whole (a converted encoding)
};

// keep_within: only addresses in this box (RD New) are kept, so the national file costs little
// room. Throws InputError naming the file, and for bad rows every problem (up to 20, with row,
// field, what was found and what was expected); nothing is returned then.
BagTable read_bag(const std::filesystem::path& path, const std::string& display = {},
                  const std::optional<Box>& keep_within = std::nullopt);

}  // namespace leefbaar
