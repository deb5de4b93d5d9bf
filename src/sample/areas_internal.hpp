#pragma once
// Internal to the sample's areas (areas.cpp, areas_wijk_shapes.cpp, areas_tiling.cpp,
// areas_buurten.cpp).
#include <string>
#include <vector>

#include "sample/geos_util.hpp"
#include "sample/model.hpp"
#include "sample/random.hpp"

namespace leefbaar::sample::areas_detail {

inline constexpr double kGrid = 0.001;  // every vertex lies on a millimetre grid

// ---- wijk shapes (areas_wijk_shapes.cpp) ------------------------------------------------------

struct RealWijk {
  std::string code, name;
  MultiPolygon shape;
};

// The embedded CBS wijken, sorted by code.
std::vector<RealWijk> real_wijken();
// Settings for a real wijk without units: one buurt, or two when the wijk is large and rural.
WijkSpec derived_spec(const RealWijk& w, const std::string& place, double wijk_area);
// An irregular blob of 16 vertices around the village centre, in whole metres.
MultiPolygon village_shape(const WijkSpec& spec);

// ---- tiling the wijken into faces (areas_tiling.cpp) ------------------------------------------

// Best-candidate sampling: each seed is the best of 40 random points inside the shape, far from the
// seeds so far and from the shape's edge.
std::vector<Point> place_seeds(const Geos& geos, const GEOSGeometry* shape, int count, Rng& rng);
// How many seeds the wijk's buurten need (a two-part buurt two, an enclave none).
int seed_count(const WijkSpec& spec);

struct Face {
  Geom geometry;
  int wijk = -1;
  int seed = -1;  // index into the wijk's seeds; -1: a fragment without a seed
};

// The linework of all wijk boundaries and the ragged Voronoi edges inside each wijk, noded on a
// millimetre grid, cut into faces.
std::vector<Face> polygonize(const Geos& geos, const std::vector<Geom>& shapes,
                             const std::vector<std::vector<Point>>& seeds);
// Assigns each fragment face to the seeded group it shares the longest edge with (or the nearest).
// Returns per seed the faces of its buurt.
std::vector<std::vector<int>> group_faces(const Geos& geos, const std::vector<Face>& faces,
                                          int wijk, std::size_t seed_total);

// ---- buurten from the faces (areas_buurten.cpp) -----------------------------------------------

// The union of the geometries on the millimetre grid.
MultiPolygon union_of(const Geos& geos, const std::vector<const MultiPolygon*>& geometries);
// Names and codes the buurten of one wijk from its tiled groups.
void make_buurten(World& world, const Geos& geos, int w, const std::vector<Face>& faces,
                  const std::vector<std::vector<int>>& groups, const std::vector<Point>& seeds);

}  // namespace leefbaar::sample::areas_detail
