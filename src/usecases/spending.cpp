#include "usecases/spending.hpp"

#include <fmt/format.h>

#include "core/text.hpp"
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

SpendingLedgerPage spending_ledger_page(Service& service, const User& caller,
                                        const neighbourhood::SpendingFilter& filter) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    return SpendingLedgerPage{store::spending_page(db, wa, filter),
                              store::partnership_organisations(db, wa),
                              store::spending_choices(db, wa)};
  });
}

SpendingCorrected correct_spending(Service& service, const User& caller, std::int64_t id,
                                   const std::string& reason,
                                   const std::optional<neighbourhood::NewSpending>& corrected) {
  return change(service, [&](store::Database& db) {
    const auto done = store::correct_spending(db, work_area_of(db, caller).id, id, reason,
                                              corrected, caller.email);
    // The original as it was, the reversal's number and the reason.
    store::record_audit(db,
                        {caller.email, "reverse", fmt::format("spending/{}", id),
                         fmt::format("tegenboeking {} van {}; reden: {}", done.reversal_id,
                                     neighbourhood::describe_spending(done.original), trim(reason)),
                         ""});
    if (done.corrected_id)
      store::record_audit(
          db,
          {caller.email, "create", fmt::format("spending/{}", *done.corrected_id),
           fmt::format("{} (vervangt {})", neighbourhood::describe_spending(*done.corrected), id),
           ""});
    return SpendingCorrected{done.reversal_id, done.corrected_id};
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
