#include "import/codes.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace leefbaar::codes {

namespace {
bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string with_prefix(std::string_view text, std::string_view prefix, std::size_t digits) {
  std::string s = to_upper(trim(text));
  if (s.ends_with(".0")) s.resize(s.size() - 2);  // a number that went through a spreadsheet
  if (all_digits(s) && s.size() <= digits)
    return std::string(prefix) + std::string(digits - s.size(), '0') + s;
  return s;
}

bool is_standard(std::string_view code, std::string_view prefix, std::size_t length) {
  return code.size() == length && code.substr(0, 2) == prefix;
}
}  // namespace

std::string buurt(std::string_view text) {
  return with_prefix(text, "BU", 8);
}
std::string wijk(std::string_view text) {
  return with_prefix(text, "WK", 6);
}
std::string gemeente(std::string_view text) {
  return with_prefix(text, "GM", 4);
}

std::optional<std::string> pc4(std::string_view text) {
  std::string s(trim(text));
  if (s.ends_with(".0")) s.resize(s.size() - 2);
  if (!all_digits(s) || s.size() != 4) return std::nullopt;
  return s;
}

std::optional<std::string> wijk_of_buurt(std::string_view code) {
  if (!is_standard(code, "BU", 10)) return std::nullopt;
  return "WK" + std::string(code.substr(2, 6));
}

std::optional<std::string> gemeente_of_buurt(std::string_view code) {
  if (!is_standard(code, "BU", 10)) return std::nullopt;
  return "GM" + std::string(code.substr(2, 4));
}

std::optional<std::string> gemeente_of_wijk(std::string_view code) {
  if (!is_standard(code, "WK", 8)) return std::nullopt;
  return "GM" + std::string(code.substr(2, 4));
}

}  // namespace leefbaar::codes
