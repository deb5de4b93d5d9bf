#include "usecases/work_areas.hpp"

#include "core/errors.hpp"
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

}  // namespace leefbaar::usecases
