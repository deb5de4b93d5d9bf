#pragma once
// Organisations, users, roles and log-in. Passwords are hashed with argon2id (libsodium's
// crypto_pwhash_str). Sessions are in store/sessions.hpp, the log-in throttle in
// store/login_throttle.hpp. Time is passed in, so tests control the clock. The callers (the use
// cases) audit each change in their transaction; the writes take the write lock first (BEGIN
// IMMEDIATE), so a CLI import on the same store delays them instead of failing them.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/accounts.hpp"
#include "store/database.hpp"
#include "store/login_throttle.hpp"
#include "store/sessions.hpp"

namespace leefbaar::store {

using leefbaar::LoginOutcome;
using leefbaar::LoginResult;
using leefbaar::NewUser;
using leefbaar::organisation_kind_from_name;
using leefbaar::OrganisationKind;
using leefbaar::role_from_name;
using leefbaar::to_string;
using leefbaar::UserChange;

std::int64_t create_organisation(Database& db, const std::string& name, OrganisationKind kind);
// The organisation's name; nullopt when there is none with this id.
std::optional<std::string> organisation_name(Database& db, std::int64_t id);
// The id of the organisation with this name; nullopt when there is none.
std::optional<std::int64_t> find_organisation(Database& db, const std::string& name);
// Throws InputError naming the field: an e-mail address already in use, a password shorter than
// 12 characters, an empty name, a wijk that is no wijk code (WK and six digits; each kept once).
std::int64_t create_user(Database& db, const NewUser& user);
// An enabled user; nullopt when there is none or the user is disabled.
std::optional<User> find_user(Database& db, std::int64_t id);
// A user, enabled or disabled (management).
std::optional<User> find_any_user(Database& db, std::int64_t id);
std::optional<User> find_user_by_email(Database& db, const std::string& email);
// The users of one organisation, disabled ones too, by e-mail address.
std::vector<User> list_users(Database& db, std::int64_t organisation_id);

// What changed, in words ("rol analist -> lezer", "uitgeschakeld"); empty when nothing did, and
// then the sessions stay. Throws FieldError("id") when there is no such user.
std::vector<std::string> change_user(Database& db, std::int64_t id, const UserChange& change);
// Sets a new password (FieldError "password" when too short) and ends all of the user's sessions.
void set_password(Database& db, std::int64_t id, const std::string& password);
// The user's own change: the current password must be right (FieldError "current_password").
void change_own_password(Database& db, std::int64_t id, const std::string& current,
                         const std::string& password);

struct LoginPolicy {
  ThrottlePolicy throttle;
  SessionPolicy session;
};

struct LoginRequest {
  std::string email, password;
  std::string client;  // the client's address (serve::client_address), for the throttle
};

// An attempt as its caller audits it: the address as normalised, and the user it named, if any.
struct LoginAttempt : LoginResult {
  std::string email;
  std::optional<std::int64_t> user_id;
};

// Checks the throttle and the password (the same work whether or not the address exists, so timing
// does not tell), records the attempt, and opens a session on success. A disabled user with the
// right password gets `disabled`, no session.
LoginAttempt log_in(Database& db, const LoginRequest& request, Clock::time_point now,
                    const LoginPolicy& policy = {});
// Without a client address (the CLI, tests): every such attempt counts as one client.
LoginAttempt log_in(Database& db, const std::string& email, const std::string& password,
                    Clock::time_point now, const LoginPolicy& policy = {});

}  // namespace leefbaar::store
