#pragma once
// What the initiative routes of staff and the portal share about an initiative's area: the member
// gebied of a body, and the answer of the forms' live household count. Defined in
// routes_initiatives.cpp; call them with the database lock held.
#include <nlohmann/json.hpp>

#include "store/households.hpp"

namespace leefbaar::serve {

// The member gebied ({"soort": "buurt" | "cirkel" | "polygoon", ...}); the buurt when absent. A
// circle may name its centre by an address instead of lat/lon ({"soort": "cirkel", "postcode",
// "huisnummer", "toevoeging", "straal_m"}): the keyboard's way to draw one. Throws FieldError.
store::InitiativeArea area_of_body(store::Database& db, std::int64_t work_area,
                                   const nlohmann::json& body);

// {huishoudens, basis, uitleg, buurt, gebied (with a circle's centre), buurt_geojson}.
nlohmann::json households_json(store::Database& db, std::int64_t work_area,
                               const store::HouseholdPreview& preview,
                               const store::InitiativeArea& area);

}  // namespace leefbaar::serve
