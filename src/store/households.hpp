#pragma once
// The households an initiative concerns when its area is a circle or a drawn polygon, and whether
// an address lies in such an area.
//
// With BAG addresses imported (kind bag): every BAG address inside is one household; corporation
// homes at a BAG address number (postcode + house number) beyond the BAG addresses there each count
// as their own household too (the stock keeps no addition, so homes 5a, 5b, 5c at BAG address 5
// are three, as in the buurt rule), placed at that number's first BAG address; corporation homes at
// an address the BAG lacks count by their own position. Without BAG: the corporation's homes with
// a position inside, one household each (basis "corporatie": the count is based on them only).
// Candidates are taken from the shape's bounding box in SQL, then tested with GEOS.
#include <cstdint>
#include <optional>
#include <string>

#include "core/types.hpp"
#include "store/initiatives.hpp"

namespace leefbaar::store {

// Whether the work area has a BAG address import.
bool has_bag_addresses(Database& db, std::int64_t work_area);

// The buurt whose polygon holds the RD point (the smallest code where polygons overlap).
std::optional<AreaRef> buurt_at(Database& db, std::int64_t work_area, Point rd);

// The initiative's buurt: the given code; else, for a shape, the buurt at its centre. nullopt when
// the code is unknown or the centre lies in no buurt. Throws FieldError("gebied") for a bad shape.
std::optional<AreaRef> buurt_of_area(Database& db, std::int64_t work_area,
                                     const InitiativeArea& area, const std::string& buurt_code);

// A buurt by count_households; a shape as described above. The area must have passed check_area.
HouseholdCount count_area_households(Database& db, std::int64_t work_area,
                                     const InitiativeArea& area, const std::string& buurt);

// What an initiative with this area would count (the forms' live count). Throws FieldError
// ("gebied" for a bad shape, "buurt" when the buurt is missing or unknown).
HouseholdPreview preview_households(Database& db, std::int64_t work_area,
                                    const InitiativeArea& area, const std::string& buurt_code);

// The address registers are the BAG addresses, the pc6hnr table and the corporation's stock. An
// address is (postcode, house number, addition), the addition normalised as parse_address does
// ("95 a", "95-A" and "95a" are one). Throws FieldError when no register has it: "postcode" when
// none lists the number, "toevoeging" when none lists that addition at the number (the pc6hnr
// table lists numbers only: it vouches for the number without an addition).
void require_register_address(Database& db, std::int64_t work_area, const Address& a);

// Where an address is: its BAG point (same addition, else the number's first), else the position
// of a corporation home at it (same addition, else the number's first); nullopt when neither is
// known.
std::optional<Point> address_position(Database& db, std::int64_t work_area, const Address& a);
// The two halves of address_position.
std::optional<Point> bag_position(Database& db, std::int64_t work_area, const Address& a);
std::optional<Point> stock_position(Database& db, std::int64_t work_area, const Address& a);
// The address's position in WGS84, for a circle around it; nullopt as address_position.
std::optional<LatLon> address_lat_lon(Database& db, std::int64_t work_area, const Address& a);
// Whether the address lies in the circle or polygon (false when it cannot be placed).
bool address_in_area(Database& db, std::int64_t work_area, const InitiativeArea& area,
                     const Address& a);

// The area as a GeoJSON Feature in WGS84 (a circle as a 64-sided polygon; a buurt as its
// MultiPolygon), with the form's members as properties; empty when a buurt has no geometry.
std::string area_geojson(Database& db, std::int64_t work_area, const InitiativeArea& area,
                         const std::string& buurt);

}  // namespace leefbaar::store
