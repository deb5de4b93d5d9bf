// The buurten of each wijk from its tiled faces: the special cases (water, two-part buurt,
// enclave) given their faces, then codes, names, places and postcodes.
#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "sample/areas_internal.hpp"

namespace leefbaar::sample::areas_detail {

namespace {

// The union of the parts on the millimetre grid.
MultiPolygon union_all(const Geos& geos, std::vector<Geom> parts) {
  Geom all = make_collection(geos, GEOS_GEOMETRYCOLLECTION, std::move(parts));
  Geom u = own(geos, GEOSUnaryUnionPrec_r(geos.handle(), all.get(), kGrid), "union");
  return to_multipolygon(geos, u.get());
}

// A single face is taken as it is: no union, so its vertices stay as polygonize made them.
MultiPolygon union_of(const Geos& geos, std::vector<Geom> parts) {
  if (parts.size() == 1) return to_multipolygon(geos, parts.front().get());
  return union_all(geos, std::move(parts));
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

}  // namespace

MultiPolygon union_of(const Geos& geos, const std::vector<const MultiPolygon*>& geometries) {
  std::vector<Geom> parts;
  for (const MultiPolygon* g : geometries) parts.push_back(make_multipolygon(geos, *g));
  return union_all(geos, std::move(parts));
}

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

}  // namespace leefbaar::sample::areas_detail
