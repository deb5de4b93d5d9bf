#pragma once
// The area of a resident initiative: its buurt (the default), a circle (a centre and a radius) or
// a polygon drawn on the map, both in WGS84 as the map gives them. Shapes are checked here
// (Dutch FieldError "gebied") and kept as JSON text with the initiative.
#include <string>
#include <string_view>
#include <vector>

namespace leefbaar::store {

struct LatLon {
  double lat = 0, lon = 0;
};

inline constexpr double kMinRadius = 25, kMaxRadius = 2000;  // metres
inline constexpr std::size_t kMinPoints = 3, kMaxPoints = 200;
inline constexpr double kMaxPolygonArea = 5e6;  // square metres (5 km²)

struct InitiativeArea {
  enum class Kind { buurt, cirkel, polygoon };
  Kind kind = Kind::buurt;
  LatLon centre;               // cirkel
  double radius_m = 0;         // cirkel
  std::vector<LatLon> points;  // polygoon: the ring, not closed (a closing point is dropped)
  bool is_shape() const { return kind != Kind::buurt; }
};

std::string_view to_string(InitiativeArea::Kind kind);

// Throws FieldError("gebied") with a Dutch message when a shape is not usable: a radius outside
// 25..2000 m, a polygon with fewer than 3 or more than 200 points, crossing itself, or larger than
// 5 km², or a point outside the Netherlands.
void check_area(const InitiativeArea& area);

// {"soort":"buurt"}, {"soort":"cirkel","lat":..,"lon":..,"straal_m":..} or
// {"soort":"polygoon","punten":[[lat,lon],...]}: the API's form, also how it is stored.
std::string area_to_json(const InitiativeArea& area);
// Empty text is the buurt. Throws FieldError("gebied") for JSON that is not one of the forms.
InitiativeArea area_from_json(const std::string& text);

}  // namespace leefbaar::store
