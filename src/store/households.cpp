#include "store/households.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/errors.hpp"
#include "store/households_geos.hpp"
#include "store/initiatives_internal.hpp"

namespace leefbaar::store {

using initiative_detail::addition_key;
using initiative_detail::leading_number;

namespace {

using Rings = std::vector<std::vector<Point>>;

// The polygons of a stored GeoJSON MultiPolygon (RD New): per polygon its rings.
std::vector<Rings> polygons_of(const std::string& geometry) {
  std::vector<Rings> out;
  const auto j = nlohmann::json::parse(geometry, nullptr, false);
  if (j.is_discarded() || !j.contains("coordinates")) return out;
  for (const auto& polygon : j["coordinates"]) {
    Rings rings;
    for (const auto& ring : polygon) {
      std::vector<Point> points;
      for (const auto& p : ring) points.push_back({p[0].get<double>(), p[1].get<double>()});
      rings.push_back(std::move(points));
    }
    if (!rings.empty() && rings.front().size() >= 3) out.push_back(std::move(rings));
  }
  return out;
}

bool in_box(const std::vector<Point>& ring, Point p) {
  double min_x = ring.front().x, max_x = min_x, min_y = ring.front().y, max_y = min_y;
  for (const auto& q : ring) {
    min_x = std::min(min_x, q.x);
    max_x = std::max(max_x, q.x);
    min_y = std::min(min_y, q.y);
    max_y = std::max(max_y, q.y);
  }
  return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y;
}

void bind_box(Query& q, const Box& b) {
  q.bind(b.min_x, b.max_x, b.min_y, b.max_y);
}

// Without BAG: the corporation's homes with a position inside.
long long count_stock_inside(Database& db, std::int64_t work_area, const geos::Shape& shape,
                             bool without_postcode_only) {
  auto q = db.query(std::string("SELECT x, y FROM stock_units WHERE work_area_id = ? AND x "
                                "BETWEEN ? AND ? AND y BETWEEN ? AND ?") +
                    (without_postcode_only ? " AND postcode IS NULL" : ""));
  q.bind(work_area);
  bind_box(q, shape.bbox());
  long long n = 0;
  while (auto row = q.next())
    if (shape.contains(row->real("x"), row->real("y"))) ++n;
  return n;
}

// One house number (postcode + number) of the BAG with the corporation's homes there.
struct NumberGroup {
  long long bag = 0, inside = 0, stock = 0;
  std::string anchor;  // the smallest verblijfsobject id: where extra homes are placed
  bool anchor_inside = false;
};

long long count_bag_inside(Database& db, std::int64_t work_area, const geos::Shape& shape) {
  // The postcodes of the BAG addresses and the located homes in the box; every BAG address and
  // home of those postcodes is then grouped by house number.
  std::set<std::string> postcodes;
  for (const char* table : {"bag_addresses", "stock_units"}) {
    auto q =
        db.query(fmt::format("SELECT DISTINCT postcode FROM {} WHERE work_area_id = ? AND x "
                             "BETWEEN ? AND ? AND y BETWEEN ? AND ? AND postcode IS NOT NULL",
                             table));
    q.bind(work_area);
    bind_box(q, shape.bbox());
    while (auto row = q.next()) postcodes.insert(row->text("postcode"));
  }
  long long households = 0;
  std::map<std::pair<std::string, int>, NumberGroup> groups;
  for (const auto& pc : postcodes) {
    auto bag = db.query(
        "SELECT vbo_id, huisnummer, x, y FROM bag_addresses WHERE work_area_id = ? AND postcode = "
        "?");
    bag.bind(work_area, pc);
    while (auto row = bag.next()) {
      auto& g = groups[{pc, row->integer("huisnummer")}];
      const std::string vbo = row->text("vbo_id");
      const bool inside = shape.contains(row->real("x"), row->real("y"));
      ++g.bag;
      g.inside += inside ? 1 : 0;
      if (g.anchor.empty() || vbo < g.anchor) {
        g.anchor = vbo;
        g.anchor_inside = inside;
      }
    }
    auto stock = db.query(
        "SELECT huisnummer, x, y FROM stock_units WHERE work_area_id = ? AND postcode = ?");
    stock.bind(work_area, pc);
    while (auto row = stock.next()) {
      const auto it = groups.find({pc, leading_number(row->text("huisnummer"))});
      if (it != groups.end()) {
        ++it->second.stock;
      } else if (!row->is_null("x") && !row->is_null("y") &&
                 shape.contains(row->real("x"), row->real("y"))) {
        ++households;  // a home at an address the BAG lacks, by its own position
      }
    }
  }
  for (const auto& [key, g] : groups)
    households += g.inside + (g.anchor_inside ? std::max(0LL, g.stock - g.bag) : 0);
  return households + count_stock_inside(db, work_area, shape, true);
}

nlohmann::json wgs84_ring(const std::vector<Point>& ring) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : ring) {
    const LatLon w = geos::to_wgs84(p);
    // Six decimals: about 0.1 m, plenty for a map.
    out.push_back({std::round(w.lon * 1e6) / 1e6, std::round(w.lat * 1e6) / 1e6});
  }
  return out;
}

}  // namespace

bool has_bag_addresses(Database& db, std::int64_t work_area) {
  return db.query("SELECT 1 FROM imports WHERE work_area_id = ? AND kind = 'bag' LIMIT 1")
      .bind(work_area)
      .exists();
}

std::optional<AreaRef> buurt_at(Database& db, std::int64_t work_area, Point rd) {
  auto q = db.query(
      "SELECT code, geometry_rd FROM areas WHERE work_area_id = ? AND kind = 'buurt' ORDER BY "
      "code");
  q.bind(work_area);
  const geos::Context ctx;
  while (auto row = q.next()) {
    for (const auto& rings : polygons_of(row->text("geometry_rd"))) {
      if (!in_box(rings.front(), rd)) continue;
      const geos::Geom polygon = geos::polygon(ctx, rings);
      const geos::Prepared prepared(GEOSPrepare_r(ctx.handle(), polygon.get()),
                                    geos::PreparedDeleter{ctx.handle()});
      if (prepared && geos::covers(ctx, prepared.get(), rd.x, rd.y))
        return find_buurt(db, work_area, row->text("code"));
    }
  }
  return std::nullopt;
}

std::optional<AreaRef> buurt_of_area(Database& db, std::int64_t work_area,
                                     const InitiativeArea& area, const std::string& buurt_code) {
  if (!buurt_code.empty()) return find_buurt(db, work_area, buurt_code);
  if (!area.is_shape()) return std::nullopt;
  check_area(area);
  return buurt_at(db, work_area, geos::Shape(area).centre());
}

HouseholdCount count_area_households(Database& db, std::int64_t work_area,
                                     const InitiativeArea& area, const std::string& buurt) {
  if (!area.is_shape()) return {count_households(db, work_area, buurt), "pc6hnr"};
  const geos::Shape shape(area);
  if (has_bag_addresses(db, work_area)) return {count_bag_inside(db, work_area, shape), "bag"};
  return {count_stock_inside(db, work_area, shape, false), "corporatie"};
}

HouseholdPreview preview_households(Database& db, std::int64_t work_area,
                                    const InitiativeArea& area, const std::string& buurt_code) {
  check_area(area);
  HouseholdPreview out;
  out.buurt = buurt_of_area(db, work_area, area, buurt_code);
  if (!buurt_code.empty() && !out.buurt) throw FieldError("buurt", "Kies een buurt uit de lijst.");
  if (!area.is_shape() && !out.buurt)
    throw FieldError("buurt", "Kies de buurt, of teken een cirkel of een gebied op de kaart.");
  out.count = count_area_households(db, work_area, area, out.buurt ? out.buurt->buurt : "");
  return out;
}

std::optional<Point> bag_position(Database& db, std::int64_t work_area, const Address& a) {
  auto bag = db.query(
      "SELECT huisletter, toevoeging, x, y FROM bag_addresses WHERE work_area_id = ? AND "
      "postcode = ? AND huisnummer = ? ORDER BY vbo_id");
  bag.bind(work_area, a.postcode, a.huisnummer);
  std::optional<Point> first;
  while (auto row = bag.next()) {
    const Point p{row->real("x"), row->real("y")};
    if (addition_key(row->text("huisletter"), row->text("toevoeging")) == a.toevoeging) return p;
    if (!first) first = p;
  }
  return first;
}

std::optional<Point> stock_position(Database& db, std::int64_t work_area, const Address& a) {
  auto stock = db.query(
      "SELECT huisnummer, x, y FROM stock_units WHERE work_area_id = ? AND postcode = ? AND x IS "
      "NOT NULL AND y IS NOT NULL ORDER BY unit_id");
  stock.bind(work_area, a.postcode);
  std::optional<Point> first;
  while (auto row = stock.next()) {
    const std::string nr = row->text("huisnummer");
    if (leading_number(nr) != a.huisnummer) continue;
    const Point p{row->real("x"), row->real("y")};
    std::size_t d = 0;
    while (d < nr.size() && std::isdigit(static_cast<unsigned char>(nr[d]))) ++d;
    if (addition_key(nr.substr(d), "") == a.toevoeging) return p;
    if (!first) first = p;
  }
  return first;
}

std::optional<Point> address_position(Database& db, std::int64_t work_area, const Address& a) {
  if (auto p = bag_position(db, work_area, a)) return p;
  return stock_position(db, work_area, a);
}

std::optional<LatLon> address_lat_lon(Database& db, std::int64_t work_area, const Address& a) {
  const auto p = address_position(db, work_area, a);
  if (!p) return std::nullopt;
  return geos::to_wgs84(*p);
}

bool address_in_area(Database& db, std::int64_t work_area, const InitiativeArea& area,
                     const Address& a) {
  if (!area.is_shape()) return false;
  const auto p = address_position(db, work_area, a);
  return p && geos::Shape(area).contains(p->x, p->y);
}

std::string area_geojson(Database& db, std::int64_t work_area, const InitiativeArea& area,
                         const std::string& buurt) {
  nlohmann::json properties = nlohmann::json::parse(area_to_json(area));
  nlohmann::json geometry;
  if (area.is_shape()) {
    geometry = {{"type", "Polygon"},
                {"coordinates", nlohmann::json::array({wgs84_ring(geos::Shape(area).outline())})}};
  } else {
    const auto stored =
        db.query(
              "SELECT geometry_rd FROM areas WHERE work_area_id = ? AND kind = 'buurt' AND code = "
              "?")
            .bind(work_area, buurt)
            .first_text("geometry_rd");
    if (!stored) return {};
    nlohmann::json polygons = nlohmann::json::array();
    for (const auto& rings : polygons_of(*stored)) {
      nlohmann::json parts = nlohmann::json::array();
      for (const auto& ring : rings) parts.push_back(wgs84_ring(ring));
      polygons.push_back(std::move(parts));
    }
    if (polygons.empty()) return {};
    geometry = {{"type", "MultiPolygon"}, {"coordinates", std::move(polygons)}};
    properties["buurt"] = buurt;
  }
  return nlohmann::json{{"type", "Feature"}, {"properties", properties}, {"geometry", geometry}}
      .dump();
}

}  // namespace leefbaar::store
