#pragma once
// Log-in, sessions and the management of users. A beheerder manages the users of their own
// organisation only: another organisation's users are neither listed, nor created, nor changed, and
// are answered as not existing. Every change is audited in its own transaction.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/accounts.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// The session of this token while it has passed neither limit and its user is enabled.
std::optional<Session> find_session(Service& service, const std::string& token,
                                    Clock::time_point now);

// Checks the throttle and the password (store/users.hpp: the same work whether or not the address
// exists), records and audits the attempt, and opens a session on success. `client` is the
// caller's address, for the throttle.
LoginResult log_in(Service& service, const std::string& email, const std::string& password,
                   const std::string& client, Clock::time_point now);
// Ends the session of this token and audits it.
void log_out(Service& service, const User& caller, const std::string& token);
// The caller's own change: the current password must be right (FieldError "current_password"; a
// new one that is too short: FieldError "password"). Ends every session of the caller and answers
// a new one for this browser, in the same transaction.
Session change_own_password(Service& service, const User& caller, const std::string& current,
                            const std::string& password, Clock::time_point now);

// The users of the caller's organisation, disabled ones too; the read of these names and addresses
// is audited with its purpose.
std::vector<User> list_users(Service& service, const User& caller);
// Organisations a request names by name, by the field that names them (organisation,
// organisation_name): each must be the caller's own (ForbiddenError "other_organisation" on that
// field).
using NamedOrganisations = std::map<std::string, std::string>;
// A user in the caller's organisation; FieldError as store::create_user.
std::int64_t create_user(Service& service, const User& caller, NewUser user,
                         const NamedOrganisations& named = {});
// NotFoundError for a user of another organisation, or none.
void require_user_of_organisation(Service& service, const User& caller, std::int64_t id);
// NotFoundError for a user of another organisation (or none); ConflictError "own_account" when the
// caller changes their own role or disables themselves. Answers the user as changed. Any change
// ends the user's sessions.
User change_user(Service& service, const User& caller, std::int64_t id, const UserChange& change,
                 const NamedOrganisations& named = {});

}  // namespace leefbaar::usecases
