#include "sample/areas.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <numbers>
#include <stdexcept>

#include "sample/embedded_wijken.hpp"
#include "sample/random.hpp"

namespace leefbaar::sample {

namespace {

constexpr double kGrid = 0.001;  // every vertex lies on a millimetre grid

// ---- wijk shapes ------------------------------------------------------------------------------

struct RealWijk {
  std::string code, name;
  MultiPolygon shape;
};

Ring ring_of(const nlohmann::json& coords) {
  Ring ring;
  for (const auto& c : coords) ring.push_back({c.at(0).get<double>(), c.at(1).get<double>()});
  if (ring.size() > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y)
    ring.pop_back();
  return ring;
}

Polygon polygon_of(const nlohmann::json& coords) {
  Polygon polygon;
  for (const auto& r : coords) polygon.rings.push_back(ring_of(r));
  return polygon;
}

std::vector<RealWijk> real_wijken() {
  const auto doc = nlohmann::json::parse(embedded_wijken_geojson());
  std::vector<RealWijk> out;
  for (const auto& feature : doc.at("features")) {
    RealWijk w;
    w.code = feature.at("properties").at("statcode").get<std::string>();
    w.name = feature.at("properties").at("statnaam").get<std::string>();
    const auto& geometry = feature.at("geometry");
    const std::string type = geometry.at("type").get<std::string>();
    if (type == "Polygon") {
      w.shape.parts.push_back(polygon_of(geometry.at("coordinates")));
    } else {
      for (const auto& p : geometry.at("coordinates")) w.shape.parts.push_back(polygon_of(p));
    }
    normalise(w.shape);
    out.push_back(std::move(w));
  }
  std::sort(out.begin(), out.end(),
            [](const RealWijk& a, const RealWijk& b) { return a.code < b.code; });
  return out;
}

// "Wijk 50 Hoogeveen" -> "Hoogeveen"; other names unchanged.
std::string without_wijk_number(const std::string& name) {
  for (std::string_view prefix : {"Wijk ", "Wijke "}) {
    if (name.rfind(prefix, 0) != 0) continue;
    std::size_t i = prefix.size();
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i])) != 0) ++i;
    if (i > prefix.size() && i < name.size() && name[i] == ' ') return name.substr(i + 1);
  }
  return name;
}

// Settings for a real wijk without units: one buurt, or two when the wijk is large and rural.
WijkSpec derived_spec(const RealWijk& w, const std::string& place, double wijk_area) {
  WijkSpec spec;
  spec.code = w.code;
  spec.place = place;
  const std::string base = without_wijk_number(w.name);
  spec.buurten.emplace_back(base);
  if (wijk_area > 8e6) spec.buurten.emplace_back("Verspreide huizen " + base);
  return spec;
}

// An irregular blob of 16 vertices around the village centre, in whole metres.
MultiPolygon village_shape(const WijkSpec& spec) {
  Rng rng(kSeed, "village " + spec.code);
  constexpr int n = 16;
  std::array<double, n> radius{};
  for (double& r : radius) r = rng.uniform(0.72, 1.22);
  Ring ring;
  for (int i = 0; i < n; ++i) {
    const double r =
        (radius[(i + n - 1) % n] + 2 * radius[i] + radius[(i + 1) % n]) / 4 * spec.radius;
    const double angle = 2 * std::numbers::pi * (i + rng.uniform(-0.3, 0.3)) / n;
    ring.push_back({std::round(spec.x + r * std::cos(angle)),
                    std::round(spec.y + r * std::sin(angle) * 0.85)});
  }
  MultiPolygon shape;
  shape.parts.push_back(Polygon{{ring}});
  normalise(shape);
  return shape;
}

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

// ---- seeds ------------------------------------------------------------------------------------

// Best-candidate sampling: each seed is the best of 40 random points inside the shape, far from the
// seeds so far and from the shape's edge.
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

struct Face {
  Geom geometry;
  int wijk = -1;
  int seed = -1;  // index into the wijk's seeds; -1: a fragment without a seed
};

// The linework of all wijk boundaries and the ragged Voronoi edges inside each wijk, noded on a
// millimetre grid, cut into faces.
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

// Assigns each fragment face to the seeded group it shares the longest edge with (or the nearest).
// Returns per seed the faces of its buurt.
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

MultiPolygon union_of(const Geos& geos, std::vector<Geom> parts) {
  if (parts.size() == 1) return to_multipolygon(geos, parts.front().get());
  Geom all = make_collection(geos, GEOS_GEOMETRYCOLLECTION, std::move(parts));
  Geom u = own(geos, GEOSUnaryUnionPrec_r(geos.handle(), all.get(), kGrid), "union");
  return to_multipolygon(geos, u.get());
}

MultiPolygon union_of(const Geos& geos, const std::vector<const MultiPolygon*>& geometries) {
  std::vector<Geom> parts;
  for (const MultiPolygon* g : geometries) parts.push_back(make_multipolygon(geos, *g));
  Geom all = make_collection(geos, GEOS_GEOMETRYCOLLECTION, std::move(parts));
  Geom u = own(geos, GEOSUnaryUnionPrec_r(geos.handle(), all.get(), kGrid), "union");
  return to_multipolygon(geos, u.get());
}

// A small jittered ring inside the host buurt, cut out of it as a hole and made a buurt of its own.
MultiPolygon carve_enclave(const Geos& geos, BuurtData& host) {
  const auto h = geos.handle();
  Geom g = make_multipolygon(geos, host.geometry);
  Geom circle = own(geos, GEOSMaximumInscribedCircle_r(h, g.get(), 1.0), "inscribed circle");
  const std::vector<Point> radius_line = line_points(geos, circle.get());
  const Point centre{std::round(radius_line.front().x), std::round(radius_line.front().y)};
  const double room = length(geos, circle.get());
  const double r0 = std::min(0.45 * room, 130.0);
  if (r0 < 40) throw std::logic_error("sample: no room for the enclave in " + host.name);
  Rng rng(kSeed, "enclave");
  Ring ring;
  constexpr int n = 14;
  for (int i = 0; i < n; ++i) {
    const double angle = 2 * std::numbers::pi * (i + rng.uniform(-0.25, 0.25)) / n;
    const double r = r0 * rng.uniform(0.85, 1.15);
    ring.push_back(
        {snap_mm(centre.x + r * std::cos(angle)), snap_mm(centre.y + r * std::sin(angle))});
  }
  Geom pt = make_point(geos, centre);
  bool placed = false;
  for (Polygon& part : host.geometry.parts) {
    Geom pg = make_polygon(geos, part);
    if (GEOSContains_r(h, pg.get(), pt.get()) == 1) {
      part.rings.push_back(ring);
      placed = true;
      break;
    }
  }
  if (!placed) throw std::logic_error("sample: enclave centre outside its host");
  normalise(host.geometry);
  MultiPolygon enclave;
  enclave.parts.push_back(Polygon{{ring}});
  normalise(enclave);
  return enclave;
}

std::string two_digits(int n) {
  return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

// Names and codes the buurten of one wijk from its tiled groups.
void make_buurten(World& world, const Geos& geos, int w, const std::vector<Face>& faces,
                  const std::vector<std::vector<int>>& groups, const std::vector<Point>& seeds) {
  const auto h = geos.handle();
  WijkData& wijk = world.wijken[w];
  const std::vector<BuurtSpec>& specs = wijk.spec.buurten;

  std::vector<MultiPolygon> group_geometry;
  for (const auto& group : groups) {
    std::vector<Geom> parts;
    for (int f : group) parts.push_back(clone(geos, faces[f].geometry.get()));
    group_geometry.push_back(union_of(geos, std::move(parts)));
  }
  // North to south, then west to east.
  std::vector<int> order(groups.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  if (!seeds.empty()) {
    std::sort(order.begin(), order.end(), [&](int a, int b) {
      return seeds[a].y > seeds[b].y || (seeds[a].y == seeds[b].y && seeds[a].x < seeds[b].x);
    });
  }

  std::vector<int> spec_of_group(groups.size(), -1);
  std::vector<int> free_groups = order;
  for (std::size_t s = 0; s < specs.size(); ++s) {
    if (specs[s].kind == BuurtKind::water) {
      spec_of_group[free_groups.back()] = static_cast<int>(s);  // the southernmost
      free_groups.pop_back();
    }
  }
  for (std::size_t s = 0; s < specs.size(); ++s) {
    if (specs[s].kind != BuurtKind::multipart) continue;
    bool done = false;
    for (std::size_t i = 0; i < free_groups.size() && !done; ++i) {
      for (std::size_t j = i + 1; j < free_groups.size() && !done; ++j) {
        Geom a = make_multipolygon(geos, group_geometry[free_groups[i]]);
        Geom b = make_multipolygon(geos, group_geometry[free_groups[j]]);
        if (GEOSIntersects_r(h, a.get(), b.get()) != 0) continue;
        spec_of_group[free_groups[i]] = spec_of_group[free_groups[j]] = static_cast<int>(s);
        free_groups.erase(free_groups.begin() + static_cast<std::ptrdiff_t>(j));
        free_groups.erase(free_groups.begin() + static_cast<std::ptrdiff_t>(i));
        done = true;
      }
    }
    if (!done) throw std::logic_error("sample: no two separate faces for the two-part buurt");
  }
  std::size_t next_free = 0;
  for (std::size_t s = 0; s < specs.size(); ++s) {
    if (specs[s].kind != BuurtKind::normal) continue;
    if (next_free >= free_groups.size()) throw std::logic_error("sample: fewer faces than buurten");
    spec_of_group[free_groups[next_free++]] = static_cast<int>(s);
  }

  auto add_buurt = [&](int spec_index, MultiPolygon geometry, Point seed) {
    BuurtData b;
    const int number = static_cast<int>(wijk.buurten.size()) + 1;
    b.code = "BU" + wijk.code.substr(2) + two_digits(number);
    b.spec = specs[spec_index];
    b.name = b.spec.name;
    b.place = b.spec.place.empty() ? wijk.spec.place : b.spec.place;
    if (!wijk.spec.pc4s.empty()) b.pc4 = wijk.spec.pc4s[(number - 1) % wijk.spec.pc4s.size()];
    b.wijk = w;
    b.gemeente = wijk.gemeente;
    b.geometry = std::move(geometry);
    b.seed = seed;
    wijk.buurten.push_back(static_cast<int>(world.buurten.size()));
    world.buurten.push_back(std::move(b));
    return static_cast<int>(world.buurten.size()) - 1;
  };

  std::vector<bool> done(groups.size(), false);
  for (int g : order) {
    if (done[g]) continue;
    const int s = spec_of_group[g];
    if (s < 0) throw std::logic_error("sample: a face without a buurt");
    MultiPolygon geometry = group_geometry[g];
    done[g] = true;
    if (specs[s].kind == BuurtKind::multipart) {
      for (int other : order) {
        if (other != g && spec_of_group[other] == s) {
          for (const Polygon& p : group_geometry[other].parts) geometry.parts.push_back(p);
          done[other] = true;
        }
      }
      normalise(geometry);
    }
    const int index = add_buurt(s, std::move(geometry), seeds.empty() ? Point{} : seeds[g]);
    if (specs[s].kind == BuurtKind::multipart) world.multipart = index;
    if (specs[s].kind == BuurtKind::water) world.water = index;
  }
  for (std::size_t s = 0; s < specs.size(); ++s) {
    if (specs[s].kind != BuurtKind::enclave) continue;
    int host = -1;
    for (int b : wijk.buurten) {
      if (world.buurten[b].name == specs[s].host) host = b;
    }
    if (host < 0) throw std::logic_error("sample: enclave host not found");
    MultiPolygon ring = carve_enclave(geos, world.buurten[host]);
    const Point seed = ring.parts.front().rings.front().front();
    world.enclave = add_buurt(static_cast<int>(s), std::move(ring), seed);
    world.enclave_host = host;
  }
}

void check_buurten(const World& world, const Geos& geos) {
  for (const BuurtData& b : world.buurten) {
    Geom g = make_multipolygon(geos, b.geometry);
    if (GEOSisValid_r(geos.handle(), g.get()) != 1)
      throw std::logic_error("sample: invalid buurt " + b.code);
    const bool multi_allowed =
        b.spec.kind == BuurtKind::multipart || world.wijken[b.wijk].shape.parts.size() > 1;
    if (b.geometry.parts.size() > 1 && !multi_allowed) {
      throw std::logic_error("sample: buurt " + b.code + " fell apart into " +
                             std::to_string(b.geometry.parts.size()) + " parts");
    }
  }
}

}  // namespace

void build_areas(World& world, const Geos& geos) {
  const auto h = geos.handle();
  const std::vector<RealWijk> real = real_wijken();

  for (const GemeenteSpec& gs : catalog()) {
    GemeenteData g;
    g.code = gs.code;
    g.name = gs.name;
    g.number = std::stoi(gs.code.substr(2));
    g.base = gs.base;
    const int gi = static_cast<int>(world.gemeenten.size());
    auto add_wijk = [&](WijkSpec spec, std::string name, MultiPolygon shape) {
      WijkData w;
      w.code = spec.code;
      w.name = std::move(name);
      w.gemeente = gi;
      w.spec = std::move(spec);
      w.shape = std::move(shape);
      g.wijken.push_back(static_cast<int>(world.wijken.size()));
      world.wijken.push_back(std::move(w));
    };
    if (gs.real_shapes) {
      const std::string prefix = "WK" + gs.code.substr(2);
      for (const RealWijk& rw : real) {
        if (rw.code.rfind(prefix, 0) != 0) continue;
        auto it = std::find_if(gs.wijken.begin(), gs.wijken.end(),
                               [&](const WijkSpec& s) { return s.code == rw.code; });
        WijkSpec spec = it != gs.wijken.end() ? *it : derived_spec(rw, gs.name, area(rw.shape));
        add_wijk(std::move(spec), rw.name, rw.shape);
      }
    } else {
      for (const WijkSpec& spec : gs.wijken) add_wijk(spec, spec.name, village_shape(spec));
    }
    world.gemeenten.push_back(std::move(g));
  }

  // The synthetic villages must not touch any other wijk.
  std::vector<Geom> shapes;
  for (const WijkData& w : world.wijken) shapes.push_back(make_multipolygon(geos, w.shape));
  for (std::size_t a = 0; a < shapes.size(); ++a) {
    if (GEOSisValid_r(h, shapes[a].get()) != 1)
      throw std::logic_error("sample: invalid wijk shape " + world.wijken[a].code);
    if (catalog()[world.wijken[a].gemeente].real_shapes) continue;
    for (std::size_t b = 0; b < shapes.size(); ++b) {
      if (a != b && GEOSIntersects_r(h, shapes[a].get(), shapes[b].get()) != 0) {
        throw std::logic_error("sample: village " + world.wijken[a].code + " touches " +
                               world.wijken[b].code);
      }
    }
  }

  std::vector<std::vector<Point>> seeds;
  for (std::size_t w = 0; w < world.wijken.size(); ++w) {
    Rng rng(kSeed, "seeds " + world.wijken[w].code);
    const int n = seed_count(world.wijken[w].spec);
    seeds.push_back(n >= 2 ? place_seeds(geos, shapes[w].get(), n, rng) : std::vector<Point>{});
  }
  const std::vector<Face> faces = polygonize(geos, shapes, seeds);
  for (std::size_t w = 0; w < world.wijken.size(); ++w) {
    const auto groups = group_faces(geos, faces, static_cast<int>(w), seeds[w].size());
    make_buurten(world, geos, static_cast<int>(w), faces, groups, seeds[w]);
  }
  check_buurten(world, geos);

  for (WijkData& w : world.wijken) {
    std::vector<const MultiPolygon*> parts;
    for (int b : w.buurten) parts.push_back(&world.buurten[b].geometry);
    w.geometry = union_of(geos, parts);
  }
  for (GemeenteData& g : world.gemeenten) {
    std::vector<const MultiPolygon*> parts;
    for (int w : g.wijken) parts.push_back(&world.wijken[w].geometry);
    g.geometry = union_of(geos, parts);
  }
}

}  // namespace leefbaar::sample
