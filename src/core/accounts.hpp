#pragma once
// The records of access that the server and the CLI hand on: sessions, the outcome of a log-in, a
// new user and a change to one, the kinds of organisation. The store keeps them
// (store/users.hpp, store/sessions.hpp); the use cases (usecases/access.hpp) change them.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/access.hpp"

namespace leefbaar {

using Clock = std::chrono::system_clock;

enum class OrganisationKind { gemeente, corporatie, welzijn };

std::string_view to_string(OrganisationKind kind);
std::optional<OrganisationKind> organisation_kind_from_name(std::string_view name);
std::string_view to_string(Role role);
std::optional<Role> role_from_name(std::string_view name);

// A log-in: the token goes in the cookie (only its hash is stored), the CSRF token in the page.
struct Session {
  std::string token;  // for the cookie; only its hash is stored
  std::string csrf_token;
  User user;
  Clock::time_point expires_at;  // the absolute limit
};

struct NewUser {
  std::int64_t organisation_id = 0;
  std::string email, display_name, password;
  Role role = Role::lezer;
  std::vector<std::string> wijken;
};

// A change by a beheerder (or the CLI): each member that is set is changed. Any change ends all of
// the user's sessions, so a new role or a disabled account takes effect at once.
struct UserChange {
  std::optional<Role> role;
  std::optional<bool> disabled;
  std::optional<std::vector<std::string>> wijken;  // the wijken the user works in, replaced whole
};

enum class LoginOutcome { ok, wrong_credentials, disabled, throttled };
struct LoginResult {
  LoginOutcome outcome = LoginOutcome::wrong_credentials;
  std::optional<Session> session;
  std::chrono::seconds retry_after{0};  // when throttled
};

}  // namespace leefbaar
