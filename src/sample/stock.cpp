#include "sample/stock.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sample/random.hpp"
#include "sample/stock_internal.hpp"
#include "sample/wgs84.hpp"

namespace leefbaar::sample {

namespace stock_detail {

bool clear_of_cell_lines(Point p) {
  const double fx = p.x / 100 - std::floor(p.x / 100);
  const double fy = p.y / 100 - std::floor(p.y / 100);
  return fx > 0.006 && fx < 0.994 && fy > 0.006 && fy < 0.994;
}

Point snapped(Point p) {
  return {snap_mm(p.x), snap_mm(p.y)};
}

std::string PostcodeBook::fresh(const std::string& pc4) {
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

}  // namespace stock_detail

namespace {

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
  stock_detail::build_complexes(world, geos);
  stock_detail::choose_locations(world, geos);
  write_coordinates(world);
}

}  // namespace leefbaar::sample
