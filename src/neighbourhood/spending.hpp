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
  // Corrections (reversal entries): a reversal names the row it reverses, a corrected row the one
  // it replaces; both carry the reason. reversed_by: the reversal of this row, when reversed.
  std::optional<std::int64_t> reverses_id, replaces_id, reversed_by;
  std::string correction_reason;
  // For people: the names of the gemeente, the wijk and the initiative ("" when unknown).
  std::string gemeente_name, wijk_name, initiative_title;
};

// A page of the ledger: the filters (each optional) and the window.
struct SpendingFilter {
  std::optional<int> year;
  std::string gemeente_code, wijk_code;
  std::string btiv_category;  // a, b, c, or "-" for rows without one
  std::string text;           // in the description, activity, organisation or initiative
  long long limit = 50, offset = 0;
};
inline constexpr long long kMaxSpendingPage = 200;
// A code or number with its name, for the ledger form's lists; `parent`: a wijk's gemeente code,
// an initiative's wijk code.
struct NamedCode {
  std::string code, name, parent;
};
struct SpendingChoices {
  std::vector<NamedCode> gemeenten, wijken, initiatives;
};
struct SpendingPage {
  std::vector<SpendingEntry> entries;
  long long total = 0;        // rows matching the filters
  long long total_cents = 0;  // their sum (reversals net out)
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
// The reversal of an entry: the same fields with the amount negated.
NewSpending reversal_of(const NewSpending& entry);

}  // namespace leefbaar::neighbourhood
