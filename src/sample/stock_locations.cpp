// The location sources of the stock's units: which units the ERP export gives by WGS84, postcode,
// buurtcode or nothing instead of RD, and the cases a geocoder must handle (outside every buurt,
// unknown postcodes, exactly on an edge two buurten share).
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "sample/stock_internal.hpp"

namespace leefbaar::sample::stock_detail {

namespace {

std::map<std::pair<std::int64_t, std::int64_t>, std::vector<int>> vertex_owners(
    const World& world) {
  std::map<std::pair<std::int64_t, std::int64_t>, std::vector<int>> owners;
  for (std::size_t b = 0; b < world.buurten.size(); ++b) {
    for (const Polygon& part : world.buurten[b].geometry.parts) {
      for (const Ring& ring : part.rings) {
        for (const Point& p : ring) {
          auto& list = owners[{std::llround(p.x * 1000), std::llround(p.y * 1000)}];
          if (list.empty() || list.back() != static_cast<int>(b))
            list.push_back(static_cast<int>(b));
        }
      }
    }
  }
  return owners;
}

// Moves one unit of a complex in each of three Assen buurten exactly onto a vertex that its buurt
// shares with one neighbour.
void place_on_edges(World& world, std::vector<bool>& taken) {
  const auto owners = vertex_owners(world);
  for (const std::string_view name : {"Schildersbuurt", "Lariks-Zuid", "Noorderpark-Zuid"}) {
    int buurt = -1;
    for (std::size_t b = 0; b < world.buurten.size(); ++b) {
      if (world.buurten[b].name == name && world.buurten[b].gemeente == 0)
        buurt = static_cast<int>(b);
    }
    const ComplexData* complex = nullptr;
    for (const ComplexData& c : world.complexes) {
      if (c.buurt == buurt) {
        complex = &c;
        break;
      }
    }
    if (complex == nullptr) throw std::logic_error("sample: no complex for an on-edge unit");
    const int unit = complex->units.front();
    const Point from = world.units[unit].position;
    double best = 1e18;
    Point vertex{};
    int neighbour = -1;
    for (const auto& [key, list] : owners) {
      if (list.size() != 2 || (list[0] != buurt && list[1] != buurt)) continue;
      const int other = list[0] == buurt ? list[1] : list[0];
      if (world.buurten[other].spec.kind == BuurtKind::water) continue;
      const Point p{static_cast<double>(key.first) / 1000, static_cast<double>(key.second) / 1000};
      const double d = (p.x - from.x) * (p.x - from.x) + (p.y - from.y) * (p.y - from.y);
      if (d < best && clear_of_cell_lines(p)) best = d, vertex = p, neighbour = other;
    }
    if (neighbour < 0) throw std::logic_error("sample: no shared vertex for an on-edge unit");
    UnitData& u = world.units[unit];
    u.position = vertex;
    u.location = LocationKind::on_edge;
    u.xy_decimals = 3;
    taken[unit] = true;
    world.on_edge_units.push_back(unit);
    world.on_edge_buurten.push_back({buurt, neighbour});
  }
}

}  // namespace

void choose_locations(World& world, const Geos& geos) {
  const std::size_t n = world.units.size();
  std::vector<bool> taken(n, false);
  Rng rng(kSeed, "locations");
  place_on_edges(world, taken);

  // Outside every buurt: units of village gemeenten whose coordinates point into the countryside.
  std::vector<Geom> gemeenten;
  for (const GemeenteData& g : world.gemeenten)
    gemeenten.push_back(make_multipolygon(geos, g.geometry));
  std::vector<int> pool(n);
  for (std::size_t i = 0; i < n; ++i) pool[i] = static_cast<int>(i);
  rng.shuffle(pool);
  int outside = 0;
  for (int u : pool) {
    if (outside == 15) break;
    UnitData& unit = world.units[u];
    const BuurtData& b = world.buurten[unit.buurt];
    if (taken[u] || catalog()[b.gemeente].real_shapes) continue;
    const WijkSpec& village = world.wijken[b.wijk].spec;
    double dx = unit.position.x - village.x, dy = unit.position.y - village.y;
    const double len = std::sqrt(dx * dx + dy * dy) + 1e-9;
    const double reach = village.radius * 1.3 + rng.uniform(300, 1500);
    const Point p = snapped({village.x + dx / len * reach, village.y + dy / len * reach});
    Geom pt = make_point(geos, p);
    bool clear = clear_of_cell_lines(p);
    for (const Geom& g : gemeenten) clear = clear && distance(geos, pt.get(), g.get()) > 50;
    if (!clear) continue;
    unit.position = p;
    unit.location = LocationKind::outside;
    taken[u] = true;
    ++outside;
  }

  // Buurtcode only: first one unit in each buurt without scores (so wijk scores are used), then
  // any.
  int by_code = 0;
  for (std::size_t b = 0; b < world.buurten.size(); ++b) {
    if (world.buurten[b].spec.scored || world.buurten[b].unit_target < 10) continue;
    for (int u : pool) {
      if (!taken[u] && world.units[u].buurt == static_cast<int>(b)) {
        world.units[u].location = LocationKind::buurtcode;
        taken[u] = true;
        ++by_code;
        break;
      }
    }
  }

  // Whole complexes first for WGS84 (a portfolio taken over with GPS coordinates) and postcode-only
  // (not yet geocoded), then single units to reach the numbers.
  auto assign = [&](LocationKind kind, int wanted, bool complexes_first, auto&& eligible) {
    int count = 0;
    if (complexes_first) {
      std::vector<int> order(world.complexes.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
      rng.shuffle(order);
      for (int c : order) {
        const auto& units = world.complexes[c].units;
        const int size = static_cast<int>(units.size());
        if (count + size > wanted * 3 / 4) continue;
        if (std::any_of(units.begin(), units.end(),
                        [&](int u) { return taken[u] || !eligible(u); }))
          continue;
        for (int u : units) world.units[u].location = kind, taken[u] = true;
        count += size;
      }
    }
    for (int u : pool) {
      if (count == wanted) break;
      if (taken[u] || !eligible(u)) continue;
      world.units[u].location = kind;
      taken[u] = true;
      ++count;
    }
  };
  auto any = [](int) { return true; };
  assign(LocationKind::wgs84, 300, true, any);
  assign(LocationKind::postcode, 350, true, any);
  assign(LocationKind::buurtcode, 60 - by_code, false, any);
  assign(LocationKind::none, 25, false, any);

  // Unknown postcodes: ten with a known PC6 but a house number the CBS table lacks (a single house
  // with its own number), ten with a PC6 the table does not have at all (new development).
  std::map<std::pair<std::string, int>, int> sharing;
  for (const UnitData& u : world.units) sharing[{u.pc6, u.number_digits}] += 1;
  for (const AddressRow& a : world.other_addresses) sharing[{a.pc6, a.number}] += 1;
  auto single_house = [&](int u) {
    const UnitData& unit = world.units[u];
    return unit.addition.empty() && unit.number == std::to_string(unit.number_digits) &&
           sharing[{unit.pc6, unit.number_digits}] == 1;
  };
  assign(LocationKind::unknown_postcode, 10, false, single_house);
  std::set<std::string> used;
  for (const UnitData& unit : world.units) used.insert(unit.pc6);
  for (const AddressRow& a : world.other_addresses) used.insert(a.pc6);
  PostcodeBook fresh(kSeed + 1);  // its own sequence; codes already in use are skipped
  int new_pc6 = 0;
  for (int u : pool) {
    if (new_pc6 == 10) break;
    if (taken[u]) continue;
    UnitData& unit = world.units[u];
    std::string pc6;
    do {
      pc6 = fresh.fresh(world.buurten[unit.buurt].pc4);
    } while (used.count(pc6) != 0);
    used.insert(pc6);
    unit.pc6 = pc6;
    unit.location = LocationKind::unknown_postcode;
    taken[u] = true;
    ++new_pc6;
  }
}

}  // namespace leefbaar::sample::stock_detail
