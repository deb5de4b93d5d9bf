#pragma once
// Who a user is, as every rule reads it: the organisation, the role and the wijken they work in.
// The store keeps the accounts (store/users.hpp); the rules of each domain take these values.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace leefbaar {

enum class Role { beheerder, analist, wijkteam, lezer };

struct User {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string email, display_name;
  Role role = Role::lezer;
  std::vector<std::string> wijken;  // the wijk codes the user works in
  bool disabled = false;
};

// A work area: the corporation's programme and the partnership around it. Everything a user reads
// or writes is scoped to the work area of their organisation (the owner's, or one it partners in).
struct WorkArea {
  std::int64_t id = 0;
  std::string name, organisation;
};

// An organisation of the partnership as records name it: kind is gemeente, corporatie or welzijn.
struct OrganisationRef {
  std::int64_t id = 0;
  std::string name, kind;
};

// Staff record and follow up the neighbourhood work; a lezer only reads.
inline bool is_staff(Role r) {
  return r == Role::beheerder || r == Role::analist || r == Role::wijkteam;
}

inline bool has_wijk(const User& user, const std::string& wijk) {
  return std::find(user.wijken.begin(), user.wijken.end(), wijk) != user.wijken.end();
}

}  // namespace leefbaar
