#include "national_data.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numbers>
#include <ostream>
#include <random>
#include <stdexcept>
#include <string>

namespace leefbaar::bench {

namespace {

// The extent of the Netherlands in RD New, roughly.
constexpr double kMinX = 13'000, kMaxX = 278'000, kMinY = 306'000, kMaxY = 620'000;

// One enclave per this many polygons.
constexpr std::size_t kEnclaveEvery = 80;
// Intermediate vertices per lattice edge: uniform in [kMinEdgeVertices, kMaxEdgeVertices], which
// gives a median of about 109 vertices per polygon.
constexpr std::size_t kMinEdgeVertices = 6, kMaxEdgeVertices = 47;
// Corner jitter as a fraction of the lattice spacing, and the largest sideways offset of a ragged
// edge's vertex as a fraction of its distance to the nearer end of the edge. Together they keep
// every polygon simple: each edge stays inside a thin cone around its chord at both ends.
constexpr double kCornerJitter = 0.15, kEdgeCone = 0.08;

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}
  // [0, 1) from the top 53 bits.
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  // [0, n)
  std::size_t below(std::size_t n) {
    return std::min(n - 1, static_cast<std::size_t>(uniform() * static_cast<double>(n)));
  }
  // Approximately standard normal (Irwin-Hall of four uniforms, rescaled to unit variance).
  double normal() {
    return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508075688772;
  }

 private:
  std::mt19937_64 engine_;
};

double round_mm(double v) {
  return std::nearbyint(v * 1000.0) / 1000.0;
}

// A smooth radial contraction towards (x, y) inside radius r, the identity outside it: a point at
// relative distance t moves to relative distance h(t) = t + (a - 1) t (1 - t)^2, which is strictly
// increasing for 0 < a <= 1, has h'(0) = a and h'(1) = 1. Cell density at the centre grows 1/a^2.
struct City {
  double x, y, r, a;
  double weight;  // share of the city points

  Point warp(Point p) const {
    const double dx = p.x - x, dy = p.y - y;
    const double d = std::sqrt(dx * dx + dy * dy);
    if (d >= r || d == 0) return p;
    const double t = d / r;
    const double s = 1.0 + (a - 1.0) * (1.0 - t) * (1.0 - t);
    return {x + dx * s, y + dy * s};
  }
};

struct Village {
  double x, y, sigma;
};

std::vector<City> make_cities(Rng& rng, std::size_t count) {
  std::vector<City> cities;
  for (std::size_t k = 0; k < count; ++k) {
    City c{};
    for (int attempt = 0; attempt < 200; ++attempt) {
      c.r = rng.uniform(6'000, 22'000);
      c.a = rng.uniform(0.2, 0.5);
      // The whole disc inside the extent, so the warp leaves the extent's border where it is.
      const double margin = c.r + 2'000;
      c.x = rng.uniform(kMinX + margin, kMaxX - margin);
      c.y = rng.uniform(kMinY + margin, kMaxY - margin);
      const bool apart = std::all_of(cities.begin(), cities.end(), [&](const City& o) {
        return std::hypot(o.x - c.x, o.y - c.y) >= 0.8 * (o.r + c.r);
      });
      if (apart) break;
    }
    c.weight = c.r * c.r / c.a;
    cities.push_back(c);
  }
  return cities;
}

Point warp(const std::vector<City>& cities, Point p) {
  for (const auto& c : cities) p = c.warp(p);
  return {round_mm(p.x), round_mm(p.y)};
}

// Intermediate vertices of a ragged edge from a to b (unwarped), excluding both ends.
std::vector<Point> ragged_edge(Rng& rng, Point a, Point b, bool straight) {
  const std::size_t k = kMinEdgeVertices + rng.below(kMaxEdgeVertices - kMinEdgeVertices + 1);
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len = std::hypot(dx, dy);
  const double nx = -dy / len, ny = dx / len;
  std::vector<Point> out;
  out.reserve(k);
  double w = 0;  // a correlated walk in [-1, 1], so the edge wanders rather than zigzags
  for (std::size_t m = 0; m < k; ++m) {
    const double t = (static_cast<double>(m) + 0.1 + 0.8 * rng.uniform()) / static_cast<double>(k);
    w = std::clamp(0.6 * w + 0.8 * (2.0 * rng.uniform() - 1.0), -1.0, 1.0);
    const double offset = straight ? 0.0 : w * kEdgeCone * std::min(t, 1.0 - t) * len;
    out.push_back({a.x + t * dx + offset * nx, a.y + t * dy + offset * ny});
  }
  return out;
}

}  // namespace

NationalData generate_national(const NationalConfig& config) {
  if (config.polygons < 4) throw std::invalid_argument("generate_national: too few polygons");
  Rng rng(config.seed);
  NationalData data;
  data.extent = {kMinX, kMinY, kMaxX, kMaxY};
  const double width = kMaxX - kMinX, height = kMaxY - kMinY;

  // Lattice of nx * ny cells plus the enclaves, exactly config.polygons in all.
  const std::size_t lattice_target = config.polygons - config.polygons / kEnclaveEvery;
  const auto nx = std::max<std::size_t>(
      1, static_cast<std::size_t>(std::lround(std::sqrt(lattice_target * width / height))));
  const std::size_t ny = std::max<std::size_t>(1, lattice_target / nx);
  const std::size_t enclaves = config.polygons - nx * ny;
  const double sx = width / static_cast<double>(nx), sy = height / static_cast<double>(ny);

  const auto cities = make_cities(rng, 40);

  // Corners, unwarped. Corners on the border move only along it; the extent's corners stay put.
  std::vector<Point> corner((nx + 1) * (ny + 1));
  auto corner_at = [&](std::size_t i, std::size_t j) -> Point& { return corner[j * (nx + 1) + i]; };
  for (std::size_t j = 0; j <= ny; ++j) {
    for (std::size_t i = 0; i <= nx; ++i) {
      double x = kMinX + static_cast<double>(i) * sx, y = kMinY + static_cast<double>(j) * sy;
      const double jx = rng.uniform(-kCornerJitter, kCornerJitter) * sx;
      const double jy = rng.uniform(-kCornerJitter, kCornerJitter) * sy;
      if (i == nx) x = kMaxX;
      if (j == ny) y = kMaxY;
      if (i != 0 && i != nx) x += jx;
      if (j != 0 && j != ny) y += jy;
      corner_at(i, j) = {x, y};
    }
  }
  // Edges: horizontal (i, j)-(i+1, j) and vertical (i, j)-(i, j+1), unwarped.
  std::vector<std::vector<Point>> horizontal(nx * (ny + 1)), vertical((nx + 1) * ny);
  for (std::size_t j = 0; j <= ny; ++j) {
    for (std::size_t i = 0; i < nx; ++i) {
      horizontal[j * nx + i] =
          ragged_edge(rng, corner_at(i, j), corner_at(i + 1, j), j == 0 || j == ny);
    }
  }
  for (std::size_t j = 0; j < ny; ++j) {
    for (std::size_t i = 0; i <= nx; ++i) {
      vertical[j * (nx + 1) + i] =
          ragged_edge(rng, corner_at(i, j), corner_at(i, j + 1), i == 0 || i == nx);
    }
  }
  // Warp every vertex once, so both neighbours of an edge see identical coordinates.
  for (auto& p : corner) p = warp(cities, p);
  for (auto& e : horizontal)
    for (auto& p : e) p = warp(cities, p);
  for (auto& e : vertical)
    for (auto& p : e) p = warp(cities, p);

  // Cells, counter-clockwise: bottom edge forward, right edge forward, top and left reversed.
  data.polygons.reserve(config.polygons);
  for (std::size_t j = 0; j < ny; ++j) {
    for (std::size_t i = 0; i < nx; ++i) {
      Ring ring;
      const auto& bottom = horizontal[j * nx + i];
      const auto& right = vertical[j * (nx + 1) + i + 1];
      const auto& top = horizontal[(j + 1) * nx + i];
      const auto& left = vertical[j * (nx + 1) + i];
      ring.reserve(4 + bottom.size() + right.size() + top.size() + left.size());
      ring.push_back(corner_at(i, j));
      ring.insert(ring.end(), bottom.begin(), bottom.end());
      ring.push_back(corner_at(i + 1, j));
      ring.insert(ring.end(), right.begin(), right.end());
      ring.push_back(corner_at(i + 1, j + 1));
      ring.insert(ring.end(), top.rbegin(), top.rend());
      ring.push_back(corner_at(i, j + 1));
      ring.insert(ring.end(), left.rbegin(), left.rend());
      MultiPolygon cell;
      cell.parts.push_back(Polygon{{std::move(ring)}});
      data.polygons.push_back(std::move(cell));
    }
  }

  // Enclaves: a star-shaped polygon around the middle of a cell (unwarped), small enough to stay
  // clear of the cell's edges; the cell gets the same ring, reversed, as a hole.
  std::vector<bool> has_enclave(nx * ny, false);
  for (std::size_t e = 0; e < enclaves; ++e) {
    std::size_t i = 0, j = 0;
    do {
      i = rng.below(nx);
      j = rng.below(ny);
    } while (has_enclave[j * nx + i]);
    has_enclave[j * nx + i] = true;
    // The unwarped lattice position of the cell's middle (the corners are warped by now; the
    // jitter moves them at most kCornerJitter of a spacing, so this stays well inside the cell).
    const Point centre{kMinX + (static_cast<double>(i) + 0.5) * sx,
                       kMinY + (static_cast<double>(j) + 0.5) * sy};
    const double radius = 0.12 * std::min(sx, sy);
    const std::size_t n = 16 + rng.below(40);
    Ring ring;
    ring.reserve(n);
    for (std::size_t m = 0; m < n; ++m) {
      const double angle = 2.0 * std::numbers::pi *
                           (static_cast<double>(m) + 0.5 + 0.6 * (rng.uniform() - 0.5)) /
                           static_cast<double>(n);
      const double rr = radius * rng.uniform(0.6, 1.0);
      ring.push_back(
          warp(cities, {centre.x + rr * std::cos(angle), centre.y + rr * std::sin(angle)}));
    }
    data.polygons[j * nx + i].parts[0].rings.push_back(Ring(ring.rbegin(), ring.rend()));
    MultiPolygon enclave;
    enclave.parts.push_back(Polygon{{std::move(ring)}});
    data.polygons.push_back(std::move(enclave));
  }

  // Points: most around the city centres, some around villages, the rest anywhere; one in
  // config.vertex_point_every exactly on a polygon vertex. Never on the extent's border otherwise.
  std::vector<Village> villages(400);
  for (auto& v : villages) {
    v = {rng.uniform(kMinX, kMaxX), rng.uniform(kMinY, kMaxY), rng.uniform(200, 900)};
  }
  std::vector<double> cumulative;
  double total = 0;
  for (const auto& c : cities) cumulative.push_back(total += c.weight);
  auto inside = [](Point p) { return p.x > kMinX && p.x < kMaxX && p.y > kMinY && p.y < kMaxY; };
  data.points.resize(config.points);
  const std::size_t every = config.vertex_point_every;
  for (std::size_t k = 0; k < config.points; ++k) {
    if (every != 0 && k % every == every / 2) {
      const auto& ring = data.polygons[rng.below(data.polygons.size())].parts[0].rings[0];
      data.points[k] = ring[rng.below(ring.size())];
      data.vertex_points.push_back(k);
      continue;
    }
    Point p;
    do {
      const double u = rng.uniform();
      if (u < 0.65) {
        const auto it =
            std::upper_bound(cumulative.begin(), cumulative.end(), rng.uniform() * total);
        const City& c = cities[std::min<std::size_t>(it - cumulative.begin(), cities.size() - 1)];
        const double sigma = 0.3 * c.r;
        p = {c.x + rng.normal() * sigma, c.y + rng.normal() * sigma};
      } else if (u < 0.9) {
        const Village& v = villages[rng.below(villages.size())];
        p = {v.x + rng.normal() * v.sigma, v.y + rng.normal() * v.sigma};
      } else {
        p = {rng.uniform(kMinX, kMaxX), rng.uniform(kMinY, kMaxY)};
      }
      p = {round_mm(p.x), round_mm(p.y)};
    } while (!inside(p));
    data.points[k] = p;
  }
  return data;
}

std::size_t vertex_count(const MultiPolygon& polygon) {
  std::size_t n = 0;
  for (const auto& part : polygon.parts)
    for (const auto& ring : part.rings) n += ring.size();
  return n;
}

double area(const MultiPolygon& polygon) {
  double total = 0;
  for (const auto& part : polygon.parts) {
    for (std::size_t r = 0; r < part.rings.size(); ++r) {
      const Ring& ring = part.rings[r];
      double twice = 0;
      for (std::size_t k = 0; k < ring.size(); ++k) {
        const Point& p = ring[k];
        const Point& q = ring[(k + 1) % ring.size()];
        twice += (p.x - ring[0].x) * (q.y - ring[0].y) - (q.x - ring[0].x) * (p.y - ring[0].y);
      }
      total += (r == 0 ? 1.0 : -1.0) * std::abs(twice) / 2.0;
    }
  }
  return total;
}

namespace {

void append_number(std::string& s, double v) {
  char buf[32];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);  // shortest form that round-trips
  s.append(buf, res.ptr);
}

void append_ring(std::string& s, const Ring& ring) {
  s += '(';
  for (std::size_t k = 0; k <= ring.size(); ++k) {
    const Point& p = ring[k % ring.size()];  // WKT repeats the first point at the end
    if (k != 0) s += ',';
    append_number(s, p.x);
    s += ' ';
    append_number(s, p.y);
  }
  s += ')';
}

}  // namespace

void write_polygons_tsv(std::ostream& out, const std::vector<MultiPolygon>& polygons) {
  std::string line;
  for (std::size_t i = 0; i < polygons.size(); ++i) {
    line = std::to_string(i);
    line += "\tSRID=28992;MULTIPOLYGON(";
    for (std::size_t k = 0; k < polygons[i].parts.size(); ++k) {
      if (k != 0) line += ',';
      line += '(';
      const auto& rings = polygons[i].parts[k].rings;
      for (std::size_t r = 0; r < rings.size(); ++r) {
        if (r != 0) line += ',';
        append_ring(line, rings[r]);
      }
      line += ')';
    }
    line += ")\n";
    out << line;
  }
}

void write_points_tsv(std::ostream& out, const std::vector<Point>& points) {
  std::string chunk;
  for (std::size_t i = 0; i < points.size(); ++i) {
    chunk += std::to_string(i);
    chunk += '\t';
    append_number(chunk, points[i].x);
    chunk += '\t';
    append_number(chunk, points[i].y);
    chunk += '\n';
    if (chunk.size() > (1u << 20)) {
      out << chunk;
      chunk.clear();
    }
  }
  out << chunk;
}

}  // namespace leefbaar::bench
