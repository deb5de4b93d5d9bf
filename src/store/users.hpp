#pragma once
// Organisations, users, roles and sessions in the store. Passwords are hashed with argon2id
// (libsodium's crypto_pwhash_str); session tokens are random 256-bit values of which only the
// SHA-256 is stored, so a copy of the database does not hand out sessions. Failed log-ins are
// throttled per e-mail address. Time is passed in, so tests control the clock.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace leefbaar::store {

using Clock = std::chrono::system_clock;

enum class OrganisationKind { gemeente, corporatie, welzijn };
enum class Role { beheerder, analist, wijkteam, lezer };
std::string_view to_string(Role role);
std::optional<Role> role_from_name(std::string_view name);

struct User {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string email, display_name;
  Role role = Role::lezer;
  std::vector<std::string> wijken;  // the wijk codes the user works in
};

struct NewUser {
  std::int64_t organisation_id = 0;
  std::string email, display_name, password;
  Role role = Role::lezer;
  std::vector<std::string> wijken;
};

std::int64_t create_organisation(Database& db, const std::string& name, OrganisationKind kind);
// Throws InputError naming the field: an e-mail address already in use, a password shorter than
// 12 characters, an empty name.
std::int64_t create_user(Database& db, const NewUser& user, const std::string& actor);
std::optional<User> find_user(Database& db, std::int64_t id);

struct Session {
  std::string token;  // for the cookie; only its hash is stored
  std::string csrf_token;
  User user;
  Clock::time_point expires_at;
};

enum class LoginOutcome { ok, wrong_credentials, throttled };
struct LoginResult {
  LoginOutcome outcome = LoginOutcome::wrong_credentials;
  std::optional<Session> session;
};

struct LoginPolicy {
  int max_failures = 5;  // within the window, per e-mail address
  std::chrono::minutes window{15};
  std::chrono::hours session_lifetime{8};
};

// Checks the password (the same work whether or not the address exists, so timing does not tell),
// records the attempt, and opens a session on success.
LoginResult log_in(Database& db, const std::string& email, const std::string& password,
                   Clock::time_point now, const LoginPolicy& policy = {});
// The session's user while it has not expired; nullopt otherwise.
std::optional<Session> find_session(Database& db, const std::string& token, Clock::time_point now);
void log_out(Database& db, const std::string& token);

}  // namespace leefbaar::store
