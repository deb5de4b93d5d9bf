#pragma once
// The spending ledger's records: every amount with its date, gemeente and wijk, the organisation
// that paid, for corporation money its BTIV 2015 art. 51 category, the level of effort, and the
// initiative or activity it paid for. Amounts are kept in cents.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace leefbaar::neighbourhood {

struct NewSpending {
  std::string spent_on;  // YYYY-MM-DD
  std::string gemeente_code, wijk_code;
  std::int64_t organisation_id = 0;
  long long amount_cents = 0;
  std::string btiv_category;  // a, b, c; required for a corporation's money
  std::string effort;         // Basis, Plus, PlusPlus or empty
  std::optional<std::int64_t> initiative_id;
  std::string activity_ref, description;
};

struct SpendingEntry : NewSpending {
  std::int64_t id = 0;
  std::string organisation_name, organisation_kind, created_at, created_by;
};

struct SpendingImportError {
  long long row = 0;  // 1-based line number in the file
  std::string field, message;
};
struct SpendingImportReport {
  long long rows = 0;  // rows added (0 when there were errors)
  std::vector<SpendingImportError> errors;
};
// Parses "1.234,56", "1234.56" or "1234" euros into cents; nullopt when it is not an amount.
std::optional<long long> parse_euros(const std::string& text);
// Cents as Dutch euros without a thousands separator: "1234,50", "-0,05".
std::string euros_text(long long cents);
// An entry as the audit log tells it: "1234,50 euro op 2025-03-01 (GM0106)".
std::string describe_spending(const NewSpending& entry);

}  // namespace leefbaar::neighbourhood
