#pragma once
// Internal to the sample's stock (stock.cpp, stock_complexes.cpp, stock_locations.cpp).
#include <cstdint>
#include <map>
#include <string>

#include "sample/geos_util.hpp"
#include "sample/model.hpp"
#include "sample/random.hpp"

namespace leefbaar::sample::stock_detail {

// Away from the 100 m cell lines, so a point converted to WGS84 and back stays in its cell.
bool clear_of_cell_lines(Point p);
Point snapped(Point p);

// Hands out PC6 codes per PC4 in a fixed sequence, so the sample's postcodes stay the same.
class PostcodeBook {
 public:
  explicit PostcodeBook(std::uint64_t seed) : rng_(seed, "postcodes") {}
  // A PC6 never handed out before in this PC4 ("9401AB").
  std::string fresh(const std::string& pc4);

 private:
  Rng rng_;
  std::map<std::string, int> next_;
};

// Fills world.complexes, world.units and world.other_addresses from each buurt's unit_target.
void build_complexes(World& world, const Geos& geos);

// Gives some units a location source other than RD (WGS84, postcode, buurtcode, none) and makes
// the special cases: outside every buurt, unknown postcodes, exactly on a shared edge.
void choose_locations(World& world, const Geos& geos);

}  // namespace leefbaar::sample::stock_detail
