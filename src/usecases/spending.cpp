#include "usecases/spending.hpp"

#include <fmt/format.h>

#include "store/audit.hpp"
#include "store/initiatives.hpp"
#include "store/spending.hpp"
#include "usecases/import_audit.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

SpendingLedger spending_ledger(Service& service, const User& caller, std::optional<int> year) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    return SpendingLedger{store::list_spending(db, wa.id, year),
                          store::partnership_organisations(db, wa.id)};
  });
}

std::int64_t add_spending(Service& service, const User& caller,
                          const neighbourhood::NewSpending& entry) {
  return change(service, [&](store::Database& db) {
    const auto added = store::add_spending(db, work_area_of(db, caller).id, entry, caller.email);
    store::record_audit(db, {caller.email, "create", fmt::format("spending/{}", added.id),
                             neighbourhood::describe_spending(added.entry), ""});
    return added.id;
  });
}

neighbourhood::SpendingImportReport import_spending_csv(Service& service, const User& caller,
                                                        const std::string& csv) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    const auto report = store::import_spending_csv(db, wa, csv, caller.email);
    if (report.errors.empty()) audit_spending_import(db, caller.email, wa, report.rows);
    return report;
  });
}

}  // namespace leefbaar::usecases
