#pragma once
// Coupling: every unit of the stock gets its 100 m cell, buurt, wijk, gemeente, PC4 and complex,
// or the reason it cannot be coupled (programme.md section 2).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/types.hpp"
#include "couple/dictionary.hpp"
#include "import/areas.hpp"
#include "import/pc6hnr.hpp"
#include "import/stock.hpp"

namespace leefbaar {

struct CoupledUnit {
  std::string id;
  double x = kMissing, y = kMissing;            // RD, whenever the unit has coordinates
  double cell_x = kMissing, cell_y = kMissing;  // lower-left corner of its 100 m cell
  std::int32_t cell = -1, buurt = -1, wijk = -1, gemeente = -1, complex = -1, pc4 = -1;
  bool daeb = false;
  LocationSource source = LocationSource::none;
  UnitStatus status = UnitStatus::ok;  // ok, no_location, outside_buurten or unknown_postcode

  bool coupled() const { return status == UnitStatus::ok; }
  bool has_xy() const { return !is_missing(x); }
};

struct CoupledStock {
  std::vector<CoupledUnit> units;
  Dictionary cells, buurten, wijken, gemeenten, complexes, pc4s;
  // Parents by index (-1 where unknown): a buurt's wijk and gemeente, a wijk's gemeente, a
  // complex's gemeente (that of its first coupled unit).
  std::vector<std::int32_t> wijk_of_buurt, gemeente_of_buurt, gemeente_of_wijk, gemeente_of_complex;
  std::array<long long, 5> per_status{};  // by UnitStatus
  long long postcode_units_without_table = 0;
};

// The cell key used for grid scores: "x:y" of the cell's lower-left corner in whole metres.
std::string cell_key(double cell_x, double cell_y);

struct CoupleInputs {
  const Stock& stock;
  const AreaLayer& buurten;
  const AreaLayer* wijken = nullptr;      // optional
  const AreaLayer* gemeenten = nullptr;   // optional
  const PostcodeTable* pc6hnr = nullptr;  // optional
  unsigned threads = 0;                   // 0: all cores
};

CoupledStock couple(const CoupleInputs& inputs);

// A point inside the area (not on its boundary), for placing a buurt in a wijk polygon and labels.
Point interior_point(const MultiPolygon& area);

}  // namespace leefbaar
