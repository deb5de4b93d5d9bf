#pragma once
// Deterministic synthetic data at national scale for the coupling benchmark: buurt-like polygons
// that tile a rectangle in RD New coordinates exactly, and address-like points clustered in cities.
//
// The polygons are the cells of a jittered lattice, pulled together around "cities" by smooth
// radial contractions (small urban cells, big rural ones). Every lattice edge is a ragged polyline
// whose vertices are stored once and used by both neighbouring cells (in opposite order), so shared
// edges are identical. A few cells get a hole holding an enclave polygon with the same ring.
// Coordinates are rounded to whole millimetres, as in BAG.
//
// Randomness is arithmetic on the raw output of std::mt19937_64 only (the std distributions differ
// between standard libraries), so the same seed gives the same data everywhere.
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <vector>

#include "core/geometry.hpp"

namespace leefbaar::bench {

struct NationalConfig {
  std::size_t polygons = 14'000;
  std::size_t points = 10'000'000;
  std::uint64_t seed = 20'240'601;
  // One point in this many is put exactly on a polygon vertex (0 = none).
  std::size_t vertex_point_every = 10'000;
};

struct NationalData {
  Box extent;                          // the rectangle the polygons tile
  std::vector<MultiPolygon> polygons;  // lattice cells first, then the enclaves
  std::vector<Point> points;
  std::vector<std::size_t> vertex_points;  // indices of points placed exactly on a polygon vertex
};

NationalData generate_national(const NationalConfig& config);

std::size_t vertex_count(const MultiPolygon& polygon);
// Shoelace area: outer ring minus holes (orientation-independent per ring).
double area(const MultiPolygon& polygon);

// Tab-separated files for PostgreSQL's COPY: "id<TAB>EWKT" (SRID 28992, closed rings) and
// "id<TAB>x<TAB>y". Ids are 0-based positions. Coordinates round-trip exactly.
void write_polygons_tsv(std::ostream& out, const std::vector<MultiPolygon>& polygons);
void write_points_tsv(std::ostream& out, const std::vector<Point>& points);

}  // namespace leefbaar::bench
