#include "core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "core/types.hpp"

namespace leefbaar {

namespace {
char lower_char(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
char upper_char(char c) {
  return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}
bool is_space(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::optional<double> parse_plain(const std::string& s) {
  double value = 0;
  const char* first = s.data();
  const char* last = s.data() + s.size();
  if (first != last && *first == '+') ++first;
  auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || ptr != last || !std::isfinite(value)) return std::nullopt;
  return value;
}
}  // namespace

std::optional<Dim> dim_from_name(std::string_view name) {
  for (int i = 0; i < kDimCount; ++i) {
    if (iequals(kDimNames[i], name)) return static_cast<Dim>(i);
  }
  return std::nullopt;
}

std::string_view to_string(ScoreLevel level) {
  static constexpr std::string_view names[] = {"grid", "buurt", "pc4", "wijk", "gemeente"};
  return names[static_cast<int>(level)];
}

std::optional<ScoreLevel> score_level_from_name(std::string_view name) {
  for (int i = 0; i < kScoreLevelCount; ++i) {
    if (iequals(to_string(static_cast<ScoreLevel>(i)), name)) return static_cast<ScoreLevel>(i);
  }
  return std::nullopt;
}

std::string_view to_string(AreaLevel level) {
  static constexpr std::string_view names[] = {"complex", "buurt", "wijk", "gemeente",
                                               "werkgebied"};
  return names[static_cast<int>(level)];
}

std::optional<AreaLevel> area_level_from_name(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(AreaLevel::werkgebied); ++i) {
    if (iequals(to_string(static_cast<AreaLevel>(i)), name)) return static_cast<AreaLevel>(i);
  }
  return std::nullopt;
}

std::string_view to_string(Colour colour) {
  static constexpr std::string_view names[] = {"green", "yellow", "orange"};
  return names[static_cast<int>(colour)];
}

std::string_view to_string(Effort effort) {
  static constexpr std::string_view names[] = {"Basis", "Plus", "PlusPlus"};
  return names[static_cast<int>(effort)];
}

std::string_view to_string(UnitStatus status) {
  static constexpr std::string_view names[] = {"ok", "no_location", "outside_buurten",
                                               "unknown_postcode", "no_score"};
  return names[static_cast<int>(status)];
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower_char);
  return out;
}

std::string to_upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), upper_char);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return lower_char(x) == lower_char(y);
         });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_empty_cell(std::string_view cell) {
  cell = trim(cell);
  return cell.empty() || iequals(cell, "NA");
}

std::optional<double> parse_number(std::string_view cell) {
  cell = trim(cell);
  if (cell.empty()) return std::nullopt;
  std::string s(cell);
  const auto dots = std::count(s.begin(), s.end(), '.');
  const auto commas = std::count(s.begin(), s.end(), ',');
  auto erase_all = [&s](char c) { s.erase(std::remove(s.begin(), s.end(), c), s.end()); };
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal separator, the other groups thousands.
    const bool comma_decimal = s.rfind(',') > s.rfind('.');
    if (comma_decimal) {
      if (commas > 1) return std::nullopt;
      erase_all('.');
      std::replace(s.begin(), s.end(), ',', '.');
    } else {
      if (dots > 1) return std::nullopt;
      erase_all(',');
    }
  } else if (commas == 1) {
    std::replace(s.begin(), s.end(), ',', '.');
  } else if (commas > 1 || dots > 1) {
    // "1.199.000" or "1,199,000": only grouping marks, so a whole number; check the groups.
    const char mark = commas > 1 ? ',' : '.';
    std::size_t pos = s.find(mark);
    std::size_t next = 0;
    while ((next = s.find(mark, pos + 1)) != std::string::npos) {
      if (next - pos != 4) return std::nullopt;
      pos = next;
    }
    if (s.size() - pos != 4) return std::nullopt;
    erase_all(mark);
  }
  return parse_plain(s);
}

std::optional<long long> parse_integer(std::string_view cell) {
  auto value = parse_number(cell);
  if (!value || std::floor(*value) != *value || std::fabs(*value) > 9e15) return std::nullopt;
  return static_cast<long long>(*value);
}

std::optional<bool> parse_yes_no(std::string_view cell) {
  const std::string s = to_lower(trim(cell));
  if (s == "ja" || s == "j" || s == "yes" || s == "y" || s == "true" || s == "1" || s == "waar")
    return true;
  if (s == "nee" || s == "n" || s == "no" || s == "false" || s == "0" || s == "onwaar")
    return false;
  return std::nullopt;
}

std::string normalise_postcode(std::string_view postcode) {
  std::string out;
  for (char c : postcode) {
    if (!is_space(c)) out.push_back(upper_char(c));
  }
  return out;
}

std::optional<long long> house_number_digits(std::string_view text) {
  text = trim(text);
  std::size_t n = 0;
  while (n < text.size() && is_digit(text[n])) ++n;
  if (n == 0 || n > 9) return std::nullopt;
  long long value = 0;
  std::from_chars(text.data(), text.data() + n, value);
  return value;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

std::string format_number(double v) {
  if (std::isnan(v)) return "";
  if (v == 0) return "0";  // no "-0"
  return fmt::format("{}", v);
}

std::string spreadsheet_text(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
    return "'" + std::string(text);
  return std::string(text);
}

}  // namespace leefbaar
