#include "core/geometry.hpp"

#include <algorithm>
#include <limits>

namespace leefbaar {

Box bounds(const MultiPolygon& geometry) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  Box box{inf, inf, -inf, -inf};
  for (const auto& part : geometry.parts) {
    for (const auto& ring : part.rings) {
      for (const auto& p : ring) {
        box.min_x = std::min(box.min_x, p.x);
        box.min_y = std::min(box.min_y, p.y);
        box.max_x = std::max(box.max_x, p.x);
        box.max_y = std::max(box.max_y, p.y);
      }
    }
  }
  return box;
}

}  // namespace leefbaar
