#pragma once
// The residents' portal form for an initiative as typed (every field text), and what it asks
// for. The store checks the rest when the initiative is made (store/initiatives.hpp).
#include <string>

#include "neighbourhood/initiative_records.hpp"

namespace leefbaar::neighbourhood {

struct PortalInitiativeForm {
  std::string title, description, type, buurt, asked_materials;
  std::string asked_amount;  // euros as people write them ("250", "1.250,50"); empty: none
  std::string asked_hours;   // a whole number; empty: none
};

// The initiative the form asks for, without its location and area. FieldError("asked_amount") for
// an amount that is no amount of 0 euros or more, FieldError("asked_hours") for hours that are not
// a whole number of at most six digits.
NewInitiative portal_initiative(const PortalInitiativeForm& form);

}  // namespace leefbaar::neighbourhood
