#include "usecases/wijkwerk_activities.hpp"

#include "store/wijkwerk_store.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

std::vector<neighbourhood::Activity> list_activities(Service& service, const User& caller,
                                                     const std::string& wijk, int year) {
  return read(service, [&](store::Database& db) {
    return store::list_activities(db, work_area_of(db, caller).id, wijk, year);
  });
}

std::int64_t add_activity(Service& service, const User& caller,
                          const neighbourhood::Activity& activity) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    neighbourhood::Activity a = activity;
    if (!a.buurt_code.empty())
      a.wijk_code = store::wijk_of_buurt(db, wa.id, a.buurt_code, "buurt_code");
    if (!neighbourhood::is_wijk_code(a.wijk_code))
      throw FieldError("wijk_code", "Kies een wijk (een wijkcode als WK010601).");
    neighbourhood::require_wijk(caller, a.wijk_code);
    return store::add_activity(db, wa.id, a, caller.email);
  });
}

std::string activities_csv(Service& service, const User& caller, const std::string& wijk,
                           int year) {
  return neighbourhood::activities_csv(list_activities(service, caller, wijk, year));
}

long long import_activities(Service& service, const User& caller, const std::string& csv) {
  return change(service, [&](store::Database& db) {
    return store::import_activities_csv(db, work_area_of(db, caller).id, csv, caller.email);
  });
}

std::vector<neighbourhood::PhysicalWork> list_works(Service& service, const User& caller,
                                                    const std::string& wijk, int year) {
  return read(service, [&](store::Database& db) {
    return store::list_works(db, work_area_of(db, caller).id, wijk, year);
  });
}

std::int64_t add_work(Service& service, const User& caller,
                      const neighbourhood::PhysicalWork& work) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    std::string wijk = work.area_code;
    if (neighbourhood::is_buurt_code(work.area_code))
      wijk = store::wijk_of_buurt(db, wa.id, work.area_code, "area_code");
    if (!neighbourhood::is_wijk_code(wijk))
      throw FieldError("area_code", "Kies een wijk of buurt (WK010601 of BU01060101).");
    neighbourhood::require_wijk(caller, wijk);
    return store::add_work(db, wa.id, work, caller.email);
  });
}

}  // namespace leefbaar::usecases
