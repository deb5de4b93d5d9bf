#include "store/initiatives_area.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "store/households_geos.hpp"

namespace leefbaar::store {

namespace {

// Roughly the Netherlands, as for an initiative's point on the map.
bool in_netherlands(const LatLon& p) {
  return p.lat >= 50 && p.lat <= 54 && p.lon >= 3 && p.lon <= 8;
}

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

void check_area(const InitiativeArea& area) {
  if (area.kind == InitiativeArea::Kind::buurt) return;
  if (area.kind == InitiativeArea::Kind::cirkel) {
    if (!in_netherlands(area.centre))
      throw FieldError("gebied", "Kies het midden van de cirkel in Nederland.");
    if (!(area.radius_m >= kMinRadius && area.radius_m <= kMaxRadius))
      throw FieldError("gebied",
                       fmt::format("Kies een straal van {} tot {} meter.", kMinRadius, kMaxRadius));
    return;
  }
  if (area.points.size() < kMinPoints)
    throw FieldError("gebied", "Teken een gebied met ten minste 3 punten.");
  if (area.points.size() > kMaxPoints)
    throw FieldError("gebied",
                     fmt::format("Teken een gebied met hoogstens {} punten.", kMaxPoints));
  for (const auto& p : area.points)
    if (!in_netherlands(p))
      throw FieldError("gebied", "Teken het gebied in Nederland: een punt ligt erbuiten.");
  const geos::Shape shape(area);
  if (!shape.valid())
    throw FieldError("gebied",
                     "De lijnen van het getekende gebied kruisen elkaar. Teken het opnieuw, "
                     "punt voor punt rond het gebied.");
  const double a = shape.area();
  if (a < 1)
    throw FieldError("gebied", "Het getekende gebied heeft geen oppervlakte. Teken het opnieuw.");
  if (a > kMaxPolygonArea)
    throw FieldError("gebied",
                     fmt::format("Het getekende gebied is {:.1f} km². Teken een gebied van "
                                 "hoogstens {:.0f} km².",
                                 a / 1e6, kMaxPolygonArea / 1e6));
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

}  // namespace leefbaar::store
