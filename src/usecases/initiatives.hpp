#pragma once
// Resident initiatives for staff, each operation scoped to the caller's work area and, for a wijk
// team, to its own wijken: an initiative outside them is answered as not existing (NotFoundError),
// a new one there is refused (ForbiddenError "buurt"). The decisions and the majority rule are in
// usecases/initiatives_decisions.hpp, the figures in usecases/initiatives_figures.hpp.
#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/initiative_records.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

using TimePoint = std::chrono::system_clock::time_point;

// The member gebied of a form as given ({"soort": "buurt" | "cirkel" | "polygoon", ...}; null:
// the buurt). A circle may name its centre by an address instead of lat/lon (the keyboard's way to
// draw one): `centre` is then that address as typed, placed by the registers under the lock.
struct AreaForm {
  nlohmann::json gebied;
  std::optional<neighbourhood::AddressText> centre;
};

// The forms' live count: what an initiative with this area would concern, the area (a circle
// with its centre placed) and the buurt's outline as a GeoJSON Feature (empty when unknown).
struct HouseholdsAnswer {
  neighbourhood::HouseholdPreview preview;
  neighbourhood::InitiativeArea area;
  std::string buurt_geojson;
};

// The most initiatives one page of the list holds.
inline constexpr long long kMaxInitiativePage = 200;

// What the list asks for: the store's filter (its wijken are set from the caller), a text, only
// the overdue ones, and the page.
struct InitiativeQuery {
  neighbourhood::InitiativeFilter filter;
  std::string text;  // in the title, description or an organisation's name, any case; empty: all
  bool overdue_only = false;
  long long limit = 50, offset = 0;
};

// One page, newest first, and how many match in all: total counts only what the caller may see,
// after every filter, so the pages add up to it.
struct InitiativePage {
  std::vector<neighbourhood::Initiative> initiatives;
  long long total = 0;
};

InitiativePage list_initiatives(Service& service, const User& caller, InitiativeQuery query,
                                TimePoint now);

struct InitiativeOptions {
  std::vector<neighbourhood::AreaRef> buurten;  // those the caller may choose
  std::vector<OrganisationRef> organisations;   // the owner and its partners
  neighbourhood::MajorityRule rule;
};
InitiativeOptions initiative_options(Service& service, const User& caller);

// Entered by staff (source medewerker or papier). FieldError naming the field (the asked
// organisation must be one of the partnership: "asked_organisation_id"; the gebied: "gebied");
// ForbiddenError "buurt" when a wijk team names a buurt outside its wijken.
std::int64_t create_initiative(Service& service, const User& caller,
                               neighbourhood::NewInitiative in, const AreaForm& area,
                               TimePoint now);

// An initiative with its confirmed supports (an audited read of addresses) and its area as a
// GeoJSON Feature (empty when the buurt has no geometry).
struct InitiativeDetail {
  neighbourhood::Initiative initiative;
  std::vector<neighbourhood::SupportRow> supports;
  std::string area_geojson;
};
InitiativeDetail initiative_detail(Service& service, const User& caller, std::int64_t id,
                                   TimePoint now);

// FieldError "gebied" for a bad shape or an unplaceable centre, "buurt" when the buurt is missing
// or unknown.
HouseholdsAnswer initiative_households(Service& service, const User& caller, const AreaForm& area,
                                       const std::string& buurt);

}  // namespace leefbaar::usecases
