#include "couple/polygon_index.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

namespace leefbaar {

namespace {

constexpr double kMaxRasterCells = 32.0e6;
constexpr double kCellsPerEdge = 8.0;

template <typename F>
void for_each_segment(const MultiPolygon& polygon, F&& f) {
  for (const auto& part : polygon.parts) {
    for (const auto& ring : part.rings) {
      const std::size_t n = ring.size();
      if (n < 2) continue;
      for (std::size_t k = 0; k < n; ++k) f(ring[k], ring[(k + 1) % n]);
    }
  }
}

// Sorted-vector set with toggle semantics: the polygons whose boundary has been crossed an odd
// number of times so far along a scanline.
void toggle(std::vector<std::int32_t>& set, std::int32_t id) {
  auto it = std::lower_bound(set.begin(), set.end(), id);
  if (it != set.end() && *it == id) {
    set.erase(it);
  } else {
    set.insert(it, id);
  }
}

}  // namespace

PolygonIndex::PolygonIndex(const std::vector<MultiPolygon>& polygons, double raster_cell) {
  collect_edges(polygons);
  size_raster(polygons, raster_cell);
  build_raster(polygons);
}

void PolygonIndex::collect_edges(const std::vector<MultiPolygon>& polygons) {
  edge_begin_.reserve(polygons.size() + 1);
  edge_begin_.push_back(0);
  for (const auto& polygon : polygons) {
    for_each_segment(polygon, [this](Point p, Point q) {
      if (p.y == q.y) return;  // a horizontal edge never crosses a horizontal ray
      const Point& lo = p.y < q.y ? p : q;
      const Point& hi = p.y < q.y ? q : p;
      edges_.push_back({lo.x, lo.y, hi.y, (hi.x - lo.x) / (hi.y - lo.y)});
    });
    edge_begin_.push_back(static_cast<std::uint32_t>(edges_.size()));
  }
}

void PolygonIndex::size_raster(const std::vector<MultiPolygon>& polygons, double raster_cell) {
  Box box{INFINITY, INFINITY, -INFINITY, -INFINITY};
  std::size_t segments = 0;
  for (const auto& polygon : polygons) {
    const Box b = bounds(polygon);
    box = {std::min(box.min_x, b.min_x), std::min(box.min_y, b.min_y), std::max(box.max_x, b.max_x),
           std::max(box.max_y, b.max_y)};
    for_each_segment(polygon, [&segments](Point, Point) { ++segments; });
  }
  if (!(box.min_x <= box.max_x)) box = {0, 0, 1, 1};  // no polygons: a one-cell raster of nothing
  const double width = std::max(box.max_x - box.min_x, 1.0);
  const double height = std::max(box.max_y - box.min_y, 1.0);
  if (raster_cell <= 0) {
    const double target =
        std::clamp(kCellsPerEdge * static_cast<double>(segments), 1024.0, kMaxRasterCells);
    raster_cell = std::sqrt(width * height / target);
  }
  // Never more than the cap, whatever the caller asked.
  raster_cell = std::max(raster_cell, std::sqrt(width * height / kMaxRasterCells));
  cell_ = raster_cell;
  origin_x_ = box.min_x - cell_ * 0.5;
  origin_y_ = box.min_y - cell_ * 0.5;
  nx_ = static_cast<std::int64_t>(std::ceil(width / cell_)) + 2;
  ny_ = static_cast<std::int64_t>(std::ceil(height / cell_)) + 2;
}

void PolygonIndex::build_raster(const std::vector<MultiPolygon>& polygons) {
  // 1. Every (cell, polygon) pair where an edge of the polygon touches the closed cell. The margin
  //    makes the test conservative: an edge on a cell border touches the cells on both sides.
  const double eps = cell_ * 1e-6;
  std::vector<std::uint64_t> touched;
  auto col_of = [this](double x) {
    return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((x - origin_x_) / cell_)),
                                    0, nx_ - 1);
  };
  auto row_of = [this](double y) {
    return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((y - origin_y_) / cell_)),
                                    0, ny_ - 1);
  };
  for (std::size_t i = 0; i < polygons.size(); ++i) {
    for_each_segment(polygons[i], [&](Point p, Point q) {
      const std::int64_t row0 = row_of(std::min(p.y, q.y) - eps);
      const std::int64_t row1 = row_of(std::max(p.y, q.y) + eps);
      for (std::int64_t r = row0; r <= row1; ++r) {
        double xlo = std::min(p.x, q.x), xhi = std::max(p.x, q.x);
        if (p.y != q.y) {
          const double band_lo = origin_y_ + static_cast<double>(r) * cell_ - eps;
          const double band_hi = origin_y_ + static_cast<double>(r + 1) * cell_ + eps;
          const double t0 = std::clamp((band_lo - p.y) / (q.y - p.y), 0.0, 1.0);
          const double t1 = std::clamp((band_hi - p.y) / (q.y - p.y), 0.0, 1.0);
          const double x0 = p.x + (q.x - p.x) * t0, x1 = p.x + (q.x - p.x) * t1;
          xlo = std::min(x0, x1);
          xhi = std::max(x0, x1);
        }
        for (std::int64_t c = col_of(xlo - eps); c <= col_of(xhi + eps); ++c) {
          touched.push_back((static_cast<std::uint64_t>(r * nx_ + c) << 32) |
                            static_cast<std::uint32_t>(i));
        }
      }
    });
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());

  // 2. Crossings of every edge with the horizontal line through the cell centres of each row.
  std::vector<std::uint32_t> row_begin(static_cast<std::size_t>(ny_) + 1, 0);
  auto centre_y = [this](std::int64_t r) {
    return origin_y_ + (static_cast<double>(r) + 0.5) * cell_;
  };
  auto rows_of_edge = [&](const Edge& e, auto&& f) {
    for (std::int64_t r = row_of(e.ay); r <= row_of(e.by); ++r) {
      const double y = centre_y(r);
      if (e.ay <= y && y < e.by) f(r, e.ax + (y - e.ay) * e.dxdy);
    }
  };
  for (const auto& e : edges_) rows_of_edge(e, [&](std::int64_t r, double) { ++row_begin[r + 1]; });
  for (std::size_t r = 1; r < row_begin.size(); ++r) row_begin[r] += row_begin[r - 1];
  struct Crossing {
    double x;
    std::int32_t polygon;
  };
  std::vector<Crossing> crossings(row_begin.back());
  {
    std::vector<std::uint32_t> fill(row_begin.begin(), row_begin.end() - 1);
    for (std::size_t i = 0; i + 1 < edge_begin_.size(); ++i) {
      for (std::uint32_t k = edge_begin_[i]; k < edge_begin_[i + 1]; ++k) {
        rows_of_edge(edges_[k], [&](std::int64_t r, double x) {
          crossings[fill[r]++] = {x, static_cast<std::int32_t>(i)};
        });
      }
    }
  }

  // 3. Walk every row left to right: the polygons crossed an odd number of times so far contain
  //    the cell centre. Untouched cells take the first of them; touched cells keep all candidates.
  labels_.assign(static_cast<std::size_t>(nx_ * ny_), kNone);
  candidate_begin_.assign(1, 0);
  std::size_t t = 0;
  std::vector<std::int32_t> inside;
  std::vector<std::int32_t> cell_candidates;
  for (std::int64_t r = 0; r < ny_; ++r) {
    auto first = crossings.begin() + row_begin[r];
    auto last = crossings.begin() + row_begin[r + 1];
    std::sort(first, last, [](const Crossing& a, const Crossing& b) {
      return a.x < b.x || (a.x == b.x && a.polygon < b.polygon);
    });
    inside.clear();
    for (std::int64_t c = 0; c < nx_; ++c) {
      const double xc = origin_x_ + (static_cast<double>(c) + 0.5) * cell_;
      while (first != last && first->x < xc) toggle(inside, (first++)->polygon);
      const auto cell = static_cast<std::uint64_t>(r * nx_ + c);
      cell_candidates.clear();
      while (t < touched.size() && (touched[t] >> 32) == cell) {
        cell_candidates.push_back(static_cast<std::int32_t>(touched[t] & 0xffffffffu));
        ++t;
      }
      if (cell_candidates.empty()) {
        labels_[cell] = inside.empty() ? kNone : inside.front();
        continue;
      }
      cell_candidates.insert(cell_candidates.end(), inside.begin(), inside.end());
      std::sort(cell_candidates.begin(), cell_candidates.end());
      cell_candidates.erase(std::unique(cell_candidates.begin(), cell_candidates.end()),
                            cell_candidates.end());
      labels_[cell] = -2 - static_cast<std::int32_t>(candidate_begin_.size() - 1);
      candidates_.insert(candidates_.end(), cell_candidates.begin(), cell_candidates.end());
      candidate_begin_.push_back(static_cast<std::uint32_t>(candidates_.size()));
    }
  }
}

std::int64_t PolygonIndex::cell_of(Point p) const {
  const double fx = std::floor((p.x - origin_x_) / cell_);
  const double fy = std::floor((p.y - origin_y_) / cell_);
  if (!(fx >= 0 && fy >= 0 && fx < static_cast<double>(nx_) && fy < static_cast<double>(ny_)))
    return -1;  // also NaN
  return static_cast<std::int64_t>(fy) * nx_ + static_cast<std::int64_t>(fx);
}

bool PolygonIndex::contains(std::int32_t polygon, Point p) const {
  bool inside = false;
  const Edge* e = edges_.data() + edge_begin_[polygon];
  const Edge* end = edges_.data() + edge_begin_[polygon + 1];
  for (; e != end; ++e) {
    if (e->ay <= p.y && p.y < e->by && p.x < e->ax + (p.y - e->ay) * e->dxdy) inside = !inside;
  }
  return inside;
}

std::int32_t PolygonIndex::locate(Point p) const {
  const std::int64_t cell = cell_of(p);
  if (cell < 0) return kNone;
  const std::int32_t label = labels_[static_cast<std::size_t>(cell)];
  if (label >= kNone) return label;
  const auto k = static_cast<std::size_t>(-label - 2);
  for (std::uint32_t i = candidate_begin_[k]; i < candidate_begin_[k + 1]; ++i) {
    if (contains(candidates_[i], p)) return candidates_[i];
  }
  return kNone;
}

void PolygonIndex::locate_all(std::span<const Point> points, std::span<std::int32_t> out,
                              unsigned threads) const {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t n = points.size();
  threads =
      static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, n / 4096)));
  auto work = [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) out[i] = locate(points[i]);
  };
  if (threads <= 1) {
    work(0, n);
    return;
  }
  std::vector<std::jthread> pool;
  const std::size_t chunk = (n + threads - 1) / threads;
  for (unsigned t = 0; t < threads; ++t) {
    const std::size_t begin = std::min(n, t * chunk), end = std::min(n, begin + chunk);
    pool.emplace_back(work, begin, end);
  }
}

}  // namespace leefbaar
