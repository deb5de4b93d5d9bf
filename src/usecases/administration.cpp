#include "usecases/administration.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "store/imports.hpp"
#include "store/runs.hpp"
#include "store/users.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

ImportReport import_into(Service& service, const ImportRequest& r, const std::string& actor) {
  // The store reads and checks the whole file before its one transaction (usecases/programme.cpp).
  return holding_lock(service, [&](store::Database& db) {
    return store::import_file(db, r.kind, r.organisation, r.work_area, r.file, r.columns, actor, {},
                              r.confirm_shrink);
  });
}

std::int64_t record_run(Service& service, const std::string& organisation,
                        const std::string& work_area, const std::string& actor,
                        const ProgrammeRun& run) {
  return change(service, [&](store::Database& db) {
    return store::save_programme_run(db, {organisation, work_area, actor, run.data.run.params,
                                          run.data.checksums, run.stock, run.result});
  });
}

std::int64_t add_user(Service& service, const std::string& organisation, OrganisationKind kind,
                      const NewUser& user, const std::string& actor) {
  return change(service, [&](store::Database& db) {
    NewUser u = user;
    const auto found = store::find_organisation(db, organisation);
    u.organisation_id = found ? *found : store::create_organisation(db, organisation, kind);
    return store::create_user(db, u, actor);
  });
}

User user_by_email(Service& service, const std::string& email) {
  const auto user =
      read(service, [&](store::Database& db) { return store::find_user_by_email(db, email); });
  if (!user) throw InputError(fmt::format("--email: no user with the address '{}'", email));
  return *user;
}

void set_password(Service& service, std::int64_t user, const std::string& password,
                  const std::string& actor) {
  change(service, [&](store::Database& db) { store::set_password(db, user, password, actor); });
}

User change_user_as_operator(Service& service, std::int64_t user, const UserChange& change_,
                             const std::string& actor) {
  return change(service, [&](store::Database& db) {
    store::change_user(db, user, change_, actor);
    return *store::find_any_user(db, user);
  });
}

}  // namespace leefbaar::usecases
