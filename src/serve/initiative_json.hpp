#pragma once
// Internal to serve: what the initiative routes of staff (routes_initiative*.cpp) and of the portal
// (routes_portal*.cpp) share: the members of a body, the member gebied of a form, the JSON of
// an initiative, its area and the forms' live household count, and the handlers of the staff's
// routes that routes_initiatives.cpp registers.
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "neighbourhood/initiative_records.hpp"
#include "serve/app.hpp"
#include "usecases/initiatives.hpp"

namespace leefbaar::serve {

// The members postcode, huisnummer and toevoeging, as typed.
neighbourhood::AddressText address_text(const nlohmann::json& body);
// An amount in euros (a number or text such as "1.250,50") as cents; 0 when absent, null or empty.
// HttpError 422 naming the field for a negative amount or one that is no amount.
long long cents_field(const nlohmann::json& body, const char* field);
// A whole number of 0 up to a million (a number or its digits); 0 when absent. HttpError 422
// naming the field otherwise.
long long whole_field(const nlohmann::json& body, const char* field);
// A number; nullopt when absent or null. HttpError 400 naming the field for another type.
std::optional<double> number_field(const nlohmann::json& body, const char* field);

// The member gebied ({"soort": "buurt" | "cirkel" | "polygoon", ...}); the buurt when absent. A
// circle may name its centre by an address instead of lat/lon ({"soort": "cirkel", "postcode",
// "huisnummer", "toevoeging", "straal_m"}): the keyboard's way to draw one.
usecases::AreaForm area_form_of(const nlohmann::json& body);

// Cents as euros in an answer.
double euros(long long cents);

nlohmann::json area_json(const neighbourhood::InitiativeArea& area);
// What the count is based on, in words for the forms and the detail page.
const char* basis_text(const std::string& basis);
// {huishoudens, basis, uitleg, buurt, gebied (with a circle's centre), buurt_geojson}.
nlohmann::json households_json(const usecases::HouseholdsAnswer& answer);
// An initiative as staff see it, with its pledges.
nlohmann::json initiative_json(const neighbourhood::Initiative& i);
// The distinct wijken of the buurten, in their order: [{code, name, gemeente}].
nlohmann::json wijken_json(const std::vector<neighbourhood::AreaRef>& buurten);

// The schemas of the answers above (serve/schema.hpp).
nlohmann::json area_schema();
nlohmann::json households_schema();
nlohmann::json initiative_schema();
// One of the states, as state_text writes them.
nlohmann::json initiative_state_schema();
nlohmann::json wijken_schema();
// A GeoJSON Feature of an area (the store's area_geojson): a Polygon or the buurt's MultiPolygon.
nlohmann::json area_feature_schema();
// The schemas of the members the readers above take: the member gebied of a form (area_form_of,
// null: the buurt), an amount (cents_field: a number or text such as "1.250,50") and a whole
// number (whole_field: a number or its digits).
nlohmann::json area_form_schema();
nlohmann::json amount_input_schema(std::string_view description = {});
nlohmann::json whole_input_schema(std::string_view description = {});

// The staff routes of the other files (routes_initiative_decisions.cpp: supports, decisions and
// the majority rule; routes_initiative_figures.cpp: the figures).
void add_initiative_decision_routes(std::vector<Route>& routes);
void add_initiative_figure_routes(std::vector<Route>& routes);

}  // namespace leefbaar::serve
