#include "usecases/work_areas.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "store/audit.hpp"
#include "store/settings.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

WorkArea work_area_of(store::Database& db, const User& caller) {
  const auto wa = store::work_area_of_organisation(db, caller.organisation_id);
  if (!wa)
    throw NotFoundError(
        "Uw organisatie heeft nog geen werkgebied. Vraag de beheerder om u toe te voegen.",
        "no_work_area");
  return *wa;
}

WorkArea work_area_of(Service& service, const User& caller) {
  return read(service, [&](store::Database& db) { return work_area_of(db, caller); });
}

WorkArea create_work_area(Service& service, const User& caller, const std::string& name) {
  return change(service, [&](store::Database& db) {
    const WorkArea created = store::create_work_area(db, caller.organisation_id, name);
    store::record_audit(
        db, {caller.email, "create", fmt::format("work_area/{}", created.id), created.name, ""});
    return created;
  });
}

}  // namespace leefbaar::usecases
