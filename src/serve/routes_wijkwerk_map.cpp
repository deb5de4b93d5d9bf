// The neighbourhood work as map layers: GET /api/v1/wijkwerk/kaart?layer=...&year=YYYY answers
// GeoJSON in WGS84. Initiatives as points (their own point, else spread inside their buurt);
// activities summed per buurt or wijk polygon; physical works as the polygon of their area; signals
// as counts per wijk or buurt with small counts hidden (no polygon colour tells more than the
// text). GET /api/v1/wijkwerk/kaart/info: the layers, what the caller sees in them, and the years.
//
// Not cached: the work changes all day, and each answer is a few store queries over shapes the
// workspace already holds in WGS84. Who sees what: neighbourhood/wijkwerk_views.hpp.
#include <fmt/format.h>

#include <map>
#include <set>

#include "serve/interior_points.hpp"
#include "serve/routes_wijkwerk_map_schemas.hpp"
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "serve/wijkwerk_view.hpp"
#include "usecases/wijkwerk_views.hpp"

namespace leefbaar::serve {

namespace {

using nlohmann::json;
using namespace wijkwerk;

const std::vector<std::pair<std::string, usecases::MapLayer>> kLayers = {
    {"initiatieven", usecases::MapLayer::initiatives},
    {"activiteiten", usecases::MapLayer::activities},
    {"werken", usecases::MapLayer::works},
    {"signalen", usecases::MapLayer::signals}};

// The shapes of a level by code.
std::map<std::string, const AreaShape*> shapes_by_code(const Workspace& ws, AreaLevel level) {
  std::map<std::string, const AreaShape*> out;
  for (const auto& s : ws.shapes(level)) out.emplace(s.code, &s);
  return out;
}

json feature(json geometry, json properties) {
  return {{"type", "Feature"},
          {"geometry", std::move(geometry)},
          {"properties", std::move(properties)}};
}

json point(double lon, double lat) {
  return {{"type", "Point"}, {"coordinates", {lon, lat}}};
}

AreaLevel level_param(const httplib::Request& req, AreaLevel fallback) {
  if (!req.has_param("level") || req.get_param_value("level").empty()) return fallback;
  const std::string v = req.get_param_value("level");
  if (v == "buurt") return AreaLevel::buurt;
  if (v == "wijk") return AreaLevel::wijk;
  throw HttpError{400, "bad_request", "Kies een niveau: buurt of wijk.", "level"};
}

// ?year=, or none for the use case's default.
std::optional<int> map_year(App& app, const httplib::Request& req) {
  if (req.has_param("year") && !req.get_param_value("year").empty()) return year_param(app, req);
  return std::nullopt;
}

// ---- Initiatives -----------------------------------------------------------------------------

json initiatives_layer(const Workspace& ws,
                       const std::vector<neighbourhood::SeenInitiative>& shown) {
  std::map<std::string, std::vector<std::size_t>> without_point;  // buurt -> index in shown
  for (std::size_t k = 0; k < shown.size(); ++k) {
    const auto& i = shown[k].initiative;
    if (!i.lat || !i.lon) without_point[i.area.buurt].push_back(k);
  }
  // Initiatives known only by their buurt: spread inside it, so each can be clicked.
  std::vector<json> geometry(shown.size(), nullptr);
  const auto buurten = shapes_by_code(ws, AreaLevel::buurt);
  for (const auto& [buurt, indices] : without_point) {
    const auto it = buurten.find(buurt);
    if (it == buurten.end()) continue;
    const auto points = interior_points(it->second->geometry_wgs84, indices.size());
    for (std::size_t k = 0; k < points.size(); ++k)
      geometry[indices[k]] = point(points[k][0], points[k][1]);
  }
  json features = json::array();
  for (std::size_t k = 0; k < shown.size(); ++k) {
    const auto& [i, sight] = shown[k];
    auto props = initiative_brief(i, sight);
    props["placed"] = i.lat && i.lon ? "eigen_punt" : "buurt";
    features.push_back(
        feature(i.lat && i.lon ? point(*i.lon, *i.lat) : geometry[k], std::move(props)));
  }
  return features;
}

// ---- Activities ------------------------------------------------------------------------------

struct ActivitySum {
  std::string wijk;
  long long count = 0, participants = 0, cost_cents = 0;
  std::map<std::string, long long> per_effort;
  void add(const neighbourhood::Activity& a) {
    ++count;
    participants += a.participants;
    cost_cents += a.cost_cents;
    ++per_effort[a.effort];
  }
  json props() const {
    return {{"wijk", wijk},
            {"count", count},
            {"participants", participants},
            {"cost", static_cast<double>(cost_cents) / 100.0},
            {"per_effort", per_effort}};
  }
};

json activities_layer(const Workspace& ws, const std::vector<neighbourhood::Activity>& list,
                      AreaLevel level, json& extra) {
  std::map<std::string, ActivitySum> per_area, without_buurt;
  for (const auto& a : list) {
    const bool by_buurt = level == AreaLevel::buurt;
    if (by_buurt && a.buurt_code.empty()) {
      without_buurt[a.wijk_code].wijk = a.wijk_code;
      without_buurt[a.wijk_code].add(a);
      continue;
    }
    auto& s = per_area[by_buurt ? a.buurt_code : a.wijk_code];
    s.wijk = a.wijk_code;
    s.add(a);
  }
  const auto shapes = shapes_by_code(ws, level);
  const auto wijken = shapes_by_code(ws, AreaLevel::wijk);
  auto name_of = [](const std::map<std::string, const AreaShape*>& m, const std::string& code) {
    const auto it = m.find(code);
    return it == m.end() ? code : it->second->name;
  };
  json features = json::array();
  for (const auto& [code, s] : per_area) {
    const auto it = shapes.find(code);
    auto props = s.props();
    props["code"] = code;
    props["name"] = name_of(shapes, code);
    props["wijk_name"] = name_of(wijken, s.wijk);
    features.push_back(
        feature(it == shapes.end() ? json(nullptr) : it->second->geometry_wgs84, std::move(props)));
  }
  // Activities for a whole wijk have no buurt polygon: listed beside the features.
  json rest = json::array();
  for (const auto& [wijk, s] : without_buurt) {
    auto props = s.props();
    props["wijk_name"] = name_of(wijken, wijk);
    rest.push_back(std::move(props));
  }
  extra["without_buurt"] = std::move(rest);
  return features;
}

// ---- Physical works --------------------------------------------------------------------------

json works_layer(const Workspace& ws, const std::vector<neighbourhood::PhysicalWork>& list) {
  const auto buurten = shapes_by_code(ws, AreaLevel::buurt);
  const auto wijken = shapes_by_code(ws, AreaLevel::wijk);
  json features = json::array();
  for (const auto& w : list) {
    const bool whole_wijk = w.area_code == w.wijk_code;
    const auto& shapes = whole_wijk ? wijken : buurten;
    const auto it = shapes.find(w.area_code);
    const auto wijk = wijken.find(w.wijk_code);
    features.push_back(
        feature(it == shapes.end() ? json(nullptr) : it->second->geometry_wgs84,
                {{"id", w.id},
                 {"kind", w.kind},
                 {"title", w.title},
                 {"area_code", w.area_code},
                 {"area_level", whole_wijk ? "wijk" : "buurt"},
                 {"area_name", it == shapes.end() ? w.area_code : it->second->name},
                 {"wijk", w.wijk_code},
                 {"wijk_name", wijk == wijken.end() ? w.wijk_code : wijk->second->name},
                 {"starts_on", w.starts_on},
                 {"ends_on", w.ends_on.empty() ? json(nullptr) : json(w.ends_on)},
                 {"description", w.description}}));
  }
  return features;
}

// ---- Signals ---------------------------------------------------------------------------------

// The colour class of a count: hidden counts share one class, whatever hid them.
std::string signal_class(const neighbourhood::ShownCount& c) {
  if (!c.n) return "verborgen";
  if (*c.n < 10) return "5-9";
  if (*c.n < 20) return "10-19";
  if (*c.n < 50) return "20-49";
  return "50+";
}

json signals_layer(const Workspace& ws, const SignalTable& table,
                   const std::vector<neighbourhood::AreaRef>& buurten, AreaLevel level) {
  std::map<std::string, std::string> wijk_of, wijk_name;
  for (const auto& b : buurten) {
    wijk_of[b.buurt] = b.wijk;
    wijk_name[b.wijk] = b.wijk_name;
  }
  json features = json::array();
  for (const auto& shape : ws.shapes(level)) {
    auto props = signal_counts_json(table, shape.code);
    props["code"] = shape.code;
    props["name"] = shape.name;
    props["class"] = signal_class(table.shown(shape.code));
    if (level == AreaLevel::buurt) {
      props["wijk"] = wijk_of.count(shape.code) ? wijk_of.at(shape.code) : "";
      props["wijk_name"] = wijk_name[props["wijk"].get<std::string>()];
    }
    features.push_back(feature(shape.geometry_wgs84, std::move(props)));
  }
  return features;
}

void map_layer(App& app, const httplib::Request& req, httplib::Response& res,
               const std::optional<Caller>& caller) {
  const std::string layer =
      req.has_param("layer") ? req.get_param_value("layer") : std::string("initiatieven");
  const auto it =
      std::find_if(kLayers.begin(), kLayers.end(), [&](const auto& l) { return l.first == layer; });
  if (it == kLayers.end())
    throw HttpError{400, "bad_request",
                    "Kies een kaartlaag: initiatieven, activiteiten, werken of signalen.", "layer"};
  const AreaLevel level =
      level_param(req, layer == "signalen" ? AreaLevel::wijk : AreaLevel::buurt);
  const auto map = usecases::wijkwerk_map(app.service, caller->session.user, it->second,
                                          map_year(app, req), app.config.now());
  const auto& ws = *map.workspace;
  json out = {{"type", "FeatureCollection"}, {"layer", layer}, {"year", map.year}};
  json features;
  switch (it->second) {
    case usecases::MapLayer::initiatives:
      features = initiatives_layer(ws, map.initiatives);
      break;
    case usecases::MapLayer::activities:
      features = activities_layer(ws, map.activities, level, out);
      break;
    case usecases::MapLayer::works:
      features = works_layer(ws, map.works);
      break;
    case usecases::MapLayer::signals:
      features = signals_layer(ws, *map.signals, map.buurten, level);
      break;
  }
  if (layer == "activiteiten" || layer == "signalen")
    out["level"] = level == AreaLevel::buurt ? "buurt" : "wijk";
  out["features"] = std::move(features);
  res.status = 200;
  res.set_content(out.dump(), "application/geo+json; charset=utf-8");
}

void map_info(App& app, const httplib::Request&, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto& u = caller->session.user;
  const auto years = usecases::wijkwerk_years(app.service, u, app.config.now());
  std::string initiatives =
      "De open en goedgekeurde initiatieven, zoals het bewonersportaal ze toont.";
  if (u.role == Role::beheerder || u.role == Role::analist)
    initiatives = "Alle initiatieven, met een link naar elk initiatief.";
  if (u.role == Role::wijkteam)
    initiatives =
        "Alle initiatieven in uw wijken, met een link; elders de open en goedgekeurde, zoals het "
        "bewonersportaal ze toont.";
  json layers = json::array(
      {{{"id", "initiatieven"}, {"label", "Initiatieven van bewoners"}, {"detail", initiatives}},
       {{"id", "activiteiten"},
        {"label", "Activiteiten"},
        {"detail", "Het aantal activiteiten, deelnemers en de kosten per buurt."}},
       {{"id", "werken"},
        {"label", "Fysieke werken"},
        {"detail", "Sloop, nieuwbouw, renovatie en openbare ruimte in het jaar, per gebied."}},
       {{"id", "signalen"},
        {"label", "Signalen (aantallen)"},
        {"detail",
         "Het aantal signalen per wijk. Minder dan 5 tonen we niet, zodat niemand te herkennen "
         "is."}}});
  send_json(res, 200,
            {{"years", years.years}, {"default_year", years.default_year}, {"layers", layers}});
}

}  // namespace

void add_wijkwerk_map_routes(std::vector<Route>& routes) {
  using namespace schema;
  routes.push_back(
      Route{"GET", "/api/v1/wijkwerk/kaart",
            "The neighbourhood work as a map layer in WGS84 GeoJSON "
            "(?layer=initiatieven (the default)|activiteiten|werken|signalen&year=YYYY"
            "&level=buurt|wijk): "
            "initiatives as points, activities per area, works as their area's polygon, "
            "signal counts per area with counts below 5 hidden",
            Access::session, kEveryRole, map_layer}
          .with_query(
              json{{"layer", one_of({"initiatieven", "activiteiten", "werken", "signalen"})},
                   {"year", integer("YYYY")},
                   {"level", one_of({"buurt", "wijk"})}})
          .answers(200, wijkwerk_map_layer_schema(), "application/geo+json"));
  routes.push_back(
      Route{"GET", "/api/v1/wijkwerk/kaart/info",
            "The neighbourhood work's map layers, what the caller sees in each, and the "
            "years with work",
            Access::session, kEveryRole, map_info}
          .answers(200,
                   object({{"years", array(integer())},
                           {"default_year", integer()},
                           {"layers", array(object({{"id", one_of({"initiatieven", "activiteiten",
                                                                   "werken", "signalen"})},
                                                    {"label", string()},
                                                    {"detail", string()}}))}})));
}

}  // namespace leefbaar::serve
