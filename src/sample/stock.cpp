#include "sample/stock.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "sample/random.hpp"
#include "sample/wgs84.hpp"

namespace leefbaar::sample {

namespace {

// ---- where a point may go ---------------------------------------------------------------------

class BuurtShapes {
 public:
  BuurtShapes(const World& world, const Geos& geos) : geos_(geos) {
    for (const BuurtData& b : world.buurten) {
      Entry e;
      e.geometry = make_multipolygon(geos, b.geometry);
      e.inside = prepare(geos, e.geometry.get());
      e.boundary = own(geos, GEOSBoundary_r(geos.handle(), e.geometry.get()), "boundary");
      e.edge = prepare(geos, e.boundary.get());
      for (const Polygon& part : b.geometry.parts) {
        MultiPolygon single;
        single.parts.push_back(part);
        e.parts.push_back(make_multipolygon(geos, single));
      }
      entries_.push_back(std::move(e));
    }
  }

  // Distance from p to the buurt's boundary when p lies inside it; -1 otherwise.
  double margin(int buurt, Point p) const {
    const Entry& e = entries_[buurt];
    Geom pt = make_point(geos_, p);
    if (GEOSPreparedContainsProperly_r(geos_.handle(), e.inside.get(), pt.get()) != 1) return -1;
    double d = 0;
    GEOSPreparedDistance_r(geos_.handle(), e.edge.get(), pt.get(), &d);
    return d;
  }

  const GEOSGeometry* part(int buurt, std::size_t k) const {
    const Entry& e = entries_[buurt];
    return e.parts[k % e.parts.size()].get();
  }

 private:
  struct Entry {
    Geom geometry, boundary;
    Prepared inside, edge;
    std::vector<Geom> parts;
  };
  const Geos& geos_;
  std::vector<Entry> entries_;
};

// Away from the 100 m cell lines, so a point converted to WGS84 and back stays in its cell.
bool clear_of_cell_lines(Point p) {
  const double fx = p.x / 100 - std::floor(p.x / 100);
  const double fy = p.y / 100 - std::floor(p.y / 100);
  return fx > 0.006 && fx < 0.994 && fy > 0.006 && fy < 0.994;
}

Point snapped(Point p) {
  return {snap_mm(p.x), snap_mm(p.y)};
}

// ---- unit counts per buurt --------------------------------------------------------------------

void assign_unit_targets(World& world) {
  for (const WijkData& w : world.wijken) {
    Rng rng(kSeed, "units " + w.code);
    int fixed = 0;
    std::vector<int> automatic;
    for (int b : w.buurten) {
      BuurtData& buurt = world.buurten[b];
      if (buurt.spec.units >= 0) {
        buurt.unit_target = buurt.spec.units;
        fixed += buurt.unit_target;
      } else {
        automatic.push_back(b);
      }
    }
    const int remaining = w.spec.units - fixed;
    if (remaining < 0 || (automatic.empty() && remaining != 0)) {
      throw std::logic_error("sample: unit counts of " + w.code + " do not add up");
    }
    if (automatic.empty()) continue;
    double mean_area = 0;
    for (int b : automatic)
      mean_area += area(world.buurten[b].geometry) / static_cast<double>(automatic.size());
    std::vector<double> weight;
    double total = 0;
    for (int b : automatic) {
      const double size =
          std::clamp(std::sqrt(area(world.buurten[b].geometry) / mean_area), 0.6, 1.6);
      weight.push_back(size * rng.uniform(0.6, 1.4));
      total += weight.back();
    }
    // Largest remainder, ties by position.
    std::vector<std::pair<double, std::size_t>> rest;
    int given = 0;
    for (std::size_t i = 0; i < automatic.size(); ++i) {
      const double share = remaining * weight[i] / total;
      world.buurten[automatic[i]].unit_target = static_cast<int>(std::floor(share));
      given += world.buurten[automatic[i]].unit_target;
      rest.push_back({share - std::floor(share), i});
    }
    std::sort(rest.begin(), rest.end(), [](const auto& a, const auto& b) {
      return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    for (int k = 0; k < remaining - given; ++k)
      world.buurten[automatic[rest[k].second]].unit_target += 1;
  }
}

// ---- complexes --------------------------------------------------------------------------------

struct TypeMix {
  const char* type;
  double share;
  int smallest, largest;
};

const std::vector<TypeMix>& mix_for(Housing housing) {
  static const std::vector<TypeMix> centre = {{"Meergezinswoning", 0.45, 16, 120},
                                              {"Appartement", 0.35, 12, 80},
                                              {"Seniorenwoning", 0.10, 8, 40},
                                              {"Eengezinswoning", 0.10, 8, 40}};
  static const std::vector<TypeMix> town = {{"Eengezinswoning", 0.50, 8, 60},
                                            {"Meergezinswoning", 0.35, 16, 120},
                                            {"Seniorenwoning", 0.10, 8, 40},
                                            {"Appartement", 0.05, 12, 80}};
  static const std::vector<TypeMix> suburb = {{"Eengezinswoning", 0.75, 8, 60},
                                              {"Meergezinswoning", 0.10, 16, 90},
                                              {"Appartement", 0.10, 12, 60},
                                              {"Seniorenwoning", 0.05, 8, 30}};
  static const std::vector<TypeMix> village = {{"Eengezinswoning", 0.65, 8, 45},
                                               {"Seniorenwoning", 0.20, 8, 30},
                                               {"Appartement", 0.10, 12, 40},
                                               {"Meergezinswoning", 0.05, 12, 40}};
  switch (housing) {
    case Housing::centre:
      return centre;
    case Housing::town:
      return town;
    case Housing::suburb:
      return suburb;
    case Housing::village:
      break;
  }
  return village;
}

bool is_flat(const std::string& type) {
  return type == "Meergezinswoning" || type == "Appartement";
}

// Splits a buurt's units into complexes of 8-120 units (a buurt with fewer units gets one small
// complex).
std::vector<std::pair<const TypeMix*, int>> complex_sizes(int units, Housing housing, Rng& rng) {
  const auto& mix = mix_for(housing);
  std::vector<std::pair<const TypeMix*, int>> out;
  int remaining = units;
  while (remaining > 0) {
    double pick = rng.uniform();
    const TypeMix* type = &mix.back();
    for (const TypeMix& m : mix) {
      if (pick < m.share) {
        type = &m;
        break;
      }
      pick -= m.share;
    }
    int size = std::min(rng.between(type->smallest, type->largest), remaining);
    const int left = remaining - size;
    if (left > 0 && left < 8) size = size + left <= 120 ? remaining : remaining - 8;
    if (units < 8) type = &mix.front();
    out.push_back({type, size});
    remaining -= size;
  }
  return out;
}

// ---- addresses --------------------------------------------------------------------------------

class PostcodeBook {
 public:
  explicit PostcodeBook(std::uint64_t seed) : rng_(seed, "postcodes") {}
  // A PC6 never handed out before in this PC4 ("9401AB").
  std::string fresh(const std::string& pc4) {
    static constexpr std::string_view letters = "ABCDEGHJKLMNPRSTVWXZ";
    auto [it, inserted] = next_.try_emplace(pc4, 0);
    if (inserted) it->second = rng_.between(0, 60);
    for (;;) {
      const int k = it->second;
      it->second += rng_.between(1, 3);
      if (k >= static_cast<int>(letters.size() * letters.size()))
        throw std::logic_error("sample: PC4 " + pc4 + " is full");
      const std::string pair{letters[k / letters.size()], letters[k % letters.size()]};
      if (pair == "SA" || pair == "SD" || pair == "SS") continue;
      return pc4 + pair;
    }
  }

 private:
  Rng rng_;
  std::map<std::string, int> next_;
};

struct Builder {
  World& world;
  const Geos& geos;
  BuurtShapes shapes;
  PostcodeBook postcodes{kSeed};
  std::map<std::pair<std::string, std::string>, int>
      next_number;                            // (plaats, straat) -> next free number
  std::map<int, std::vector<Point>> centres;  // complex centres per buurt so far
  int next_complex = 1001;
  int next_unit = 10000;
  Rng rng{kSeed, "stock"};

  Builder(World& w, const Geos& g) : world(w), geos(g), shapes(w, g) {}

  std::vector<std::string> streets_of(const BuurtData& b) const {
    std::vector<std::string> streets = world.wijken[b.wijk].spec.streets;
    if (world.wijken[b.wijk].spec.housing == Housing::village) {
      for (const std::string& s : village_streets()) streets.push_back(s);
    }
    return streets;
  }

  // A point inside the buurt part, at least `want` metres from its edge if possible, and as far as
  // possible from the buurt's other complexes (best of 15 such points).
  Point complex_centre(int buurt, std::size_t part, double want) {
    const GEOSGeometry* g = shapes.part(buurt, part);
    const Box box = envelope(geos, g);
    const std::vector<Point>& others = centres[buurt];
    Point best{};
    double best_margin = -1, best_spread = -1;
    for (int tries = 0, good = 0; tries < 600 && good < 15; ++tries) {
      const Point p =
          snapped({rng.uniform(box.min_x, box.max_x), rng.uniform(box.min_y, box.max_y)});
      Geom pt = make_point(geos, p);
      if (GEOSContains_r(geos.handle(), g, pt.get()) != 1 || !clear_of_cell_lines(p)) continue;
      const double m = shapes.margin(buurt, p);
      double spread = 1e9;
      for (const Point& o : others)
        spread = std::min(spread, std::sqrt((o.x - p.x) * (o.x - p.x) + (o.y - p.y) * (o.y - p.y)));
      if (m >= want) {
        ++good;
        if (best_margin < want || spread > best_spread)
          best = p, best_margin = m, best_spread = spread;
      } else if (best_margin < want && m > best_margin) {
        best = p, best_margin = m;
      }
    }
    if (best_margin < 3)
      throw std::logic_error("sample: no room for a complex in " + world.buurten[buurt].code);
    centres[buurt].push_back(best);
    return best;
  }

  // Pulls p towards the centre until it lies well inside the buurt and away from cell lines.
  Point settle(int buurt, Point centre, Point p) {
    for (int k = 0; k < 12; ++k) {
      p = snapped(p);
      if (shapes.margin(buurt, p) >= 2.5 && clear_of_cell_lines(p)) return p;
      p = {centre.x + (p.x - centre.x) * 0.6 + rng.uniform(-0.7, 0.7),
           centre.y + (p.y - centre.y) * 0.6 + rng.uniform(-0.7, 0.7)};
    }
    return centre;
  }

  std::string new_vhe() {
    next_unit += rng.between(1, 3);
    return fmt::format("{:07d}", next_unit);
  }

  void build_complex(int buurt, const TypeMix& type, int size, std::size_t part) {
    const BuurtData& b = world.buurten[buurt];
    const WijkData& w = world.wijken[b.wijk];
    ComplexData c;
    next_complex += rng.between(1, 4);
    c.id = "C" + std::to_string(next_complex);
    c.buurt = buurt;
    c.type = type.type;
    c.built = rng.between(w.spec.built_from, w.spec.built_to);
    if (b.spec.name == "Kloosterveste") c.built = rng.between(2016, 2021);
    const bool daeb_complex = !rng.chance(0.06);
    const int ci = static_cast<int>(world.complexes.size());

    const Point centre = complex_centre(buurt, part, 30);
    double ux = rng.uniform(-1, 1), uy = rng.uniform(-1, 1);
    const double norm = std::sqrt(ux * ux + uy * uy) + 1e-9;
    ux /= norm, uy /= norm;

    const std::vector<std::string> streets = streets_of(b);
    const std::string& street = streets[rng.below(streets.size())];
    auto [slot, fresh_street] = next_number.try_emplace({b.place, street}, 1);
    if (fresh_street) slot->second = rng.between(1, 30);
    int& next = slot->second;

    std::string pc6 = postcodes.fresh(b.pc4);
    int numbers_in_pc6 = 0;
    auto add_unit = [&](Point p, int number, std::string huisnummer, std::string addition) {
      UnitData u;
      u.vhe = new_vhe();
      u.complex = ci;
      u.buurt = buurt;
      u.position = settle(buurt, centre, p);
      u.street = street;
      u.number = std::move(huisnummer);
      u.addition = std::move(addition);
      u.number_digits = number;
      u.pc6 = pc6;
      u.postcode_with_space = rng.chance(0.7);
      u.xy_decimals = rng.chance(0.6) ? 2 : 3;
      u.daeb = daeb_complex ? !rng.chance(0.03) : false;
      c.units.push_back(static_cast<int>(world.units.size()));
      world.units.push_back(std::move(u));
    };
    auto add_gap = [&](int count) {  // private homes between the corporation's
      for (int k = 0; k < count; ++k) world.other_addresses.push_back({pc6, next++, buurt});
    };

    if (!is_flat(c.type)) {
      // Terraced houses on both sides of short streets, eight houses per street, the streets laid
      // out in a block pattern.
      bool last_had_letter = true;
      const int rows = (size + 7) / 8;
      const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(rows))));
      const int lines = (rows + columns - 1) / columns;
      for (int i = 0; i < size; ++i) {
        const int row = i / 8, in_row = i % 8;
        const double along =
            (row % columns - (columns - 1) / 2.0) * 110.0 + (in_row / 2 - 1.5) * 8.0;
        const double side =
            (row / columns - (lines - 1) / 2.0) * 75.0 + (in_row % 2 == 0 ? 9.0 : -9.0);
        const Point p{centre.x + along * ux - side * uy, centre.y + along * uy + side * ux};
        if (i > 0 && !last_had_letter && rng.chance(0.03)) {
          add_unit(p, next - 1, std::to_string(next - 1) + "a", "");
          last_had_letter = true;
          continue;
        }
        if (numbers_in_pc6 >= 24) pc6 = postcodes.fresh(b.pc4), numbers_in_pc6 = 0;
        add_unit(p, next, std::to_string(next), "");
        ++next, ++numbers_in_pc6;
        last_had_letter = false;
      }
      add_gap(rng.between(0, 12));
    } else {
      // Blocks of flats: each block one address point with several units, written in one of the
      // ways ERP exports do (toevoeging 1..n, letters in the number, toevoeging A..H, own numbers).
      int done = 0;
      for (int block = 0; done < size; ++block) {
        int n = std::min(rng.between(8, 18), size - done);
        if (size - done - n < 4) n = size - done;
        const double along = (block / 2 - 1.5) * 95.0;
        const double side = (block % 2 == 0 ? 45.0 : -45.0);
        const Point bp{centre.x + along * ux - side * uy, centre.y + along * uy + side * ux};
        if (block > 0) pc6 = postcodes.fresh(b.pc4);
        const int style = rng.between(0, 3);
        const int base = next;
        for (int k = 0; k < n; ++k) {
          const Point p{bp.x + rng.uniform(-4, 4), bp.y + rng.uniform(-4, 4)};
          switch (style) {
            case 0:
              add_unit(p, base, std::to_string(base), std::to_string(k + 1));
              break;
            case 1:
              add_unit(p, base, std::to_string(base) + static_cast<char>('a' + k), "");
              break;
            case 2:
              add_unit(p, base, std::to_string(base), std::string(1, static_cast<char>('A' + k)));
              break;
            default:
              add_unit(p, base + k, std::to_string(base + k), "");
              break;
          }
        }
        next = style == 3 ? base + n : base + 1;
        add_gap(rng.between(0, 4));
        done += n;
      }
    }
    world.complexes.push_back(std::move(c));
  }

  void build_all() {
    for (std::size_t bi = 0; bi < world.buurten.size(); ++bi) {
      const BuurtData& b = world.buurten[bi];
      if (b.unit_target == 0) continue;
      Rng sizes_rng(kSeed, "complexes " + b.code);
      const auto sizes = complex_sizes(b.unit_target, world.wijken[b.wijk].spec.housing, sizes_rng);
      for (std::size_t k = 0; k < sizes.size(); ++k)
        build_complex(static_cast<int>(bi), *sizes[k].first, sizes[k].second, k);
    }
  }
};

// ---- location sources -------------------------------------------------------------------------

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

void write_coordinates(World& world) {
  const RdToWgs84 to_wgs84;
  for (UnitData& u : world.units) {
    u.written = u.position;
    if (u.location == LocationKind::wgs84 && !to_wgs84.convert(u.position, u.lat, u.lon)) {
      throw std::runtime_error("PROJ could not convert a sample point to WGS84");
    }
  }
}

}  // namespace

void build_stock(World& world, const Geos& geos) {
  assign_unit_targets(world);
  Builder builder(world, geos);
  builder.build_all();
  choose_locations(world, geos);
  write_coordinates(world);
}

}  // namespace leefbaar::sample
