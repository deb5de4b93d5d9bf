#include "serve/interior_points.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace leefbaar::serve {

namespace {

using Ring = std::vector<std::array<double, 2>>;
using Part = std::vector<Ring>;

Part read_part(const nlohmann::json& rings) {
  Part part;
  for (const auto& r : rings) {
    Ring ring;
    for (const auto& p : r)
      if (p.is_array() && p.size() >= 2 && p[0].is_number() && p[1].is_number())
        ring.push_back({p[0].get<double>(), p[1].get<double>()});
    if (ring.size() >= 3) part.push_back(std::move(ring));
  }
  return part;
}

std::vector<Part> read_parts(const nlohmann::json& geometry) {
  std::vector<Part> parts;
  if (!geometry.is_object() || !geometry.contains("coordinates")) return parts;
  const std::string type = geometry.value("type", "");
  const auto& c = geometry["coordinates"];
  if (type == "Polygon") parts.push_back(read_part(c));
  if (type == "MultiPolygon")
    for (const auto& p : c) parts.push_back(read_part(p));
  parts.erase(std::remove_if(parts.begin(), parts.end(), [](const Part& p) { return p.empty(); }),
              parts.end());
  return parts;
}

}  // namespace

std::vector<std::array<double, 2>> interior_points(const nlohmann::json& geometry, std::size_t n) {
  const auto parts = read_parts(geometry);
  if (parts.empty() || n == 0) return {};
  // The tallest part and its vertical extent.
  const Part* best = nullptr;
  double lo = 0, hi = 0;
  for (const auto& part : parts) {
    double a = part[0][0][1], b = a;
    for (const auto& p : part[0]) {
      a = std::min(a, p[1]);
      b = std::max(b, p[1]);
    }
    if (best == nullptr || b - a > hi - lo) {
      best = &part;
      lo = a;
      hi = b;
    }
  }
  // Where the middle line crosses the rings (holes included): inside between pairs of crossings.
  const double y = (lo + hi) / 2;
  std::vector<double> xs;
  for (const auto& ring : *best)
    for (std::size_t i = 0; i < ring.size(); ++i) {
      const auto& p = ring[i];
      const auto& q = ring[(i + 1) % ring.size()];
      if ((p[1] <= y) != (q[1] <= y))
        xs.push_back(p[0] + (y - p[1]) * (q[0] - p[0]) / (q[1] - p[1]));
    }
  std::sort(xs.begin(), xs.end());
  if (xs.size() < 2) return {};
  std::size_t widest = 0;
  for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
    if (xs[i + 1] - xs[i] > xs[widest + 1] - xs[widest]) widest = i;
  std::vector<std::array<double, 2>> out;
  for (std::size_t i = 0; i < n; ++i) {
    const double t = static_cast<double>(i + 1) / static_cast<double>(n + 1);
    const double x = xs[widest] + t * (xs[widest + 1] - xs[widest]);
    out.push_back({std::round(x * 1e7) / 1e7, std::round(y * 1e7) / 1e7});
  }
  return out;
}

}  // namespace leefbaar::serve
