#include "couple/couple.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "couple/polygon_index.hpp"
#include "import/codes.hpp"

namespace leefbaar {

std::string cell_key(double cell_x, double cell_y) {
  return fmt::format("{}:{}", static_cast<long long>(cell_x), static_cast<long long>(cell_y));
}

Point interior_point(const MultiPolygon& area) {
  // The middle of the widest span of the largest part's horizontal mid-line: like GEOS's
  // InteriorPointArea, without converting to GEOS for one point per buurt.
  const Polygon* best = nullptr;
  double best_height = -1;
  for (const auto& part : area.parts) {
    if (part.rings.empty()) continue;
    MultiPolygon single{{part}};
    const Box b = bounds(single);
    if (b.max_y - b.min_y > best_height) {
      best_height = b.max_y - b.min_y;
      best = &part;
    }
  }
  if (best == nullptr) return {kMissing, kMissing};
  const Box b = bounds(MultiPolygon{{*best}});
  const double y = (b.min_y + b.max_y) / 2;
  std::vector<double> xs;
  for (const auto& ring : best->rings) {
    for (std::size_t i = 0; i < ring.size(); ++i) {
      const Point& p = ring[i];
      const Point& q = ring[(i + 1) % ring.size()];
      if ((p.y <= y) != (q.y <= y)) xs.push_back(p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y));
    }
  }
  std::sort(xs.begin(), xs.end());
  Point out{(b.min_x + b.max_x) / 2, y};
  double widest = -1;
  for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
    if (xs[i + 1] - xs[i] > widest) {
      widest = xs[i + 1] - xs[i];
      out = {(xs[i] + xs[i + 1]) / 2, y};
    }
  }
  return out;
}

namespace {

std::vector<MultiPolygon> geometries(const AreaLayer& layer) {
  std::vector<MultiPolygon> out;
  out.reserve(layer.areas.size());
  for (const auto& a : layer.areas) out.push_back(a.geometry);
  return out;
}

// The code of the polygon of `layer` that holds each buurt's interior point.
class ContainingArea {
 public:
  explicit ContainingArea(const AreaLayer* layer) : layer_(layer) {
    if (layer_ != nullptr) index_ = std::make_unique<PolygonIndex>(geometries(*layer_));
  }
  std::string code_at(Point p) const {
    if (!index_ || is_missing(p.x)) return {};
    const auto i = index_->locate(p);
    return i < 0 ? std::string{} : layer_->areas[static_cast<std::size_t>(i)].code;
  }

 private:
  const AreaLayer* layer_;
  std::unique_ptr<PolygonIndex> index_;
};

class Coupler {
 public:
  explicit Coupler(const CoupleInputs& in) : in_(in) {}

  CoupledStock run() {
    register_areas();
    locate_units();
    for (auto& u : out_.units) ++out_.per_status[static_cast<int>(u.status)];
    return std::move(out_);
  }

 private:
  // Buurten from the polygons first (in code order, which is also the overlap priority), with
  // their wijk and gemeente: the feature's own fields, else the standard code, else the polygon of
  // the wijk/gemeente layer that holds the buurt.
  void register_areas() {
    if (in_.gemeenten) {
      for (const auto& g : in_.gemeenten->areas) out_.gemeenten.intern(g.code, g.name);
    }
    if (in_.wijken) {
      for (const auto& w : in_.wijken->areas) out_.wijken.intern(w.code, w.name);
    }
    const ContainingArea wijk_polygon(in_.wijken), gemeente_polygon(in_.gemeenten);
    for (const auto& b : in_.buurten.areas) {
      const Point inside =
          (in_.wijken || in_.gemeenten) ? interior_point(b.geometry) : Point{kMissing, kMissing};
      std::string wijk = b.wijk_code;
      if (wijk.empty()) wijk = codes::wijk_of_buurt(b.code).value_or(wijk_polygon.code_at(inside));
      std::string gemeente = b.gemeente_code;
      if (gemeente.empty()) gemeente = codes::gemeente_of_buurt(b.code).value_or("");
      if (gemeente.empty())
        gemeente = codes::gemeente_of_wijk(wijk).value_or(gemeente_polygon.code_at(inside));
      add_buurt(b.code, b.name, wijk, b.wijk_name, gemeente, b.gemeente_name);
    }
  }

  std::int32_t add_buurt(const std::string& code, const std::string& name, const std::string& wijk,
                         const std::string& wijk_name, const std::string& gemeente,
                         const std::string& gemeente_name) {
    const auto b = out_.buurten.intern(code, name);
    if (static_cast<std::size_t>(b) < out_.wijk_of_buurt.size()) return b;
    const auto g = gemeente.empty() ? -1 : out_.gemeenten.intern(gemeente, gemeente_name);
    const auto w = wijk.empty() ? -1 : out_.wijken.intern(wijk, wijk_name);
    out_.wijk_of_buurt.push_back(w);
    out_.gemeente_of_buurt.push_back(g);
    if (w >= 0) {
      out_.gemeente_of_wijk.resize(out_.wijken.size(), -1);
      if (out_.gemeente_of_wijk[static_cast<std::size_t>(w)] < 0)
        out_.gemeente_of_wijk[static_cast<std::size_t>(w)] = g;
    }
    return b;
  }

  void locate_units() {
    const auto& stock = in_.stock.units;
    std::vector<Point> points;
    std::vector<std::size_t> which;
    for (std::size_t i = 0; i < stock.size(); ++i) {
      if (!is_missing(stock[i].x)) {
        points.push_back({stock[i].x, stock[i].y});
        which.push_back(i);
      }
    }
    const PolygonIndex index(geometries(in_.buurten));
    std::vector<std::int32_t> found(points.size());
    index.locate_all(points, found, in_.threads);
    // Buurt polygons were interned first and in layer order, so polygon i is buurt index i.
    std::vector<std::int32_t> buurt_of_unit(stock.size(), -1);
    for (std::size_t k = 0; k < which.size(); ++k) buurt_of_unit[which[k]] = found[k];

    out_.units.reserve(stock.size());
    for (std::size_t i = 0; i < stock.size(); ++i)
      out_.units.push_back(couple_unit(stock[i], buurt_of_unit[i]));
    out_.gemeente_of_wijk.resize(out_.wijken.size(), -1);
  }

  CoupledUnit couple_unit(const StockUnit& s, std::int32_t polygon_buurt) {
    CoupledUnit u;
    u.id = s.id;
    u.source = s.source;
    u.daeb = s.daeb.value_or(false);
    if (!s.complex.empty()) u.complex = out_.complexes.intern(s.complex);
    if (s.postcode.size() >= 4) {
      if (auto pc4 = codes::pc4(s.postcode.substr(0, 4))) u.pc4 = out_.pc4s.intern(*pc4);
    }
    switch (s.source) {
      case LocationSource::rd:
      case LocationSource::wgs84:
        u.x = s.x;
        u.y = s.y;
        u.cell_x = std::floor(s.x / 100) * 100;
        u.cell_y = std::floor(s.y / 100) * 100;
        u.cell = out_.cells.intern(cell_key(u.cell_x, u.cell_y));
        if (polygon_buurt < 0) {
          u.status = UnitStatus::outside_buurten;
        } else {
          set_buurt(u, polygon_buurt);
        }
        break;
      case LocationSource::postcode:
        locate_by_address(s, u);
        break;
      case LocationSource::buurtcode:
        locate_by_buurt_code(s.buurtcode, u);
        break;
      case LocationSource::none:
        u.status = UnitStatus::no_location;
        break;
    }
    if (u.complex >= 0 && u.gemeente >= 0) {
      out_.gemeente_of_complex.resize(out_.complexes.size(), -1);
      auto& g = out_.gemeente_of_complex[static_cast<std::size_t>(u.complex)];
      if (g < 0) g = u.gemeente;
    }
    out_.gemeente_of_complex.resize(out_.complexes.size(), -1);
    return u;
  }

  void set_buurt(CoupledUnit& u, std::int32_t buurt) {
    u.buurt = buurt;
    u.wijk = out_.wijk_of_buurt[static_cast<std::size_t>(buurt)];
    u.gemeente = out_.gemeente_of_buurt[static_cast<std::size_t>(buurt)];
  }

  void locate_by_address(const StockUnit& s, CoupledUnit& u) {
    const auto number = house_number_digits(s.huisnummer);
    const AddressLocation* found = nullptr;
    if (in_.pc6hnr == nullptr) {
      ++out_.postcode_units_without_table;
    } else if (number) {
      found = in_.pc6hnr->find(s.postcode, *number);
    }
    if (found == nullptr) {
      u.status = UnitStatus::unknown_postcode;
      return;
    }
    set_buurt(u, add_buurt(found->buurt, {}, found->wijk, {}, found->gemeente, {}));
  }

  void locate_by_buurt_code(const std::string& code, CoupledUnit& u) {
    std::int32_t b = out_.buurten.find(code);
    if (b < 0) {
      const auto gemeente = codes::gemeente_of_buurt(code);
      if (!gemeente) {  // neither a known polygon nor a standard code: nothing to place it in
        u.status = UnitStatus::outside_buurten;
        return;
      }
      b = add_buurt(code, {}, codes::wijk_of_buurt(code).value_or(""), {}, *gemeente, {});
    }
    set_buurt(u, b);
  }

  const CoupleInputs& in_;
  CoupledStock out_;
};

}  // namespace

CoupledStock couple(const CoupleInputs& inputs) {
  return Coupler(inputs).run();
}

}  // namespace leefbaar
