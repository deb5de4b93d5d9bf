#pragma once
// Text helpers for Dutch spreadsheet exports: case-insensitive names, decimal commas, NA cells.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leefbaar {

std::string to_lower(std::string_view s);
std::string to_upper(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
std::string_view trim(std::string_view s);
// The words of a message that agree with a count: one ("1 rij") or many ("3 rijen").
inline std::string_view one_or_many(long long n, std::string_view one, std::string_view many) {
  return n == 1 ? one : many;
}

// True for an empty cell or NA (any case), the way Leefbaarometer and R exports mark missing
// values.
bool is_empty_cell(std::string_view cell);

// Parses a number written with a decimal point or a decimal comma ("1.5", "1,5", "-0,023"),
// with optional thousands separators when both marks occur ("1.199.000,50", "1,199,000.50").
// Returns nullopt when the cell is not a number; callers decide whether empty is allowed.
std::optional<double> parse_number(std::string_view cell);

// Parses an integer ("2022", " 2022 ", "2022.0"); nullopt when the text is not a whole number.
std::optional<long long> parse_integer(std::string_view cell);

// ja/nee, yes/no, true/false, 1/0, j/n, y/n; nullopt otherwise.
std::optional<bool> parse_yes_no(std::string_view cell);

// "9401 ab" -> "9401AB".
std::string normalise_postcode(std::string_view postcode);

// The leading digits of a house number ("12a" -> 12); nullopt without leading digits.
std::optional<long long> house_number_digits(std::string_view text);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

// A text cell as every CSV and XLSX export writes it (OWASP, CSV injection): text that starts
// with = + - @, a tab or a carriage return gets a leading single quote, so that no spreadsheet
// runs it as a formula; other text is unchanged. Numbers never come here: they stay numbers.
std::string spreadsheet_text(std::string_view text);

// Formats a double the way the outputs need it: shortest text that reads back to the same value.
std::string format_number(double v);

}  // namespace leefbaar
