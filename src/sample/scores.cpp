#include "sample/scores.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

#include "sample/random.hpp"

namespace leefbaar::sample {

namespace {

constexpr int kDims = 5;

// How far each dimension varies: local buurt effects, cell noise, the spatial field.
constexpr Dims kBuurtSpread = {0.006, 0.012, 0.008, 0.008, 0.006};
constexpr Dims kQuality = {0.006, 0.04, 0.015, 0.0, 0.03};  // effect of a buurt's quality -1..+1
constexpr Dims kCellSpread = {0.007, 0.011, 0.007, 0.008, 0.008};
constexpr Dims kFieldSpread = {0.010, 0.012, 0.008, 0.020, 0.008};

// National shifts between editions (the model is recalibrated now and then).
Dims edition_shift(int year) {
  switch (year) {
    case 2014:
      return {0.0, 0.0, 0.0, 0.0, 0.0};
    case 2016:
      return {0.002, -0.004, -0.002, 0.002, 0.003};
    case 2018:
      return {0.004, -0.008, -0.003, 0.005, 0.006};
    case 2020:
      return {0.003, -0.004, -0.004, 0.006, 0.008};
    case 2022:
      return {0.006, -0.002, -0.005, 0.008, 0.010};
    default:
      return {0.007, -0.006, -0.006, 0.009, 0.011};
  }
}

class Field {
 public:
  explicit Field(const World& world) : world_(world) {
    for (const BuurtData& b : world.buurten) {
      Rng rng(kSeed, "buurt effect " + b.code);
      Dims effect{}, trend{};
      for (int d = 0; d < kDims; ++d) {
        effect[d] = b.spec.quality * kQuality[d] + kBuurtSpread[d] * rng.normal();
        trend[d] = 0.004 * rng.normal();
      }
      effect_.push_back(effect);
      trend_.push_back(trend);
    }
  }

  // The value of every dimension at p, without the buurt's own effect when buurt < 0.
  Dims at(Point p, int wijk, int buurt, int year) const {
    const WijkData& w = world_.wijken[wijk];
    const GemeenteData& g = world_.gemeenten[w.gemeente];
    const double decade = (year - 2014) / 10.0;
    const Dims shift = edition_shift(year);
    Dims v{};
    for (int d = 0; d < kDims; ++d) {
      const auto seed = static_cast<std::uint64_t>(d) * 7919 + kSeed;
      const double field = kFieldSpread[d] * (0.7 * value_noise(p.x / 1500, p.y / 1500, seed) +
                                              0.3 * value_noise(p.x / 450, p.y / 450, seed + 1));
      v[d] = g.base[d] + w.spec.effect[d] + w.spec.trend[d] * decade + shift[d] + field;
      if (buurt >= 0) v[d] += effect_[buurt][d] + trend_[buurt][d] * decade;
    }
    return v;
  }

 private:
  const World& world_;
  std::vector<Dims> effect_, trend_;
};

Dims& operator+=(Dims& a, const Dims& b) {
  for (int d = 0; d < kDims; ++d) a[d] += b[d];
  return a;
}

Dims scaled(Dims a, double f) {
  for (double& v : a) v *= f;
  return a;
}

Dims noise(Rng& rng, const Dims& spread, double factor) {
  Dims out{};
  for (int d = 0; d < kDims; ++d) out[d] = spread[d] * factor * rng.normal();
  return out;
}

bool located_by_coordinates(const UnitData& u) {
  return u.location == LocationKind::rd || u.location == LocationKind::wgs84 ||
         u.location == LocationKind::on_edge;
}

std::string grid_id(std::pair<std::int64_t, std::int64_t> cell) {
  const std::uint64_t h = hash_combine(hash_combine(kSeed, static_cast<std::uint64_t>(cell.first)),
                                       static_cast<std::uint64_t>(cell.second));
  return fmt::format("{:010x}", h >> 24);
}

void sort_rows(std::vector<ScoreArea>& rows) {
  std::sort(rows.begin(), rows.end(),
            [](const ScoreArea& a, const ScoreArea& b) { return a.code < b.code; });
}

}  // namespace

std::pair<std::int64_t, std::int64_t> cell_of(Point p) {
  return {static_cast<std::int64_t>(std::floor(p.x / 100)) * 100,
          static_cast<std::int64_t>(std::floor(p.y / 100)) * 100};
}

void build_scores(World& world, const Geos& geos) {
  const Field field(world);
  Rng rng(kSeed, "scores");

  // The field at every unit's true position, per edition (outside units do not count).
  std::vector<std::map<int, Dims>> at_unit(world.units.size());
  for (std::size_t u = 0; u < world.units.size(); ++u) {
    const UnitData& unit = world.units[u];
    if (unit.location == LocationKind::outside) continue;
    for (int year : kEditions)
      at_unit[u][year] = field.at(unit.position, world.buurten[unit.buurt].wijk, unit.buurt, year);
  }

  auto area_rows = [&](const std::string& code, const std::string& name,
                       const std::vector<int>& units, Point inside, int wijk, int buurt) {
    ScoreArea area{code, name, {}};
    Rng area_rng(kSeed, "rows " + code);
    for (int year : kEditions) {
      Dims mean{};
      if (!units.empty()) {
        for (int u : units) mean += at_unit[u][year];
        mean = scaled(mean, 1.0 / static_cast<double>(units.size()));
      } else {
        mean = field.at(inside, wijk, buurt, year);
      }
      mean += noise(area_rng, {0.002, 0.002, 0.002, 0.002, 0.002}, 1.0);
      area.rows[year] = mean;
    }
    return area;
  };

  std::vector<std::vector<int>> units_of_buurt(world.buurten.size()),
      units_of_wijk(world.wijken.size()), units_of_gemeente(world.gemeenten.size());
  std::map<std::string, std::vector<int>> units_of_pc4;
  for (std::size_t u = 0; u < world.units.size(); ++u) {
    const UnitData& unit = world.units[u];
    if (unit.location == LocationKind::outside) continue;
    const BuurtData& b = world.buurten[unit.buurt];
    units_of_buurt[unit.buurt].push_back(static_cast<int>(u));
    units_of_wijk[b.wijk].push_back(static_cast<int>(u));
    units_of_gemeente[b.gemeente].push_back(static_cast<int>(u));
    units_of_pc4[unit.pc6.substr(0, 4)].push_back(static_cast<int>(u));
  }

  for (std::size_t b = 0; b < world.buurten.size(); ++b) {
    const BuurtData& buurt = world.buurten[b];
    if (!buurt.spec.scored) continue;
    Geom g = make_multipolygon(geos, buurt.geometry);
    world.buurt_scores.push_back(area_rows(buurt.code, buurt.name, units_of_buurt[b],
                                           point_on_surface(geos, g.get()), buurt.wijk,
                                           static_cast<int>(b)));
  }
  for (std::size_t w = 0; w < world.wijken.size(); ++w) {
    const WijkData& wijk = world.wijken[w];
    Geom g = make_multipolygon(geos, wijk.geometry);
    world.wijk_scores.push_back(area_rows(wijk.code, wijk.name, units_of_wijk[w],
                                          point_on_surface(geos, g.get()), static_cast<int>(w),
                                          -1));
  }
  for (std::size_t g = 0; g < world.gemeenten.size(); ++g) {
    const GemeenteData& gemeente = world.gemeenten[g];
    world.gemeente_scores.push_back(area_rows(gemeente.code, gemeente.name, units_of_gemeente[g],
                                              {}, gemeente.wijken.front(), -1));
  }
  for (const auto& [pc4, units] : units_of_pc4)
    world.pc4_scores.push_back(area_rows(pc4, "", units, {}, 0, -1));

  // Grid cells: every cell that holds units located by coordinates. The grid leaves out cells in
  // buurten without scores, some cells with few homes, and cells built up after an edition.
  struct Cell {
    std::map<int, int> units_per_buurt;
    int first_built = 9999;
    int units = 0;
  };
  std::map<std::pair<std::int64_t, std::int64_t>, Cell> cells;
  for (const UnitData& u : world.units) {
    if (!located_by_coordinates(u)) continue;
    Cell& c = cells[cell_of(u.position)];
    c.units_per_buurt[u.buurt] += 1;
    c.first_built = std::min(c.first_built, world.complexes[u.complex].built);
    c.units += 1;
  }
  Rng cell_rng(kSeed, "cells");
  std::set<std::string> ids;
  for (const auto& [key, cell] : cells) {
    const std::string id = grid_id(key);
    if (!ids.insert(id).second) throw std::logic_error("sample: two cells with one grid id");
    world.grid_id_of_cell[key] = id;
    int buurt = -1, most = 0;
    bool unscored = false;
    for (const auto& [b, n] : cell.units_per_buurt) {
      if (n > most) most = n, buurt = b;
      unscored = unscored || !world.buurten[b].spec.scored;
    }
    const bool sparse = cell.units <= 3 && cell_rng.chance(0.12);
    const Dims own = noise(cell_rng, kCellSpread, 1.0);
    if (unscored || sparse) continue;
    ScoreArea area{id, "", {}};
    const Point centre{static_cast<double>(key.first) + 50, static_cast<double>(key.second) + 50};
    for (int year : kEditions) {
      Dims v = field.at(centre, world.buurten[buurt].wijk, buurt, year);
      v += own;
      v += noise(cell_rng, kCellSpread, 0.25);
      if (year >= cell.first_built) area.rows[year] = v;
    }
    if (!area.rows.empty()) world.grid.push_back(std::move(area));
  }

  sort_rows(world.grid);
  sort_rows(world.buurt_scores);
  sort_rows(world.pc4_scores);
  sort_rows(world.wijk_scores);
  sort_rows(world.gemeente_scores);
}

Expectation expect(const World& world, int edition) {
  auto index = [&](const std::vector<ScoreArea>& rows) {
    std::map<std::string, const Dims*> out;
    for (const ScoreArea& a : rows) {
      auto it = a.rows.find(edition);
      if (it != a.rows.end()) out[a.code] = &it->second;
    }
    return out;
  };
  const auto grid = index(world.grid), buurt = index(world.buurt_scores),
             pc4 = index(world.pc4_scores), wijk = index(world.wijk_scores),
             gemeente = index(world.gemeente_scores);

  struct Scored {
    int buurt, gemeente;
    double afw, won;
  };
  std::vector<Scored> scored;
  Expectation e;
  for (const UnitData& u : world.units) {
    const bool coupled = u.location != LocationKind::none && u.location != LocationKind::outside &&
                         u.location != LocationKind::unknown_postcode;
    if (!coupled) continue;
    const BuurtData& b = world.buurten[u.buurt];
    const bool has_postcode = u.location != LocationKind::buurtcode;
    const Dims* row = nullptr;
    std::string level;
    auto try_level = [&](const std::map<std::string, const Dims*>& table, const std::string& code,
                         const char* name) {
      if (row != nullptr) return;
      auto it = table.find(code);
      if (it != table.end()) row = it->second, level = name;
    };
    if (located_by_coordinates(u)) {
      auto cell = world.grid_id_of_cell.find(cell_of(u.position));
      if (cell != world.grid_id_of_cell.end()) try_level(grid, cell->second, "grid");
    }
    try_level(buurt, b.code, "buurt");
    if (has_postcode) try_level(pc4, u.pc6.substr(0, 4), "pc4");
    try_level(wijk, world.wijken[b.wijk].code, "wijk");
    try_level(gemeente, world.gemeenten[b.gemeente].code, "gemeente");
    if (row == nullptr) continue;
    double afw = 0;
    for (double v : *row) afw += v;
    scored.push_back({u.buurt, b.gemeente, afw, (*row)[4]});
    e.units_per_level[level] += 1;
  }
  e.scored_units = static_cast<long long>(scored.size());
  if (scored.empty()) return e;
  double sum_afw = 0, sum_won = 0;
  for (const Scored& s : scored) sum_afw += s.afw, sum_won += s.won;
  e.mu_afw = sum_afw / static_cast<double>(scored.size());
  e.mu_won = sum_won / static_cast<double>(scored.size());
  double ss = 0;
  for (const Scored& s : scored) ss += (s.afw - e.mu_afw) * (s.afw - e.mu_afw);
  e.sd_afw = std::sqrt(ss / static_cast<double>(scored.size()));

  std::map<int, std::pair<double, int>> per_buurt, per_gemeente;
  for (const Scored& s : scored) {
    per_buurt[s.buurt].first += s.afw, per_buurt[s.buurt].second += 1;
    per_gemeente[s.gemeente].first += s.won, per_gemeente[s.gemeente].second += 1;
  }
  for (const auto& [b, acc] : per_buurt) {
    const double z = (acc.first / acc.second - e.mu_afw) / e.sd_afw;
    ++e.buurten_classified;
    if (z <= -1.0)
      ++e.orange;
    else if (z <= -0.5)
      ++e.yellow;
    else
      ++e.green;
  }
  std::vector<std::pair<std::string, std::string>> focus;
  for (const auto& [g, acc] : per_gemeente) {
    const double mean = acc.first / acc.second;
    e.gemeente_mean_won[world.gemeenten[g].name] = mean;
    if (mean < e.mu_won) focus.push_back({world.gemeenten[g].code, world.gemeenten[g].name});
  }
  std::sort(focus.begin(), focus.end());
  for (const auto& f : focus) e.focus_gemeenten.push_back(f.second);
  return e;
}

}  // namespace leefbaar::sample
