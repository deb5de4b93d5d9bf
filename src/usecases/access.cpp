#include "usecases/access.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "store/audit.hpp"
#include "store/users.hpp"
#include "usecases/access_audit.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

namespace {

User user_of_organisation(store::Database& db, const User& caller, std::int64_t id) {
  const auto user = store::find_any_user(db, id);
  // Another organisation's user is answered as one that does not exist: no hint that it does.
  if (!user || user->organisation_id != caller.organisation_id)
    throw NotFoundError("Deze gebruiker bestaat niet in uw organisatie.");
  return *user;
}

const char* const kOtherOrganisation =
    "U kunt alleen gebruikers van uw eigen organisatie aanmaken of wijzigen.";

void require_own_organisation(store::Database& db, const User& caller,
                              const NamedOrganisations& named) {
  if (named.empty()) return;
  const auto own = store::organisation_name(db, caller.organisation_id);
  for (const auto& [field, name] : named)
    if (name != own) throw ForbiddenError(kOtherOrganisation, "other_organisation", field);
}

}  // namespace

void require_user_of_organisation(Service& service, const User& caller, std::int64_t id) {
  read(service, [&](store::Database& db) { user_of_organisation(db, caller, id); });
}

std::optional<Session> find_session(Service& service, const std::string& token,
                                    Clock::time_point now) {
  // Not in a write transaction: every request asks, and the last-seen stamp it may write commits
  // on its own, so a long import on the same store does not hold up reading requests.
  return read(service, [&](store::Database& db) { return store::find_session(db, token, now); });
}

LoginResult log_in(Service& service, const std::string& email, const std::string& password,
                   const std::string& client, Clock::time_point now) {
  return change(service, [&](store::Database& db) -> LoginResult {
    const auto attempt = store::log_in(db, store::LoginRequest{email, password, client}, now);
    audit_login(db, attempt, client);
    return attempt;
  });
}

void log_out(Service& service, const User& caller, const std::string& token) {
  change(service, [&](store::Database& db) {
    store::log_out(db, token);
    store::record_audit(db, {caller.email, "logout", "user/" + std::to_string(caller.id), "", ""});
  });
}

Session change_own_password(Service& service, const User& caller, const std::string& current,
                            const std::string& password, Clock::time_point now) {
  return change(service, [&](store::Database& db) {
    store::change_own_password(db, caller.id, current, password);
    audit_password_set(db, caller.email, caller.id);
    return store::open_session(db, caller, now);
  });
}

std::vector<User> list_users(Service& service, const User& caller) {
  return change(service, [&](store::Database& db) {
    auto users = store::list_users(db, caller.organisation_id);
    store::record_audit(db, {caller.email, "read", "users", fmt::format("{} users", users.size()),
                             "gebruikersbeheer"});
    return users;
  });
}

std::int64_t create_user(Service& service, const User& caller, NewUser user,
                         const NamedOrganisations& named) {
  user.organisation_id = caller.organisation_id;
  return change(service, [&](store::Database& db) {
    require_own_organisation(db, caller, named);
    const auto id = store::create_user(db, user);
    audit_user_created(db, caller.email, id);
    return id;
  });
}

User change_user(Service& service, const User& caller, std::int64_t id, const UserChange& change_,
                 const NamedOrganisations& named) {
  return change(service, [&](store::Database& db) {
    const auto user = user_of_organisation(db, caller, id);
    require_own_organisation(db, caller, named);
    if (user.id == caller.id && (change_.role || change_.disabled))
      throw ConflictError(change_.role ? "role" : "disabled",
                          "U kunt uw eigen rol niet wijzigen en uw eigen account niet "
                          "uitschakelen. Vraag dat aan een andere beheerder.",
                          "own_account");
    const auto what = store::change_user(db, id, change_);
    audit_user_changed(db, caller.email, user, what);
    return *store::find_any_user(db, id);
  });
}

}  // namespace leefbaar::usecases
