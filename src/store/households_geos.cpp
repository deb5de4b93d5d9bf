#include "store/households_geos.hpp"

#include <cmath>
#include <numbers>
#include <stdexcept>

#include "core/errors.hpp"
#include "import/reproject.hpp"

namespace leefbaar::store::geos {

namespace {

GEOSGeometry* ring_of(const Context& ctx, const std::vector<Point>& points) {
  const bool closed = points.size() > 1 && points.front().x == points.back().x &&
                      points.front().y == points.back().y;
  const auto n = static_cast<unsigned>(points.size() + (closed ? 0 : 1));
  GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx.handle(), n, 2);
  for (unsigned i = 0; i < n; ++i) {
    const Point& p = points[i % points.size()];
    GEOSCoordSeq_setXY_r(ctx.handle(), seq, i, p.x, p.y);
  }
  return GEOSGeom_createLinearRing_r(ctx.handle(), seq);
}

}  // namespace

Geom polygon(const Context& ctx, const std::vector<std::vector<Point>>& rings) {
  if (rings.empty() || rings.front().size() < 3)
    throw std::runtime_error("a polygon needs an outer ring of at least three points");
  GEOSGeometry* shell = ring_of(ctx, rings.front());
  if (shell == nullptr) throw std::runtime_error("GEOS failed in a ring: " + ctx.last_error());
  std::vector<GEOSGeometry*> holes;
  for (std::size_t i = 1; i < rings.size(); ++i) {
    if (rings[i].size() < 3) continue;
    if (GEOSGeometry* hole = ring_of(ctx, rings[i])) holes.push_back(hole);
  }
  return own(ctx,
             GEOSGeom_createPolygon_r(ctx.handle(), shell, holes.data(),
                                      static_cast<unsigned>(holes.size())),
             "polygon");
}

bool covers(const Context& ctx, const GEOSPreparedGeometry* g, double x, double y) {
  Geom point = own(ctx, GEOSGeom_createPointFromXY_r(ctx.handle(), x, y), "point");
  return GEOSPreparedIntersects_r(ctx.handle(), g, point.get()) == 1;
}

Point to_rd(const LatLon& p) {
  thread_local const WgsToRd transform;
  Point out;
  if (!transform.convert(p.lon, p.lat, out))
    throw FieldError("gebied",
                     "Dit punt kunnen we niet op de kaart omrekenen. Kies een punt in "
                     "Nederland.");
  return out;
}

LatLon to_wgs84(const Point& p) {
  thread_local const RdToWgs transform;
  LatLon out;
  if (!transform.convert(p.x, p.y, out.lon, out.lat))
    throw std::runtime_error("PROJ could not convert an RD point to WGS84");
  return out;
}

Shape::Shape(const InitiativeArea& area) : kind_(area.kind) {
  if (area.kind == InitiativeArea::Kind::cirkel) {
    centre_ = to_rd(area.centre);
    radius_ = area.radius_m;
    bbox_ = {centre_.x - radius_, centre_.y - radius_, centre_.x + radius_, centre_.y + radius_};
    return;
  }
  if (area.kind != InitiativeArea::Kind::polygoon)
    throw std::logic_error("a buurt has no shape of its own");
  for (const auto& p : area.points) ring_.push_back(to_rd(p));
  polygon_ = polygon(ctx_, {ring_});
  const GEOSPreparedGeometry* prepared = GEOSPrepare_r(ctx_.handle(), polygon_.get());
  if (prepared == nullptr)
    throw std::runtime_error("GEOS failed to prepare a polygon: " + ctx_.last_error());
  prepared_ = Prepared(prepared, PreparedDeleter{ctx_.handle()});
  bbox_ = {ring_.front().x, ring_.front().y, ring_.front().x, ring_.front().y};
  for (const auto& p : ring_) {
    bbox_.min_x = std::min(bbox_.min_x, p.x);
    bbox_.min_y = std::min(bbox_.min_y, p.y);
    bbox_.max_x = std::max(bbox_.max_x, p.x);
    bbox_.max_y = std::max(bbox_.max_y, p.y);
  }
  centre_ = ring_.front();
  if (!valid()) return;  // check_area refuses it; nothing below is defined for it
  Geom centroid = own(ctx_, GEOSGetCentroid_r(ctx_.handle(), polygon_.get()), "centroid");
  GEOSGeomGetX_r(ctx_.handle(), centroid.get(), &centre_.x);
  GEOSGeomGetY_r(ctx_.handle(), centroid.get(), &centre_.y);
  if (!contains(centre_.x, centre_.y)) {
    Geom inside =
        own(ctx_, GEOSPointOnSurface_r(ctx_.handle(), polygon_.get()), "point on surface");
    GEOSGeomGetX_r(ctx_.handle(), inside.get(), &centre_.x);
    GEOSGeomGetY_r(ctx_.handle(), inside.get(), &centre_.y);
  }
}

bool Shape::contains(double x, double y) const {
  if (!(x >= bbox_.min_x && x <= bbox_.max_x && y >= bbox_.min_y && y <= bbox_.max_y)) return false;
  if (kind_ == InitiativeArea::Kind::cirkel)
    return std::hypot(x - centre_.x, y - centre_.y) <= radius_;
  return covers(ctx_, prepared_.get(), x, y);
}

double Shape::area() const {
  if (kind_ == InitiativeArea::Kind::cirkel) return std::numbers::pi * radius_ * radius_;
  double a = 0;
  GEOSArea_r(ctx_.handle(), polygon_.get(), &a);
  return a;
}

bool Shape::valid() const {
  return kind_ == InitiativeArea::Kind::cirkel || GEOSisValid_r(ctx_.handle(), polygon_.get()) == 1;
}

std::vector<Point> Shape::outline() const {
  std::vector<Point> out;
  if (kind_ == InitiativeArea::Kind::cirkel) {
    constexpr int kSides = 64;
    for (int i = 0; i <= kSides; ++i) {
      const double a = 2 * std::numbers::pi * (i % kSides) / kSides;
      out.push_back({centre_.x + radius_ * std::cos(a), centre_.y + radius_ * std::sin(a)});
    }
    return out;
  }
  out = ring_;
  out.push_back(ring_.front());
  return out;
}

}  // namespace leefbaar::store::geos
