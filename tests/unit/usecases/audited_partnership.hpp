#pragma once
// The use cases' audit tests start from the same world: a Service over a fresh store holding a
// partnership (support/store_fixture.hpp), the corporation's analist as the caller, and the audit
// log read back in order.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "support/store_fixture.hpp"
#include "support/temp_files.hpp"
#include "usecases/service.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::testing {

inline constexpr const char* kAnalist = "analist@test.nl";

using Entry = AuditRow;

class AuditedPartnership : public ::testing::Test {
 protected:
  explicit AuditedPartnership(const std::vector<Area>& areas) {
    usecases::change(service_, [&](store::Database& db) { add_partnership(db, areas); });
    caller_.organisation_id = 1;
    caller_.email = kAnalist;
    caller_.role = Role::analist;
  }

  // The entries after the first `from` ones, in order.
  std::vector<AuditRow> entries(long long from = 0) {
    return usecases::read(service_, [&](store::Database& db) { return audit_rows(db, from); });
  }
  long long logged() { return static_cast<long long>(entries().size()); }
  // 09:00 UTC on the ISO date.
  static std::chrono::system_clock::time_point at(const std::string& iso) {
    return nine_utc_on(iso);
  }

  TempDir dir_;
  usecases::Service service_{dir_.path() / "store.sqlite"};
  User caller_;
};

}  // namespace leefbaar::testing
