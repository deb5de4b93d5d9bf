#pragma once
// The spending ledger's operations, each scoped to the caller's work area.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/spending.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct SpendingLedger {
  std::vector<neighbourhood::SpendingEntry> entries;
  std::vector<OrganisationRef> organisations;  // who can pay: the owner and its partners
};
// The ledger, of one year when given.
SpendingLedger spending_ledger(Service& service, const User& caller,
                               std::optional<int> year = std::nullopt);
// FieldError naming the field (spent_on, gemeente, wijk, organisation_id, amount, btiv_category,
// effort, initiative_id).
std::int64_t add_spending(Service& service, const User& caller,
                          const neighbourhood::NewSpending& entry);
// Every row of the CSV, or none when any row has an error (the report lists them all).
neighbourhood::SpendingImportReport import_spending_csv(Service& service, const User& caller,
                                                        const std::string& csv);

}  // namespace leefbaar::usecases
