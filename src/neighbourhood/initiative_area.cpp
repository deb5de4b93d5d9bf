#include "neighbourhood/initiative_area.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"

namespace leefbaar::neighbourhood {

namespace {

double number(const nlohmann::json& j, const char* key, const char* what) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number() || !std::isfinite(it->get<double>()))
    throw FieldError("gebied", fmt::format("Geef {} van het gebied als getal.", what));
  return it->get<double>();
}

}  // namespace

std::string_view to_string(InitiativeArea::Kind kind) {
  switch (kind) {
    case InitiativeArea::Kind::buurt:
      return "buurt";
    case InitiativeArea::Kind::cirkel:
      return "cirkel";
    case InitiativeArea::Kind::polygoon:
      return "polygoon";
  }
  return "buurt";
}

std::string area_to_json(const InitiativeArea& area) {
  nlohmann::json j = {{"soort", std::string(to_string(area.kind))}};
  if (area.kind == InitiativeArea::Kind::cirkel) {
    j["lat"] = area.centre.lat;
    j["lon"] = area.centre.lon;
    j["straal_m"] = area.radius_m;
  } else if (area.kind == InitiativeArea::Kind::polygoon) {
    nlohmann::json points = nlohmann::json::array();
    for (const auto& p : area.points) points.push_back({p.lat, p.lon});
    j["punten"] = points;
  }
  return j.dump();
}

InitiativeArea area_from_json(const std::string& text) {
  InitiativeArea area;
  if (text.empty()) return area;
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("soort") || !j["soort"].is_string())
    throw FieldError("gebied",
                     "Kies het gebied: de hele buurt, een cirkel of een getekend gebied.");
  const std::string kind = j["soort"].get<std::string>();
  if (kind == "buurt") return area;
  if (kind == "cirkel") {
    area.kind = InitiativeArea::Kind::cirkel;
    area.centre = {number(j, "lat", "de breedtegraad (lat)"),
                   number(j, "lon", "de lengtegraad (lon)")};
    area.radius_m = number(j, "straal_m", "de straal in meters");
    return area;
  }
  if (kind != "polygoon")
    throw FieldError("gebied",
                     "Kies het gebied: de hele buurt, een cirkel of een getekend gebied.");
  area.kind = InitiativeArea::Kind::polygoon;
  const auto it = j.find("punten");
  if (it == j.end() || !it->is_array())
    throw FieldError("gebied", "Geef de punten van het getekende gebied als [[lat, lon], ...].");
  if (it->size() > kMaxPoints + 1)
    throw FieldError("gebied",
                     fmt::format("Teken een gebied met hoogstens {} punten.", kMaxPoints));
  for (const auto& p : *it) {
    if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number() ||
        !std::isfinite(p[0].get<double>()) || !std::isfinite(p[1].get<double>()))
      throw FieldError("gebied", "Geef elk punt van het getekende gebied als [lat, lon].");
    area.points.push_back({p[0].get<double>(), p[1].get<double>()});
  }
  // A closed ring repeats its first point at the end: that is no extra point.
  if (area.points.size() > 1 && area.points.front().lat == area.points.back().lat &&
      area.points.front().lon == area.points.back().lon)
    area.points.pop_back();
  return area;
}

}  // namespace leefbaar::neighbourhood
