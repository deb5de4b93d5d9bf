#include "usecases/wijkwerk_corrections.hpp"

#include <fmt/format.h>

#include "neighbourhood/wijkwerk_json.hpp"
#include "store/audit.hpp"
#include "store/wijkwerk_store.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"
#include "usecases/wijkwerk_records.hpp"

namespace leefbaar::usecases {

namespace {

// The wijk an activity is in: that of its buurt when it names one.
std::string activity_wijk(store::Database& db, std::int64_t work_area,
                          const neighbourhood::Activity& a) {
  const std::string wijk = a.buurt_code.empty()
                               ? a.wijk_code
                               : store::wijk_of_buurt(db, work_area, a.buurt_code, "buurt_code");
  if (!neighbourhood::is_wijk_code(wijk))
    throw FieldError("wijk_code", "Kies een wijk (een wijkcode als WK010601).");
  return wijk;
}

std::string work_wijk(store::Database& db, std::int64_t work_area,
                      const neighbourhood::PhysicalWork& w) {
  const std::string wijk = neighbourhood::is_buurt_code(w.area_code)
                               ? store::wijk_of_buurt(db, work_area, w.area_code, "area_code")
                               : w.area_code;
  if (!neighbourhood::is_wijk_code(wijk))
    throw FieldError("area_code", "Kies een wijk of buurt (WK010601 of BU01060101).");
  return wijk;
}

}  // namespace

void update_activity(Service& service, const User& caller, std::int64_t id,
                     const neighbourhood::Activity& activity) {
  change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const auto before = store::find_activity(db, wa.id, id);
    if (!before) throw NotFoundError("Deze activiteit bestaat niet.");
    neighbourhood::require_wijk(caller, before->wijk_code);
    neighbourhood::Activity a = activity;
    a.wijk_code = activity_wijk(db, wa.id, a);
    neighbourhood::require_wijk(caller, a.wijk_code);
    store::update_activity(db, wa.id, id, a);
    const auto after = store::find_activity(db, wa.id, id);
    store::record_audit(db, {caller.email, "update", fmt::format("wijk_activity/{}", id),
                             change_detail(neighbourhood::activity_json(*before),
                                           neighbourhood::activity_json(*after)),
                             ""});
  });
}

void remove_activity(Service& service, const User& caller, std::int64_t id) {
  change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const auto before = store::find_activity(db, wa.id, id);
    if (!before) throw NotFoundError("Deze activiteit bestaat niet.");
    neighbourhood::require_wijk(caller, before->wijk_code);
    store::remove_activity(db, wa.id, id);
    store::record_audit(db, {caller.email, "delete", fmt::format("wijk_activity/{}", id),
                             removal_detail(neighbourhood::activity_json(*before)), ""});
  });
}

void update_work(Service& service, const User& caller, std::int64_t id,
                 const neighbourhood::PhysicalWork& work) {
  change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const auto before = store::find_work(db, wa.id, id);
    if (!before) throw NotFoundError("Dit werk bestaat niet.");
    neighbourhood::require_wijk(caller, before->wijk_code);
    neighbourhood::require_wijk(caller, work_wijk(db, wa.id, work));
    const auto after = store::update_work(db, wa.id, id, work);
    store::record_audit(
        db,
        {caller.email, "update", fmt::format("wijk_work/{}", id),
         change_detail(neighbourhood::work_json(*before), neighbourhood::work_json(after)), ""});
  });
}

void remove_work(Service& service, const User& caller, std::int64_t id) {
  change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const auto before = store::find_work(db, wa.id, id);
    if (!before) throw NotFoundError("Dit werk bestaat niet.");
    neighbourhood::require_wijk(caller, before->wijk_code);
    store::remove_work(db, wa.id, id);
    store::record_audit(db, {caller.email, "delete", fmt::format("wijk_work/{}", id),
                             removal_detail(neighbourhood::work_json(*before)), ""});
  });
}

void remove_wijk_profile(Service& service, const User& caller, std::int64_t id) {
  change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const auto before = store::find_profile(db, wa.id, id);
    if (!before) throw NotFoundError("Dit wijkprofiel bestaat niet.");
    neighbourhood::require_wijk(caller, before->wijk_code);
    store::remove_profile(db, wa.id, id);
    store::record_audit(db, {caller.email, "delete", fmt::format("wijk_profile/{}", id),
                             removal_detail(profile_record(*before)), ""});
  });
}

}  // namespace leefbaar::usecases
