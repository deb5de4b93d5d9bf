#include "store/initiatives_area.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/errors.hpp"
#include "store/households_geos.hpp"

namespace leefbaar::store {

namespace {

// Roughly the Netherlands, as for an initiative's point on the map.
bool in_netherlands(const LatLon& p) {
  return p.lat >= 50 && p.lat <= 54 && p.lon >= 3 && p.lon <= 8;
}

}  // namespace

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

}  // namespace leefbaar::store
