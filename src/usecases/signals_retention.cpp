#include "usecases/signals_retention.hpp"

#include <fmt/format.h>

#include "store/audit.hpp"
#include "store/retention.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

std::vector<neighbourhood::RetentionSetting> retention_settings(Service& service,
                                                                const User& caller) {
  return read(service, [&](store::Database& db) {
    return store::retention_settings(db, work_area_of(db, caller).id);
  });
}

std::vector<neighbourhood::RetentionSetting> save_retention(
    Service& service, const User& caller, const std::vector<std::pair<std::string, int>>& periods) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    for (const auto& [record_type, months] : periods) {
      store::save_retention(db, wa.id, record_type, months, caller.email);
      store::record_audit(
          db, {caller.email, "settings", fmt::format("bewaartermijn/{}/{}", wa.id, record_type),
               fmt::format("{} maanden", months), ""});
    }
    return store::retention_settings(db, wa.id);
  });
}

}  // namespace leefbaar::usecases
