#include "usecases/signals_residents.hpp"

#include "store/signals.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

std::vector<neighbourhood::ContactMoment> resident_contacts(Service& service, const User& caller,
                                                            neighbourhood::ResidentQuery query) {
  query.organisation = caller.organisation_id;
  return change(service, [&](store::Database& db) {
    return store::find_resident_contacts(db, work_area_of(db, caller).id, caller.email, query,
                                         "inzageverzoek");
  });
}

int erase_resident_contacts(Service& service, const User& caller,
                            neighbourhood::ResidentQuery query) {
  query.organisation = caller.organisation_id;
  return change(service, [&](store::Database& db) {
    return store::erase_resident_contacts(db, work_area_of(db, caller).id, caller.email, query);
  });
}

}  // namespace leefbaar::usecases
