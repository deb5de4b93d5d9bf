#pragma once
// The area of a resident initiative: its buurt (the default), a circle (a centre and a radius) or
// a polygon drawn on the map, both in WGS84 as the map gives them, kept as JSON text with the
// initiative. Whether a shape is usable (its size, a polygon that does not cross itself) is
// checked by the store, which has the geometry (store/initiatives_area.hpp: check_area).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace leefbaar::neighbourhood {

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

// {"soort":"buurt"}, {"soort":"cirkel","lat":..,"lon":..,"straal_m":..} or
// {"soort":"polygoon","punten":[[lat,lon],...]}: the API's form, also how it is stored.
std::string area_to_json(const InitiativeArea& area);
// Empty text is the buurt. Throws FieldError("gebied") for JSON that is not one of the forms.
InitiativeArea area_from_json(const std::string& text);

}  // namespace leefbaar::neighbourhood
