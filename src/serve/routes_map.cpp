// GET /api/runs/{id}/areas?level=buurt: the run's areas as GeoJSON in WGS84 for the map, with
// colour, level of effort, means and z-values as properties.
#include <fmt/format.h>

#include <cmath>
#include <mutex>

#include "import/reproject.hpp"
#include "serve/app.hpp"
#include "store/runs.hpp"

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

nlohmann::json feature(const store::StoredArea& a, const RdToWgs& convert) {
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
               const std::optional<Caller>&) {
  const std::int64_t id = std::stoll(req.matches[1].str());
  const std::string level_name = req.has_param("level") ? req.get_param_value("level") : "buurt";
  const auto level = area_level_from_name(level_name);
  if (!level || *level == AreaLevel::werkgebied)
    throw HttpError{400, "bad_request", "Kies een niveau: complex, buurt, wijk of gemeente.",
                    "level"};
  std::optional<std::vector<store::StoredArea>> areas;
  {
    std::lock_guard lock(app.db_mutex);
    areas = store::run_areas(app.db, id, *level);
  }
  if (!areas) throw HttpError{404, "not_found", "Deze programmarun bestaat niet.", "id"};
  const RdToWgs convert;
  nlohmann::json features = nlohmann::json::array();
  for (const auto& a : *areas) features.push_back(feature(a, convert));
  res.status = 200;
  res.set_content(nlohmann::json{{"type", "FeatureCollection"}, {"features", features}}.dump(),
                  "application/geo+json; charset=utf-8");
}

}  // namespace

void add_map_routes(std::vector<Route>& routes) {
  routes.push_back({"GET",
                    R"(/api/runs/(\d+)/areas)",
                    "/api/runs/{id}/areas",
                    "A run's areas at a level (?level=buurt) as GeoJSON in WGS84, for the map",
                    Access::session,
                    {},
                    run_areas});
}

}  // namespace leefbaar::serve
