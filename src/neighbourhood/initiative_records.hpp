#pragma once
// The records of resident initiatives as every layer hands them on: an initiative with its area,
// households, supports and pledges, what staff or a resident enter, the filter of a list, the
// wijk team's decision, the confirmed supports, a used e-mail link and the forms' household count.
// The rules on them are in neighbourhood/initiatives.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "neighbourhood/addresses.hpp"
#include "neighbourhood/areas.hpp"
#include "neighbourhood/initiative_area.hpp"
#include "neighbourhood/initiatives.hpp"

namespace leefbaar::neighbourhood {

// The kinds of initiative, as stored and as the forms offer them.
inline constexpr const char* kInitiativeTypes[] = {
    "buurtfeest", "speelplek", "groen",      "ontmoeten",  "schoon",
    "jeugd",      "ouderen",   "buurtkrant", "veiligheid", "overig"};
// The Dutch label of a kind ("Iets anders" for an unknown one).
const char* type_label(const std::string& type);

struct Pledge {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  long long amount_cents = 0, hours = 0;
  std::string means;
};

struct NewInitiative {
  std::string title, description, type;
  std::string buurt_code;           // picked by staff; empty: from the location address
  std::optional<Address> location;  // the place of the initiative
  std::optional<double> lat, lon;   // a point on the map (kept as given; a shape's centre if none)
  InitiativeArea shape;             // the households concerned: the buurt, a circle or a polygon
  long long asked_amount_cents = 0, asked_hours = 0;
  std::string asked_materials;
  std::optional<std::int64_t> asked_organisation_id;
  std::string source = "medewerker";  // portaal, medewerker, papier
};

struct Initiative {
  std::int64_t id = 0;
  std::string title, description, type;
  AreaRef area;
  std::optional<std::string> location_postcode;
  std::optional<int> location_huisnummer;
  std::optional<double> lat, lon;
  InitiativeArea shape;
  long long households = 0;
  std::string households_basis;  // pc6hnr (a buurt), bag or corporatie (a shape)
  long long asked_amount_cents = 0, asked_hours = 0;
  std::string asked_materials;
  std::optional<std::int64_t> asked_organisation_id;
  std::string asked_organisation_name;
  std::string source, entered_by;
  InitiativeState state = InitiativeState::open;
  std::string created_at;
  std::string majority_at, decision_due, decided_at, decided_by, refusal_reason;
  std::string realised_at, evaluated_at, evaluation;
  long long supports = 0;  // confirmed
  long long needed = 0;    // the smallest number of supports that is a majority
  bool supported = false;
  bool overdue = false;  // majority reached, undecided, and past the decision date
  std::vector<Pledge> pledges;
};

struct InitiativeFilter {
  std::optional<std::vector<std::string>> wijken;  // restrict to these wijken (a wijk team)
  std::string wijk;                                // exact; empty: any
  std::optional<InitiativeState> state;            // none: any
  std::optional<int> year;                         // year of created_at
  bool include_unconfirmed = false;
};

struct SupportRow {
  std::int64_t id = 0;
  std::string address_key, source, entered_by, created_at;
};

// A support entered from a paper list, and the initiative's counts with it.
struct SupportAdded {
  std::int64_t id = 0;
  long long supports = 0, needed = 0;
  bool supported = false;
};

struct Decision {
  bool approve = false;
  std::string reason;  // required for a refusal
  std::vector<Pledge> pledges;
};

// What a used portal link confirmed.
struct Confirmation {
  std::string kind;  // initiatief or steun
  std::int64_t initiative_id = 0;
  std::string title;
};

// The households an initiative with an area concerns (the forms' live count).
struct HouseholdCount {
  long long households = 0;
  std::string basis;  // pc6hnr (a buurt), bag or corporatie (a shape)
};
struct HouseholdPreview {
  HouseholdCount count;
  std::optional<AreaRef> buurt;
};

}  // namespace leefbaar::neighbourhood
