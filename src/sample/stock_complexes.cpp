// The stock's complexes: their sizes and types per buurt, where each lies, and its units with
// street, house number and postcode.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "sample/stock_internal.hpp"

namespace leefbaar::sample::stock_detail {

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

}  // namespace

void build_complexes(World& world, const Geos& geos) {
  Builder builder(world, geos);
  builder.build_all();
}

}  // namespace leefbaar::sample::stock_detail
