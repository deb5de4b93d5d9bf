#pragma once
// Internal to the use cases: the audit entries of the accounts, written the same way whether the
// server (access.cpp) or the operator's CLI (administration.cpp) makes the change.
#include <cstdint>
#include <string>
#include <vector>

#include "core/accounts.hpp"
#include "store/database.hpp"
#include "store/users.hpp"

namespace leefbaar::usecases {

// A new user, with the address and the role as stored.
void audit_user_created(store::Database& db, const std::string& actor, std::int64_t id);
// What store::change_user changed in `user`; nothing changed, nothing logged.
void audit_user_changed(store::Database& db, const std::string& actor, const User& user,
                        const std::vector<std::string>& what);
void audit_password_set(store::Database& db, const std::string& actor, std::int64_t id);
// A log-in or a failed one, from where (never the password); a throttled attempt is not logged.
void audit_login(store::Database& db, const store::LoginAttempt& attempt,
                 const std::string& client);

}  // namespace leefbaar::usecases
