#pragma once
// The spending ledger of the neighbourhood work: every amount with its date, gemeente and wijk, the
// organisation that paid, for corporation money its BTIV 2015 art. 51 category (a: woon-
// maatschappelijk werk for its own tenants, b: small-scale infrastructure near its homes, c: a
// clean environment, less nuisance, more safety), the level of effort, and the initiative or
// activity it paid for. Amounts are kept in cents. CSV out and in (earlier years), the import all
// or nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "neighbourhood/spending.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using neighbourhood::NamedCode;
using neighbourhood::NewSpending;
using neighbourhood::SpendingChoices;
using neighbourhood::SpendingEntry;
using neighbourhood::SpendingFilter;
using neighbourhood::SpendingImportReport;
using neighbourhood::SpendingPage;

// Throws FieldError naming the field (spent_on, gemeente, wijk, organisation_id, amount,
// btiv_category, effort, initiative_id).
struct AddedSpending {
  std::int64_t id = 0;
  NewSpending entry;  // as stored (checked)
};
AddedSpending add_spending(Database& db, std::int64_t work_area, const NewSpending& entry,
                           const std::string& actor);
// Every row, reversals and corrected rows included (so sums net out), oldest first.
std::vector<SpendingEntry> list_spending(Database& db, std::int64_t work_area,
                                         std::optional<int> year = std::nullopt);
std::optional<SpendingEntry> find_spending(Database& db, std::int64_t work_area, std::int64_t id);
// The rows matching the filter, newest first, in the window limit/offset (checked by the caller).
SpendingPage spending_page(Database& db, std::int64_t work_area, const SpendingFilter& filter);

SpendingChoices spending_choices(Database& db, std::int64_t work_area);

// A correction as bookkeeping wants it: a reversal row (the original negated, same date, linked,
// with the reason) and, when given, a corrected row that names the original it replaces; one
// transaction. NotFoundError for another work area's row; FieldError "reason" (empty, too long)
// or as add_spending for the corrected row; ConflictError when the row is already reversed or is
// itself a reversal.
struct SpendingCorrection {
  SpendingEntry original;
  std::int64_t reversal_id = 0;
  std::optional<std::int64_t> corrected_id;
  std::optional<NewSpending> corrected;  // as stored (checked)
};
SpendingCorrection correct_spending(Database& db, std::int64_t work_area, std::int64_t id,
                                    const std::string& reason,
                                    const std::optional<NewSpending>& corrected,
                                    const std::string& actor);

// Reads the CSV of the ledger's export (store/record_exports.hpp; organisation by name); adds every
// row in one transaction, or none when any row has an error (all errors are listed).
SpendingImportReport import_spending_csv(Database& db, std::int64_t work_area,
                                         const std::string& csv, const std::string& actor);
// The same from a table read from CSV or XLSX (store/import_table.hpp), with its row numbers.
struct ImportTable;
SpendingImportReport import_spending_table(Database& db, std::int64_t work_area,
                                           const ImportTable& table, const std::string& actor);

}  // namespace leefbaar::store
