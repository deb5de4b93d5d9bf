// Tiling the wijken into buurt faces: seeds per wijk, their Voronoi edges made ragged, all lines
// noded and cut into faces, and the fragments without a seed given to a neighbour.
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "sample/areas_internal.hpp"

namespace leefbaar::sample::areas_detail {

namespace {

// ---- ragged buurt edges -----------------------------------------------------------------------

bool less_point(const Point& a, const Point& b) {
  return a.x < b.x || (a.x == b.x && a.y < b.y);
}

std::uint64_t point_key(const Point& p) {
  return hash_combine(static_cast<std::uint64_t>(std::llround(p.x * 1000)),
                      static_cast<std::uint64_t>(std::llround(p.y * 1000)));
}

// The straight edge a-b as a ragged line: vertices every ~35 m, shifted sideways by up to 9 m,
// tapering to zero at the ends. Depends only on the two end points, not on their order.
std::vector<Point> ragged(Point a, Point b) {
  a = {snap_mm(a.x), snap_mm(a.y)};
  b = {snap_mm(b.x), snap_mm(b.y)};
  if (less_point(b, a)) std::swap(a, b);
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len = std::sqrt(dx * dx + dy * dy);
  std::vector<Point> pts{a};
  const int n = static_cast<int>(len / 35);
  if (n >= 2) {
    Rng rng(hash_combine(point_key(a), point_key(b)));
    const double amplitude = std::min(9.0, 0.05 * len);
    for (int i = 1; i < n; ++i) {
      const double t = static_cast<double>(i) / n;
      const double taper = std::min({1.0, 5 * t, 5 * (1 - t)});
      const double offset = amplitude * taper * rng.uniform(-1, 1);
      pts.push_back(
          {snap_mm(a.x + t * dx - offset * dy / len), snap_mm(a.y + t * dy + offset * dx / len)});
    }
  }
  pts.push_back(b);
  return pts;
}

}  // namespace

// ---- seeds ------------------------------------------------------------------------------------

std::vector<Point> place_seeds(const Geos& geos, const GEOSGeometry* shape, int count, Rng& rng) {
  const auto h = geos.handle();
  Prepared inside = prepare(geos, shape);
  Geom boundary = own(geos, GEOSBoundary_r(h, shape), "boundary");
  const Box box = envelope(geos, shape);
  std::vector<Point> seeds;
  for (int k = 0; k < count; ++k) {
    double best = -1;
    Point best_point;
    for (int found = 0, tries = 0; found < 40 && tries < 100000; ++tries) {
      const Point p{std::round(rng.uniform(box.min_x, box.max_x)),
                    std::round(rng.uniform(box.min_y, box.max_y))};
      Geom pt = make_point(geos, p);
      if (GEOSPreparedContainsProperly_r(h, inside.get(), pt.get()) != 1) continue;
      ++found;
      double nearest = std::numeric_limits<double>::infinity();
      for (const Point& s : seeds)
        nearest =
            std::min(nearest, std::sqrt((s.x - p.x) * (s.x - p.x) + (s.y - p.y) * (s.y - p.y)));
      const double score = std::min(nearest, 2.0 * distance(geos, pt.get(), boundary.get()));
      if (score > best) best = score, best_point = p;
    }
    if (best < 0) throw std::logic_error("sample: no room for a buurt seed");
    seeds.push_back(best_point);
  }
  return seeds;
}

int seed_count(const WijkSpec& spec) {
  int n = 0;
  for (const BuurtSpec& b : spec.buurten) {
    if (b.kind == BuurtKind::multipart)
      n += 2;
    else if (b.kind != BuurtKind::enclave)
      n += 1;
  }
  return n;
}

// ---- tiling -----------------------------------------------------------------------------------

std::vector<Face> polygonize(const Geos& geos, const std::vector<Geom>& shapes,
                             const std::vector<std::vector<Point>>& seeds) {
  const auto h = geos.handle();
  std::vector<Geom> lines;
  for (std::size_t w = 0; w < shapes.size(); ++w) {
    lines.push_back(own(geos, GEOSBoundary_r(h, shapes[w].get()), "boundary"));
    if (seeds[w].size() < 2) continue;
    std::vector<Geom> points;
    for (const Point& p : seeds[w]) points.push_back(make_point(geos, p));
    Geom sites = make_collection(geos, GEOS_MULTIPOINT, std::move(points));
    Geom edges =
        own(geos, GEOSVoronoiDiagram_r(h, sites.get(), shapes[w].get(), 0.0, 1), "voronoi");
    for (int i = 0, n = GEOSGetNumGeometries_r(h, edges.get()); i < n; ++i) {
      const std::vector<Point> pts = line_points(geos, GEOSGetGeometryN_r(h, edges.get(), i));
      for (std::size_t k = 0; k + 1 < pts.size(); ++k) {
        Geom line = make_line(geos, ragged(pts[k], pts[k + 1]));
        Geom clipped = own(geos, GEOSIntersection_r(h, line.get(), shapes[w].get()), "clip");
        if (GEOSisEmpty_r(h, clipped.get()) == 0) lines.push_back(std::move(clipped));
      }
    }
  }
  Geom all = make_collection(geos, GEOS_GEOMETRYCOLLECTION, std::move(lines));
  Geom noded = own(geos, GEOSUnaryUnionPrec_r(h, all.get(), kGrid), "noding");
  const GEOSGeometry* input[] = {noded.get()};
  Geom polygons = own(geos, GEOSPolygonize_r(h, input, 1), "polygonize");

  std::vector<Box> boxes;
  for (const Geom& s : shapes) boxes.push_back(envelope(geos, s.get()));
  std::vector<Face> faces;
  for (int i = 0, n = GEOSGetNumGeometries_r(h, polygons.get()); i < n; ++i) {
    Face face;
    face.geometry = clone(geos, GEOSGetGeometryN_r(h, polygons.get(), i));
    const Box fb = envelope(geos, face.geometry.get());
    const double face_area = area(geos, face.geometry.get());
    double best = 0;
    for (std::size_t w = 0; w < shapes.size(); ++w) {
      const Box& wb = boxes[w];
      if (fb.max_x < wb.min_x || fb.min_x > wb.max_x || fb.max_y < wb.min_y || fb.min_y > wb.max_y)
        continue;
      Geom common =
          own(geos, GEOSIntersection_r(h, face.geometry.get(), shapes[w].get()), "face in wijk");
      const double a = area(geos, common.get());
      if (a > best) best = a, face.wijk = static_cast<int>(w);
    }
    if (face.wijk < 0 || best < 0.99 * face_area)
      throw std::logic_error("sample: a buurt face lies in no wijk");
    for (std::size_t s = 0; s < seeds[face.wijk].size(); ++s) {
      Geom pt = make_point(geos, seeds[face.wijk][s]);
      if (GEOSContains_r(h, face.geometry.get(), pt.get()) != 1) continue;
      if (face.seed >= 0) throw std::logic_error("sample: two buurt seeds in one face");
      face.seed = static_cast<int>(s);
    }
    faces.push_back(std::move(face));
  }
  return faces;
}

std::vector<std::vector<int>> group_faces(const Geos& geos, const std::vector<Face>& faces,
                                          int wijk, std::size_t seed_total) {
  const auto h = geos.handle();
  std::vector<std::vector<int>> groups(std::max<std::size_t>(seed_total, 1));
  std::vector<int> group_of(faces.size(), -1);
  std::vector<int> pending;
  for (std::size_t f = 0; f < faces.size(); ++f) {
    if (faces[f].wijk != wijk) continue;
    if (faces[f].seed >= 0) {
      group_of[f] = faces[f].seed;
      groups[faces[f].seed].push_back(static_cast<int>(f));
    } else if (seed_total <= 1) {
      group_of[f] = 0;
      groups[0].push_back(static_cast<int>(f));
    } else {
      pending.push_back(static_cast<int>(f));
    }
  }
  for (int pass = 0; !pending.empty(); ++pass) {
    std::vector<int> still;
    for (int f : pending) {
      Geom edge_f = own(geos, GEOSBoundary_r(h, faces[f].geometry.get()), "boundary");
      double best = 0, nearest = std::numeric_limits<double>::infinity();
      int best_group = -1, nearest_group = -1;
      for (std::size_t g = 0; g < faces.size(); ++g) {
        if (group_of[g] < 0 || faces[g].wijk != wijk) continue;
        Geom edge_g = own(geos, GEOSBoundary_r(h, faces[g].geometry.get()), "boundary");
        Geom shared = own(geos, GEOSIntersection_r(h, edge_f.get(), edge_g.get()), "shared edge");
        const double len = length(geos, shared.get());
        if (len > best) best = len, best_group = group_of[g];
        const double d = distance(geos, faces[f].geometry.get(), faces[g].geometry.get());
        if (d < nearest) nearest = d, nearest_group = group_of[g];
      }
      const int chosen = best_group >= 0 ? best_group : (pass > 3 ? nearest_group : -1);
      if (chosen < 0) {
        still.push_back(f);
        continue;
      }
      group_of[f] = chosen;
      groups[chosen].push_back(f);
    }
    if (still.size() == pending.size() && pass > 5)
      throw std::logic_error("sample: unassigned buurt fragment");
    pending = std::move(still);
  }
  return groups;
}

}  // namespace leefbaar::sample::areas_detail
