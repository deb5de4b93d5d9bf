#pragma once
// The synthetic work area as it is built up in memory before it is written: areas with their
// geometry, complexes and units with their true locations, and the score tables.
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "sample/places.hpp"

namespace leefbaar::sample {

inline constexpr std::uint64_t kSeed = 20191231;  // one seed for the whole sample
inline constexpr std::array<int, 6> kEditions = {2014, 2016, 2018, 2020, 2022, 2024};
inline constexpr int kEdition = 2018;            // the edition the sample's RUN.toml uses
inline constexpr double kReference = 4.1022648;  // lbm - afw

struct GemeenteData {
  std::string code;  // GM0106
  std::string name;
  int number = 0;  // 106
  Dims base{};
  std::vector<int> wijken;
  MultiPolygon geometry;  // union of its wijken
};

struct WijkData {
  std::string code;  // WK010600
  std::string name;
  int gemeente = 0;
  WijkSpec spec;
  MultiPolygon shape;     // input shape (CBS or synthetic)
  MultiPolygon geometry;  // union of its buurten (the shape, noded)
  std::vector<int> buurten;
};

struct BuurtData {
  std::string code;  // BU01060101
  std::string name;
  std::string place;  // plaats of its addresses
  std::string pc4;
  int wijk = 0;
  int gemeente = 0;
  BuurtSpec spec{""};
  MultiPolygon geometry;
  Point seed;
  int unit_target = 0;
};

enum class LocationKind {
  rd,
  wgs84,
  postcode,
  buurtcode,
  none,
  outside,
  unknown_postcode,
  on_edge
};

struct UnitData {
  std::string vhe;
  int complex = 0;
  int buurt = 0;                         // where it really is
  Point position;                        // true position (RD)
  std::string street, number, addition;  // huisnummer as written ("12", "12a"), toevoeging
  int number_digits = 0;
  std::string pc6;  // "9401AB"
  bool postcode_with_space = true;
  LocationKind location = LocationKind::rd;
  Point written;  // the x,y written (rd, outside, on_edge) or converted to lat/lon (wgs84)
  int xy_decimals = 2;
  double lat = 0, lon = 0;
  bool daeb = true;
};

struct ComplexData {
  std::string id;  // C1023
  int buurt = 0;
  std::string type;
  int built = 0;
  std::vector<int> units;
};

// An address in the CBS pc6hnr table that is not one of the corporation's units.
struct AddressRow {
  std::string pc6;
  int number = 0;
  int buurt = 0;
};

// Score rows of one level: code -> name and, per edition, the five dimensions (absent = no row).
struct ScoreArea {
  std::string code;
  std::string name;
  std::map<int, Dims> rows;
};

struct World {
  std::vector<GemeenteData> gemeenten;
  std::vector<WijkData> wijken;
  std::vector<BuurtData> buurten;
  std::vector<ComplexData> complexes;
  std::vector<UnitData> units;
  std::vector<AddressRow> other_addresses;  // private homes next to the units, for pc6hnr

  // The designated special cases.
  int enclave = -1, enclave_host = -1, multipart = -1, water = -1;
  std::vector<int> on_edge_units;
  std::vector<std::pair<int, int>>
      on_edge_buurten;  // the two buurten whose shared edge each lies on

  // Score tables per level, sorted by code.
  std::vector<ScoreArea> grid, buurt_scores, pc4_scores, wijk_scores, gemeente_scores;
  std::map<std::pair<std::int64_t, std::int64_t>, std::string> grid_id_of_cell;
};

}  // namespace leefbaar::sample
