// The map layers. GET /api/v1/kaart/gebieden?level=buurt&edition=2020: the live programme's areas
// as GeoJSON in WGS84 with colour, level of effort, means, z-values and the area's own scores;
// /api/v1/kaart/eenheden: the units as points; /api/v1/kaart/grenzen: wijk or gemeente borders with
// names. GET /api/v1/berekeningen/{id}/gebieden?level=buurt: a stored run's areas, the same way.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <mutex>

#include "compute/yardstick.hpp"
#include "import/reproject.hpp"
#include "serve/app.hpp"
#include "serve/programme_json.hpp"
#include "serve/schema.hpp"
#include "usecases/programme.hpp"

namespace leefbaar::serve {

namespace {

// RD coordinates of a GeoJSON geometry converted in place; the conversion object is not
// thread-safe, so each request makes its own (cheap next to the conversion itself).
void to_wgs84(nlohmann::json& coordinates, const RdToWgs& convert) {
  if (coordinates.is_array() && coordinates.size() >= 2 && coordinates[0].is_number()) {
    double lon = 0, lat = 0;
    convert.convert(coordinates[0].get<double>(), coordinates[1].get<double>(), lon, lat);
    coordinates = {std::round(lon * 1e7) / 1e7, std::round(lat * 1e7) / 1e7};
    return;
  }
  for (auto& c : coordinates) to_wgs84(c, convert);
}

nlohmann::json feature(const StoredArea& a, const RdToWgs& convert) {
  nlohmann::json props = {{"code", a.code}, {"name", a.name},    {"gemeente", a.gemeente},
                          {"n", a.n},       {"colour", nullptr}, {"level", nullptr}};
  if (!a.colour.empty()) {
    props["colour"] = a.colour;
    props["level"] = a.level;
    props["indicatief"] = a.indicatief;
    props["weak_dimensions"] = a.weak_dimensions;
  }
  for (int d = 0; d < kDimCount; ++d) {
    const auto i = static_cast<std::size_t>(d);
    props[fmt::format("mean_{}", kDimNames[i])] =
        a.mean[i] ? nlohmann::json(*a.mean[i]) : nlohmann::json(nullptr);
    props[fmt::format("z_{}", kDimNames[i])] =
        a.z[i] ? nlohmann::json(*a.z[i]) : nlohmann::json(nullptr);
  }
  nlohmann::json geometry = nullptr;
  if (a.geometry_rd) {
    geometry = nlohmann::json::parse(*a.geometry_rd);
    to_wgs84(geometry["coordinates"], convert);
  }
  return {{"type", "Feature"}, {"properties", props}, {"geometry", geometry}};
}

void run_areas(App& app, const httplib::Request& req, httplib::Response& res,
               const std::optional<Caller>& caller) {
  const std::int64_t id = path_id(req);
  const std::string level_name = req.has_param("level") ? req.get_param_value("level") : "buurt";
  const auto level = area_level_from_name(level_name);
  if (!level || *level == AreaLevel::werkgebied)
    throw HttpError{400, "bad_request", "Kies een niveau: complex, buurt, wijk of gemeente.",
                    "level"};
  const auto areas = usecases::run_areas(app.service, caller->session.user, id, *level);
  const RdToWgs convert;
  nlohmann::json features = nlohmann::json::array();
  for (const auto& a : areas) features.push_back(feature(a, convert));
  res.status = 200;
  res.set_content(nlohmann::json{{"type", "FeatureCollection"}, {"features", features}}.dump(),
                  "application/geo+json; charset=utf-8");
}

AreaLevel map_level(const httplib::Request& req) {
  const std::string name = req.has_param("level") ? req.get_param_value("level") : "buurt";
  const auto level = area_level_from_name(name);
  if (!level ||
      (*level != AreaLevel::buurt && *level != AreaLevel::wijk && *level != AreaLevel::gemeente))
    throw HttpError{400, "bad_request", "Kies een niveau: buurt, wijk of gemeente.", "level"};
  return *level;
}

int map_edition(const httplib::Request& req, const Workspace& ws) {
  if (!req.has_param("edition")) return ws.settings().edition;
  const std::string text = req.get_param_value("edition");
  for (int e : ws.editions()) {
    if (std::to_string(e) == text) return e;
  }
  throw HttpError{400, "bad_request",
                  fmt::format("Voor editie '{}' zijn geen scores ingelezen.", text), "edition"};
}

std::optional<ScoreLevel> score_level_of(AreaLevel level) {
  switch (level) {
    case AreaLevel::buurt:
      return ScoreLevel::buurt;
    case AreaLevel::wijk:
      return ScoreLevel::wijk;
    case AreaLevel::gemeente:
      return ScoreLevel::gemeente;
    default:
      return std::nullopt;
  }
}

nlohmann::json live_area_properties(const Workspace& ws, AreaLevel level, int edition,
                                    const AreaShape& shape, const AreaResult* area) {
  const auto& stock = ws.run().stock;
  const Dictionary* dict = dictionary_of(stock, level);
  const std::int32_t index = dict ? dict->find(shape.code) : -1;
  const auto g = index >= 0 ? gemeente_of_area(stock, level, index) : -1;
  nlohmann::json p = {{"code", shape.code},
                      {"name", shape.name},
                      {"gemeente", g >= 0 ? stock.gemeenten.code(g) : std::string{}},
                      {"n", area ? area->n : 0},
                      {"colour", nullptr},
                      {"effort", nullptr},
                      {"indicatief", area ? area->indicatief : false},
                      {"weak", nlohmann::json::array()}};
  if (area && area->classified && area->colour) {
    p["colour"] = colour_name(area->colour);
    p["effort"] = std::string(to_string(area->effort));
    for (Dim d : area->weak) p["weak"].push_back(std::string(kDimNames[static_cast<int>(d)]));
  }
  const auto score_level = score_level_of(level);
  const Scores* own =
      score_level && index >= 0 ? ws.run().scores.find(*score_level, index, edition) : nullptr;
  for (int d = 0; d < kDimCount; ++d) {
    const auto name = kDimNames[static_cast<std::size_t>(d)];
    p[fmt::format("mean_{}", name)] = area ? number_or_null(area->mean.v[d]) : nullptr;
    p[fmt::format("z_{}", name)] = area ? number_or_null(area->z.v[d]) : nullptr;
    p[fmt::format("score_{}", name)] = own ? number_or_null(own->v[d]) : nullptr;
  }
  return p;
}

std::string live_areas_body(const Workspace& ws, AreaLevel level, int edition) {
  const auto result = ws.result_for_edition(edition);
  const auto by_index = areas_at(*result, level);
  const Dictionary* dict = dictionary_of(ws.run().stock, level);
  nlohmann::json features = nlohmann::json::array();
  for (const auto& shape : ws.shapes(level)) {
    const std::int32_t index = dict ? dict->find(shape.code) : -1;
    const auto it = by_index.find(index);
    const AreaResult* area = it == by_index.end() ? nullptr : it->second;
    features.push_back({{"type", "Feature"},
                        {"properties", live_area_properties(ws, level, edition, shape, area)},
                        {"geometry", shape.geometry_wgs84}});
  }
  return nlohmann::json{{"type", "FeatureCollection"},
                        {"edition", edition},
                        {"level", std::string(to_string(level))},
                        {"features", features}}
      .dump();
}

void map_areas(App& app, const httplib::Request& req, httplib::Response& res,
               const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const AreaLevel level = map_level(req);
  const int edition = map_edition(req, *ws);
  const auto body = ws->cached(fmt::format("areas/{}/{}", to_string(level), edition),
                               [&] { return live_areas_body(*ws, level, edition); });
  res.status = 200;
  if (req.path.ends_with(".geojson"))
    res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}-{}.geojson\"",
                                                      to_string(level), edition));
  res.set_content(*body, "application/geo+json; charset=utf-8");
}

void map_units(App& app, const httplib::Request&, httplib::Response& res,
               const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const auto body = ws->cached("units", [&] {
    nlohmann::json units = nlohmann::json::array();
    const auto& lonlat = ws->unit_lonlat();
    const auto& result = ws->result();
    for (std::size_t i = 0; i < lonlat.size(); ++i) {
      if (is_missing(lonlat[i][0])) continue;
      const auto& u = result.units[i];
      units.push_back({lonlat[i][0], lonlat[i][1],
                       u.status == UnitStatus::ok ? nlohmann::json(std::string(to_string(u.effort)))
                                                  : nlohmann::json(nullptr),
                       ws->run().stock.units[i].id});
    }
    return nlohmann::json{{"fields", {"lon", "lat", "effort", "id"}}, {"units", units}}.dump();
  });
  res.status = 200;
  res.set_content(*body, "application/json; charset=utf-8");
}

void map_borders(App& app, const httplib::Request& req, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const AreaLevel level = map_level(req);
  const auto body = ws->cached(fmt::format("borders/{}", to_string(level)), [&] {
    nlohmann::json features = nlohmann::json::array();
    for (const auto& shape : ws->shapes(level))
      features.push_back({{"type", "Feature"},
                          {"properties", {{"code", shape.code}, {"name", shape.name}}},
                          {"geometry", shape.geometry_wgs84}});
    return nlohmann::json{{"type", "FeatureCollection"}, {"features", features}}.dump();
  });
  res.status = 200;
  res.set_content(*body, "application/geo+json; charset=utf-8");
}

// The box around the units with coordinates, [[south, west], [north, east]], so that the map opens
// on the stock rather than on the whole work area; null without units on the map.
nlohmann::json stock_extent(const Workspace& ws) {
  double west = 0, east = 0, south = 0, north = 0;
  bool any = false;
  for (const auto& [lon, lat] : ws.unit_lonlat()) {
    if (is_missing(lon) || is_missing(lat)) continue;
    west = any ? std::min(west, lon) : lon;
    east = any ? std::max(east, lon) : lon;
    south = any ? std::min(south, lat) : lat;
    north = any ? std::max(north, lat) : lat;
    any = true;
  }
  if (!any) return nullptr;
  return nlohmann::json::array({{south, west}, {north, east}});
}

void map_info(App& app, const httplib::Request&, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const auto& stock = ws->run().stock;
  const auto& settings = ws->settings();
  nlohmann::json gemeenten = nlohmann::json::array();
  for (std::int32_t i = 0; i < static_cast<std::int32_t>(stock.gemeenten.size()); ++i)
    gemeenten.push_back({{"code", stock.gemeenten.code(i)}, {"name", stock.gemeenten.name(i)}});
  const auto& editions = ws->editions();
  send_json(res, 200,
            {{"work_area", ws->work_area().name},
             {"programme", settings.name},
             {"editions", editions},
             {"edition", settings.edition},
             {"newest_edition", editions.empty() ? nlohmann::json(nullptr)
                                                 : nlohmann::json(*std::max_element(
                                                       editions.begin(), editions.end()))},
             {"budget_year", settings.budget_year()},
             {"budget_year_set", settings.budget.year.has_value()},
             {"classification_level", std::string(to_string(settings.classification.level))},
             {"extent", stock_extent(*ws)},
             {"gemeenten", gemeenten}});
}

// The base map's tile address and attribution for every map, the portal's too (so public); url
// null without a base map.
void map_base(App& app, const httplib::Request&, httplib::Response& res,
              const std::optional<Caller>&) {
  const auto& c = app.config;
  const bool on = !base_map_origin(c.base_map_url).empty();
  send_json(res, 200,
            {{"url", on ? nlohmann::json(c.base_map_url) : nlohmann::json(nullptr)},
             {"attribution", on ? c.base_map_attribution : std::string{}}});
}

// ---- Schemas ----------------------------------------------------------------------------------

using nlohmann::json;

// A GeoJSON geometry in WGS84 ([lon, lat] positions).
json geometry_schema(std::string_view type) {
  using namespace schema;
  return object({{"type", type.empty() ? string() : one_of({std::string(type)})},
                 {"coordinates", array(json::object(), "Nested arrays of [lon, lat]")}});
}

// A feature collection of features with these properties (and the collection's own members).
json features_schema(json properties, json geometry, schema::Members members = {}) {
  using namespace schema;
  json out = object({{"type", one_of({"FeatureCollection"})},
                     {"features", array(object({{"type", one_of({"Feature"})},
                                                {"properties", std::move(properties)},
                                                {"geometry", std::move(geometry)}}))}});
  for (const auto& [name, member] : members) {
    out["properties"][name] = member;
    out["required"].push_back(name);
  }
  return out;
}

// Adds a nullable number per dimension under each prefix (mean_afw, z_afw, ...), required.
void with_dimensions(json& properties, std::initializer_list<const char*> prefixes) {
  for (const char* prefix : prefixes) {
    for (const auto& d : kDimNames) {
      const auto name = fmt::format("{}_{}", prefix, d);
      properties["properties"][name] = schema::nullable(schema::number());
      properties["required"].push_back(name);
    }
  }
}

}  // namespace

void add_map_routes(std::vector<Route>& routes) {
  using namespace schema;
  json live = object({{"code", string()},
                      {"name", string()},
                      {"gemeente", string("Its code; empty when unknown")},
                      {"n", integer("Scored units")},
                      {"colour", nullable(colour_schema())},
                      {"effort", nullable(effort_schema())},
                      {"indicatief", boolean()},
                      {"weak", array(dimension_schema())}});
  with_dimensions(live, {"mean", "z", "score"});
  const auto live_areas =
      features_schema(live, geometry_schema("MultiPolygon"),
                      {{"edition", integer()}, {"level", one_of({"buurt", "wijk", "gemeente"})}});
  json stored = object({{"code", string()},
                        {"name", string()},
                        {"gemeente", string("Its code; empty when unknown")},
                        {"n", integer()},
                        {"colour", nullable(one_of({"green", "yellow", "orange"}))},
                        {"level", nullable(effort_schema())}},
                       {{"indicatief", boolean("When classified")},
                        {"weak_dimensions", string("When classified: dimensions joined by |")}},
                       "The classified areas of the run's level have a colour and a level");
  with_dimensions(stored, {"mean", "z"});
  routes.push_back(
      Route{"GET", "/api/v1/kaart",
            "What the map needs first: the editions, the saved settings' edition and budget year, "
            "the stock's extent and the gemeenten's names",
            Access::session, kEveryRole, map_info}
          .answers(
              200,
              object({{"work_area", string()},
                      {"programme", string("The programme's name in the saved settings")},
                      {"editions", array(integer())},
                      {"edition", integer("The saved settings' edition")},
                      {"newest_edition", nullable(integer())},
                      {"budget_year", integer("The saved budget year, or else the edition's")},
                      {"budget_year_set", boolean("Whether the settings name a budget year")},
                      {"classification_level", classification_level_schema()},
                      {"extent", nullable(array(array(number()),
                                                "[[south, west], [north, east]] "
                                                "around the units, WGS84"))},
                      {"gemeenten", array(object({{"code", string()}, {"name", string()}}))}})));
  routes.push_back(
      Route{"GET",
            "/api/v1/kaart/basiskaart",
            "The base map under the maps: its tile address ({z}/{x}/{y}, Web "
            "Mercator; null: none) and attribution (`leefbaar serve --base-map-url`)",
            Access::public_,
            {},
            map_base}
          .answers(200, object({{"url", nullable(string())}, {"attribution", string()}})));
  routes.push_back(Route{"GET", "/api/v1/kaart/gebieden",
                         "The live programme's areas (?level=buurt|wijk|gemeente, ?edition=YYYY) "
                         "as GeoJSON in WGS84: colour, level of effort, means, z-values, own "
                         "scores",
                         Access::session, kEveryRole, map_areas}
                       .with_query(json{{"level", one_of({"buurt", "wijk", "gemeente"})},
                                        {"edition", integer()}})
                       .answers(200, live_areas, "application/geo+json"));
  routes.push_back(Route{"GET", "/api/v1/kaart/gebieden.geojson", "The same as a GeoJSON download",
                         Access::session, kEveryRole, map_areas}
                       .with_query(json{{"level", one_of({"buurt", "wijk", "gemeente"})},
                                        {"edition", integer()}})
                       .answers(200, live_areas, "application/geo+json"));
  json unit = array(json::object(), "[lon, lat, effort (null for an uncoupled unit), id]");
  unit["minItems"] = 4;
  unit["maxItems"] = 4;
  routes.push_back(Route{"GET", "/api/v1/kaart/eenheden",
                         "The units as points in WGS84 with their level of effort", Access::session,
                         kEveryRole, map_units}
                       .answers(200, object({{"fields", array(string(), "lon, lat, effort, id")},
                                             {"units", array(unit)}})));
  routes.push_back(Route{"GET", "/api/v1/kaart/grenzen",
                         "Wijk or gemeente borders (?level=wijk|gemeente) with names, in WGS84",
                         Access::session, kEveryRole, map_borders}
                       .with_query(json{{"level", one_of({"buurt", "wijk", "gemeente"})}})
                       .answers(200,
                                features_schema(object({{"code", string()}, {"name", string()}}),
                                                geometry_schema("MultiPolygon")),
                                "application/geo+json"));
  routes.push_back(
      Route{"GET", "/api/v1/berekeningen/{id}/gebieden",
            "A run's areas at a level (?level=buurt) as GeoJSON in WGS84, for the map",
            Access::session, kEveryRole, run_areas}
          .with_query(json{{"level", one_of({"complex", "buurt", "wijk", "gemeente"})}})
          .answers(200, features_schema(stored, nullable(geometry_schema({}))),
                   "application/geo+json"));
}

}  // namespace leefbaar::serve
