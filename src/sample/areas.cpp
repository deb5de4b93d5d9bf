#include "sample/areas.hpp"

#include <algorithm>
#include <stdexcept>

#include "sample/areas_internal.hpp"
#include "sample/random.hpp"

namespace leefbaar::sample {

using namespace areas_detail;  // the steps of build_areas, each in its own file

namespace {

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
