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
using initiative_detail::text_of;

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

void bind_box(SQLite::Statement& q, int first, const Box& b) {
  q.bind(first, b.min_x);
  q.bind(first + 1, b.max_x);
  q.bind(first + 2, b.min_y);
  q.bind(first + 3, b.max_y);
}

// Without BAG: the corporation's homes with a position inside.
long long count_stock_inside(SQLite::Database& db, std::int64_t work_area, const geos::Shape& shape,
                             bool without_postcode_only) {
  SQLite::Statement q(db, std::string("SELECT x, y FROM stock_units WHERE work_area_id = ? AND x "
                                      "BETWEEN ? AND ? AND y BETWEEN ? AND ?") +
                              (without_postcode_only ? " AND postcode IS NULL" : ""));
  q.bind(1, work_area);
  bind_box(q, 2, shape.bbox());
  long long n = 0;
  while (q.executeStep())
    if (shape.contains(q.getColumn(0).getDouble(), q.getColumn(1).getDouble())) ++n;
  return n;
}

// One house number (postcode + number) of the BAG with the corporation's homes there.
struct NumberGroup {
  long long bag = 0, inside = 0, stock = 0;
  std::string anchor;  // the smallest verblijfsobject id: where extra homes are placed
  bool anchor_inside = false;
};

long long count_bag_inside(SQLite::Database& db, std::int64_t work_area, const geos::Shape& shape) {
  // The postcodes of the BAG addresses and the located homes in the box; every BAG address and
  // home of those postcodes is then grouped by house number.
  std::set<std::string> postcodes;
  for (const char* table : {"bag_addresses", "stock_units"}) {
    SQLite::Statement q(db, fmt::format("SELECT DISTINCT postcode FROM {} WHERE work_area_id = ? "
                                        "AND x BETWEEN ? AND ? AND y BETWEEN ? AND ? AND "
                                        "postcode IS NOT NULL",
                                        table));
    q.bind(1, work_area);
    bind_box(q, 2, shape.bbox());
    while (q.executeStep()) postcodes.insert(q.getColumn(0).getString());
  }
  long long households = 0;
  std::map<std::pair<std::string, int>, NumberGroup> groups;
  SQLite::Statement bag(db,
                        "SELECT vbo_id, huisnummer, x, y FROM bag_addresses WHERE work_area_id = "
                        "? AND postcode = ?");
  SQLite::Statement stock(db,
                          "SELECT huisnummer, x, y FROM stock_units WHERE work_area_id = ? AND "
                          "postcode = ?");
  for (const auto& pc : postcodes) {
    bag.reset();
    bag.bind(1, work_area);
    bag.bind(2, pc);
    while (bag.executeStep()) {
      auto& g = groups[{pc, bag.getColumn(1).getInt()}];
      const std::string vbo = bag.getColumn(0).getString();
      const bool inside =
          shape.contains(bag.getColumn(2).getDouble(), bag.getColumn(3).getDouble());
      ++g.bag;
      g.inside += inside ? 1 : 0;
      if (g.anchor.empty() || vbo < g.anchor) {
        g.anchor = vbo;
        g.anchor_inside = inside;
      }
    }
    stock.reset();
    stock.bind(1, work_area);
    stock.bind(2, pc);
    while (stock.executeStep()) {
      const auto it = groups.find({pc, leading_number(text_of(stock, 0))});
      if (it != groups.end()) {
        ++it->second.stock;
      } else if (!stock.getColumn(1).isNull() && !stock.getColumn(2).isNull() &&
                 shape.contains(stock.getColumn(1).getDouble(), stock.getColumn(2).getDouble())) {
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

bool has_bag_addresses(Database& database, std::int64_t work_area) {
  SQLite::Statement q(database.sql(),
                      "SELECT 1 FROM imports WHERE work_area_id = ? AND kind = 'bag' LIMIT 1");
  q.bind(1, work_area);
  return q.executeStep();
}

std::optional<AreaRef> buurt_at(Database& database, std::int64_t work_area, Point rd) {
  SQLite::Statement q(database.sql(),
                      "SELECT code, geometry_rd FROM areas WHERE work_area_id = ? AND kind = "
                      "'buurt' ORDER BY code");
  q.bind(1, work_area);
  const geos::Context ctx;
  while (q.executeStep()) {
    for (const auto& rings : polygons_of(q.getColumn(1).getString())) {
      if (!in_box(rings.front(), rd)) continue;
      const geos::Geom polygon = geos::polygon(ctx, rings);
      const geos::Prepared prepared(GEOSPrepare_r(ctx.get(), polygon.get()),
                                    geos::PreparedDeleter{ctx.get()});
      if (prepared && geos::covers(ctx, prepared.get(), rd.x, rd.y))
        return find_buurt(database, work_area, q.getColumn(0).getString());
    }
  }
  return std::nullopt;
}

std::optional<AreaRef> buurt_of_area(Database& database, std::int64_t work_area,
                                     const InitiativeArea& area, const std::string& buurt_code) {
  if (!buurt_code.empty()) return find_buurt(database, work_area, buurt_code);
  if (!area.is_shape()) return std::nullopt;
  check_area(area);
  return buurt_at(database, work_area, geos::Shape(area).centre());
}

HouseholdCount count_area_households(Database& database, std::int64_t work_area,
                                     const InitiativeArea& area, const std::string& buurt) {
  if (!area.is_shape()) return {count_households(database, work_area, buurt), "pc6hnr"};
  const geos::Shape shape(area);
  if (has_bag_addresses(database, work_area))
    return {count_bag_inside(database.sql(), work_area, shape), "bag"};
  return {count_stock_inside(database.sql(), work_area, shape, false), "corporatie"};
}

HouseholdPreview preview_households(Database& database, std::int64_t work_area,
                                    const InitiativeArea& area, const std::string& buurt_code) {
  check_area(area);
  HouseholdPreview out;
  out.buurt = buurt_of_area(database, work_area, area, buurt_code);
  if (!buurt_code.empty() && !out.buurt) throw FieldError("buurt", "Kies een buurt uit de lijst.");
  if (!area.is_shape() && !out.buurt)
    throw FieldError("buurt", "Kies de buurt, of teken een cirkel of een gebied op de kaart.");
  out.count = count_area_households(database, work_area, area, out.buurt ? out.buurt->buurt : "");
  return out;
}

std::optional<Point> bag_position(Database& database, std::int64_t work_area, const Address& a) {
  SQLite::Statement bag(database.sql(),
                        "SELECT huisletter, toevoeging, x, y FROM bag_addresses WHERE "
                        "work_area_id = ? AND postcode = ? AND huisnummer = ? ORDER BY vbo_id");
  bag.bind(1, work_area);
  bag.bind(2, a.postcode);
  bag.bind(3, a.huisnummer);
  std::optional<Point> first;
  while (bag.executeStep()) {
    const Point p{bag.getColumn(2).getDouble(), bag.getColumn(3).getDouble()};
    if (addition_key(text_of(bag, 0), text_of(bag, 1)) == a.toevoeging) return p;
    if (!first) first = p;
  }
  return first;
}

std::optional<Point> stock_position(Database& database, std::int64_t work_area, const Address& a) {
  SQLite::Statement stock(database.sql(),
                          "SELECT huisnummer, x, y FROM stock_units WHERE work_area_id = ? AND "
                          "postcode = ? AND x IS NOT NULL AND y IS NOT NULL ORDER BY unit_id");
  stock.bind(1, work_area);
  stock.bind(2, a.postcode);
  std::optional<Point> first;
  while (stock.executeStep()) {
    const std::string nr = text_of(stock, 0);
    if (leading_number(nr) != a.huisnummer) continue;
    const Point p{stock.getColumn(1).getDouble(), stock.getColumn(2).getDouble()};
    std::size_t d = 0;
    while (d < nr.size() && std::isdigit(static_cast<unsigned char>(nr[d]))) ++d;
    if (addition_key(nr.substr(d), "") == a.toevoeging) return p;
    if (!first) first = p;
  }
  return first;
}

std::optional<Point> address_position(Database& database, std::int64_t work_area,
                                      const Address& a) {
  if (auto p = bag_position(database, work_area, a)) return p;
  return stock_position(database, work_area, a);
}

std::optional<LatLon> address_lat_lon(Database& database, std::int64_t work_area,
                                      const Address& a) {
  const auto p = address_position(database, work_area, a);
  if (!p) return std::nullopt;
  return geos::to_wgs84(*p);
}

bool address_in_area(Database& database, std::int64_t work_area, const InitiativeArea& area,
                     const Address& a) {
  if (!area.is_shape()) return false;
  const auto p = address_position(database, work_area, a);
  return p && geos::Shape(area).contains(p->x, p->y);
}

std::string area_geojson(Database& database, std::int64_t work_area, const InitiativeArea& area,
                         const std::string& buurt) {
  nlohmann::json properties = nlohmann::json::parse(area_to_json(area));
  nlohmann::json geometry;
  if (area.is_shape()) {
    geometry = {{"type", "Polygon"},
                {"coordinates", nlohmann::json::array({wgs84_ring(geos::Shape(area).outline())})}};
  } else {
    SQLite::Statement q(database.sql(),
                        "SELECT geometry_rd FROM areas WHERE work_area_id = ? AND kind = 'buurt' "
                        "AND code = ?");
    q.bind(1, work_area);
    q.bind(2, buurt);
    if (!q.executeStep()) return {};
    nlohmann::json polygons = nlohmann::json::array();
    for (const auto& rings : polygons_of(q.getColumn(0).getString())) {
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
