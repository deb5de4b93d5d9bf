#include "neighbourhood/spending.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>

#include "core/text.hpp"

namespace leefbaar::neighbourhood {

std::string euros_text(long long cents) {
  const long long a = std::llabs(cents);
  return fmt::format("{}{},{:02d}", cents < 0 ? "-" : "", a / 100, static_cast<int>(a % 100));
}

std::string describe_spending(const NewSpending& e) {
  return fmt::format("{} euro op {} ({})", euros_text(e.amount_cents), e.spent_on, e.gemeente_code);
}

NewSpending reversal_of(const NewSpending& entry) {
  NewSpending r = entry;
  r.amount_cents = -entry.amount_cents;
  return r;
}

std::optional<long long> parse_euros(const std::string& text) {
  std::string t(trim(text));
  if (t.rfind("€", 0) == 0) t = std::string(trim(t.substr(std::string("€").size())));
  if (t.empty()) return std::nullopt;
  bool negative = false;
  if (t[0] == '-') {
    negative = true;
    t = t.substr(1);
  }
  // The last ',' or '.' followed by one or two digits is the decimal mark; others group thousands.
  std::string digits;
  std::string fraction;
  const auto mark = t.find_last_of(",.");
  std::string whole = t;
  if (mark != std::string::npos && t.size() - mark - 1 <= 2 && t.size() - mark - 1 >= 1) {
    whole = t.substr(0, mark);
    fraction = t.substr(mark + 1);
  }
  for (char c : whole) {
    if (std::isdigit(static_cast<unsigned char>(c)))
      digits += c;
    else if (c != '.' && c != ',' && c != ' ')
      return std::nullopt;
  }
  for (char c : fraction)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  if (digits.empty() || digits.size() > 12) return std::nullopt;
  if (fraction.size() == 1) fraction += '0';
  long long cents = std::stoll(digits) * 100 + (fraction.empty() ? 0 : std::stoll(fraction));
  return negative ? -cents : cents;
}

}  // namespace leefbaar::neighbourhood
