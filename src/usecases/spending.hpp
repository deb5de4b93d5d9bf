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
// A page of the ledger for the Uitgaven page, with the names its form chooses from.
struct SpendingLedgerPage {
  neighbourhood::SpendingPage page;
  std::vector<OrganisationRef> organisations;
  neighbourhood::SpendingChoices choices;
};
SpendingLedgerPage spending_ledger_page(Service& service, const User& caller,
                                        const neighbourhood::SpendingFilter& filter);
// Corrects a row by a reversal entry and, when given, a corrected row (store::correct_spending);
// audited with the original as it was.
struct SpendingCorrected {
  std::int64_t reversal_id = 0;
  std::optional<std::int64_t> corrected_id;
};
SpendingCorrected correct_spending(Service& service, const User& caller, std::int64_t id,
                                   const std::string& reason,
                                   const std::optional<neighbourhood::NewSpending>& corrected);
// FieldError naming the field (spent_on, gemeente, wijk, organisation_id, amount, btiv_category,
// effort, initiative_id).
std::int64_t add_spending(Service& service, const User& caller,
                          const neighbourhood::NewSpending& entry);
// Every row of the CSV, or none when any row has an error (the report lists them all).
neighbourhood::SpendingImportReport import_spending_csv(Service& service, const User& caller,
                                                        const std::string& csv);

}  // namespace leefbaar::usecases
