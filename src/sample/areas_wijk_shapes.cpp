// The sample's wijk shapes: the real CBS wijken compiled in, and synthetic blobs for the villages.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numbers>

#include "sample/areas_internal.hpp"
#include "sample/embedded_wijken.hpp"

namespace leefbaar::sample::areas_detail {

namespace {

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

}  // namespace

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

WijkSpec derived_spec(const RealWijk& w, const std::string& place, double wijk_area) {
  WijkSpec spec;
  spec.code = w.code;
  spec.place = place;
  const std::string base = without_wijk_number(w.name);
  spec.buurten.emplace_back(base);
  if (wijk_area > 8e6) spec.buurten.emplace_back("Verspreide huizen " + base);
  return spec;
}

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

}  // namespace leefbaar::sample::areas_detail
