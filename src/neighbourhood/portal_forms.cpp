#include "neighbourhood/portal_forms.hpp"

#include "core/errors.hpp"
#include "neighbourhood/spending.hpp"

namespace leefbaar::neighbourhood {

NewInitiative portal_initiative(const PortalInitiativeForm& form) {
  NewInitiative in;
  in.title = form.title;
  in.description = form.description;
  in.type = form.type;
  in.buurt_code = form.buurt;
  in.asked_materials = form.asked_materials;
  if (!form.asked_amount.empty()) {
    const auto c = parse_euros(form.asked_amount);
    if (!c || *c < 0) throw FieldError("asked_amount", "Vul een bedrag in euro in, zoals 250.");
    in.asked_amount_cents = *c;
  }
  const std::string& hours = form.asked_hours;
  if (!hours.empty()) {
    if (hours.size() > 6 || hours.find_first_not_of("0123456789") != std::string::npos)
      throw FieldError("asked_hours", "Vul een aantal uren in, zoals 10.");
    in.asked_hours = std::stoll(hours);
  }
  return in;
}

}  // namespace leefbaar::neighbourhood
