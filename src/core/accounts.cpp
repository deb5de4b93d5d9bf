#include "core/accounts.hpp"

namespace leefbaar {

std::string_view to_string(Role role) {
  switch (role) {
    case Role::beheerder:
      return "beheerder";
    case Role::analist:
      return "analist";
    case Role::wijkteam:
      return "wijkteam";
    case Role::lezer:
      return "lezer";
  }
  return "";
}

std::string_view to_string(OrganisationKind kind) {
  switch (kind) {
    case OrganisationKind::gemeente:
      return "gemeente";
    case OrganisationKind::corporatie:
      return "corporatie";
    case OrganisationKind::welzijn:
      return "welzijn";
  }
  return "";
}

std::optional<OrganisationKind> organisation_kind_from_name(std::string_view name) {
  for (auto k :
       {OrganisationKind::gemeente, OrganisationKind::corporatie, OrganisationKind::welzijn})
    if (name == to_string(k)) return k;
  return std::nullopt;
}

std::optional<Role> role_from_name(std::string_view name) {
  for (Role r : {Role::beheerder, Role::analist, Role::wijkteam, Role::lezer}) {
    if (name == to_string(r)) return r;
  }
  return std::nullopt;
}

}  // namespace leefbaar
