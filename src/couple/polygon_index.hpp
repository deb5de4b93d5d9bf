#pragma once
// Point-in-polygon for millions of points against thousands of buurt polygons.
//
// Hand-written rather than GEOS's STRtree + PreparedGeometry because national coupling must run far
// faster than an indexed database join (see docs/benchmarks.md): a raster over the polygons' extent
// stores, for every cell that no polygon edge touches, the polygon that contains the whole cell, so
// most points need one array lookup; only points in cells crossed by an edge get an exact
// crossing-number test against the few candidate polygons of that cell.
//
// Boundary rule: every edge is evaluated in one canonical orientation (lower endpoint first), so a
// point exactly on an edge shared by two polygons is assigned to exactly one of them, the same one
// on every run (in effect the point is nudged an infinitesimal step right and up). Where polygons
// overlap, the one given first wins.
#include <cstdint>
#include <span>
#include <vector>

#include "core/geometry.hpp"

namespace leefbaar {

class PolygonIndex {
 public:
  static constexpr std::int32_t kNone = -1;

  // polygons: in priority order. raster_cell: side of a raster cell in metres (0 = choose from the
  // number of edges and the extent).
  explicit PolygonIndex(const std::vector<MultiPolygon>& polygons, double raster_cell = 0);

  // The index of the polygon containing p, or kNone.
  std::int32_t locate(Point p) const;

  // locate() for every point, split over threads (0 = hardware concurrency).
  void locate_all(std::span<const Point> points, std::span<std::int32_t> out,
                  unsigned threads = 0) const;

  // Exact crossing-number test of one polygon, with the same boundary rule.
  bool contains(std::int32_t polygon, Point p) const;

  std::size_t polygon_count() const { return edge_begin_.empty() ? 0 : edge_begin_.size() - 1; }
  std::size_t raster_cells() const { return labels_.size(); }
  std::size_t mixed_cells() const {
    return candidate_begin_.empty() ? 0 : candidate_begin_.size() - 1;
  }
  double raster_cell() const { return cell_; }

 private:
  // A non-horizontal edge with its lower endpoint first; x at height y is ax + (y - ay) * dxdy.
  struct Edge {
    double ax, ay, by, dxdy;
  };

  void collect_edges(const std::vector<MultiPolygon>& polygons);
  void size_raster(const std::vector<MultiPolygon>& polygons, double raster_cell);
  void build_raster(const std::vector<MultiPolygon>& polygons);
  std::int64_t cell_of(Point p) const;

  std::vector<Edge> edges_;
  std::vector<std::uint32_t> edge_begin_;  // edges of polygon i: [edge_begin_[i], edge_begin_[i+1])

  double origin_x_ = 0, origin_y_ = 0, cell_ = 1;
  std::int64_t nx_ = 0, ny_ = 0;
  // >= 0: the polygon that holds the whole cell; kNone: no polygon; <= -2: a mixed cell, whose
  // candidates are candidates_[candidate_begin_[k] .. candidate_begin_[k+1]) with k = -label - 2.
  std::vector<std::int32_t> labels_;
  std::vector<std::uint32_t> candidate_begin_;
  std::vector<std::int32_t> candidates_;
};

}  // namespace leefbaar
