#include "usecases/administration.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "store/audit.hpp"
#include "store/imports.hpp"
#include "store/runs.hpp"
#include "store/users.hpp"
#include "usecases/access_audit.hpp"
#include "usecases/import_audit.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

ImportReport import_into(Service& service, const ImportRequest& r, const std::string& actor) {
  // The store reads and checks the whole file before its one transaction (usecases/programme.cpp).
  return holding_lock(service, [&](store::Database& db) {
    return store::import_file(db, r.kind, r.organisation, r.work_area, r.file, r.columns, actor, {},
                              r.confirm_shrink, audit_import_as(actor, r.work_area));
  });
}

std::int64_t record_run(Service& service, const std::string& organisation,
                        const std::string& work_area, const std::string& actor,
                        const ProgrammeRun& run) {
  return change(service, [&](store::Database& db) {
    const auto id =
        store::save_programme_run(db, {organisation, work_area, actor, run.data.run.params,
                                       run.data.checksums, run.stock, run.result});
    store::record_audit(db, {actor, "create", fmt::format("programme_run/{}", id),
                             work_area + ": " + run.data.run.params.name, ""});
    return id;
  });
}

std::int64_t add_user(Service& service, const std::string& organisation, OrganisationKind kind,
                      const NewUser& user, const std::string& actor) {
  return change(service, [&](store::Database& db) {
    NewUser u = user;
    const auto found = store::find_organisation(db, organisation);
    u.organisation_id = found ? *found : store::create_organisation(db, organisation, kind);
    const auto id = store::create_user(db, u);
    audit_user_created(db, actor, id);
    return id;
  });
}

User user_by_email(Service& service, const std::string& email) {
  const auto user =
      read(service, [&](store::Database& db) { return store::find_user_by_email(db, email); });
  if (!user)
    throw InputError(fmt::format("--email: er is geen gebruiker met het adres '{}'", email));
  return *user;
}

void set_password(Service& service, std::int64_t user, const std::string& password,
                  const std::string& actor) {
  change(service, [&](store::Database& db) {
    store::set_password(db, user, password);
    audit_password_set(db, actor, user);
  });
}

User change_user_as_operator(Service& service, std::int64_t user, const UserChange& change_,
                             const std::string& actor) {
  return change(service, [&](store::Database& db) {
    const auto what = store::change_user(db, user, change_);
    auto changed = *store::find_any_user(db, user);
    audit_user_changed(db, actor, changed, what);
    return changed;
  });
}

}  // namespace leefbaar::usecases
