#include "usecases/wijkwerk_activities.hpp"

#include <fmt/format.h>

#include "store/audit.hpp"
#include "store/wijkwerk_store.hpp"
#include "usecases/import_audit.hpp"
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
    const auto stored = store::add_activity(db, wa.id, a, caller.email);
    store::record_audit(
        db, {caller.email, "create", fmt::format("wijk_activity/{}", stored.id),
             fmt::format("{} {} {}", stored.held_on, stored.wijk_code, stored.title), ""});
    return stored.id;
  });
}

// The whole file is checked before anything is written, under the lock but before the transaction
// that writes the rows with their audit entry: an import changes everything or nothing.
long long import_activities(Service& service, const User& caller, const std::string& csv) {
  return holding_lock(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    const auto activities = store::check_activities_csv(db, wa, csv);
    store::Transaction transaction(db);
    store::insert_activities(db, wa, activities, caller.email);
    audit_activities_import(db, caller.email, static_cast<long long>(activities.size()));
    transaction.commit();
    return static_cast<long long>(activities.size());
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
    const auto stored = store::add_work(db, wa.id, work, caller.email);
    store::record_audit(
        db, {caller.email, "create", fmt::format("wijk_work/{}", stored.id), stored.title, ""});
    return stored.id;
  });
}

}  // namespace leefbaar::usecases
