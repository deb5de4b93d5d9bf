#include "store/historic_rows.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "neighbourhood/spending.hpp"

namespace leefbaar::store::historic_detail {

namespace {

constexpr const char* kDateExpected = "Verwacht een datum als JJJJ-MM-DD of DD-MM-JJJJ";

// ISO, or D-M-YYYY, D/M/YYYY and D.M.YYYY as Dutch spreadsheets write it; "" when neither.
std::string parse_date(const std::string& t) {
  if (is_iso_date(t)) return t;
  for (const char sep : {'-', '/', '.'}) {
    const auto a = t.find(sep), b = t.rfind(sep);
    if (a == std::string::npos || a == b || t.size() - b - 1 != 4) continue;
    const std::string iso = fmt::format("{}-{:0>2}-{:0>2}", t.substr(b + 1),
                                        t.substr(a + 1, b - a - 1), t.substr(0, a));
    if (is_iso_date(iso)) return iso;
  }
  return {};
}

}  // namespace

std::string choice_key(const std::string& text) {
  std::string out;
  const std::string lower = to_lower(trim(text));
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 2, "\xC3\xAB") == 0 || lower.compare(i, 2, "\xC3\x8B") == 0) {
      out += 'e';
      ++i;
    } else {
      out += lower[i] == ' ' || lower[i] == '-' ? '_' : lower[i];
    }
  }
  return out;
}

std::string spoken_list(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? " of " : ", ";
    out += values[i];
  }
  return out;
}

std::string midnight(const std::string& date) {
  return date.empty() ? std::string{} : date + "T00:00:00Z";
}

void CheckedRow::fail(const std::string& column, const std::string& message) {
  problems_.push_back({row_.number, column, text(column), message});
  ok_ = false;
}

std::string CheckedRow::required(const std::string& column, std::size_t max,
                                 const std::string& what) {
  const std::string v = text(column);
  if (v.empty())
    fail(column, fmt::format("Verwacht {}; de cel is leeg.", what));
  else if (v.size() > max)
    fail(column, fmt::format("Verwacht hoogstens {} tekens.", max));
  return v;
}

std::string CheckedRow::optional(const std::string& column, std::size_t max) {
  const std::string v = text(column);
  if (v.size() > max) fail(column, fmt::format("Verwacht hoogstens {} tekens.", max));
  return v;
}

std::string CheckedRow::date(const std::string& column, bool required, bool future_allowed) {
  const std::string v = text(column);
  if (v.empty()) {
    if (required) fail(column, fmt::format("{}; de cel is leeg.", kDateExpected));
    return {};
  }
  const std::string d = parse_date(v);
  if (d.empty()) {
    fail(column, fmt::format("{}, zoals 2024-03-14.", kDateExpected));
  } else if (!future_allowed && d > today_) {
    fail(column, fmt::format("Verwacht een datum tot en met vandaag ({}).", today_));
    return {};
  }
  return d;
}

std::optional<long long> CheckedRow::whole(const std::string& column, long long min,
                                           long long max) {
  const auto n = parse_integer(text(column));
  if (!n || *n < min || *n > max) {
    fail(column, fmt::format("Verwacht een heel getal van {} tot en met {}.", min, max));
    return std::nullopt;
  }
  return n;
}

std::optional<long long> CheckedRow::money(const std::string& column) {
  const std::string v = text(column);
  if (v.empty()) return 0;
  const auto c = neighbourhood::parse_euros(v);
  if (!c || *c < 0) {
    fail(column, "Verwacht een bedrag in euro's van 0 of meer, zoals 1.250,50.");
    return std::nullopt;
  }
  return c;
}

std::string CheckedRow::choice(const std::string& column, const std::vector<std::string>& values,
                               bool required) {
  const std::string v = choice_key(text(column));
  if (v.empty() && !required) return {};
  if (std::find(values.begin(), values.end(), v) == values.end()) {
    fail(column, fmt::format("Verwacht {}.", spoken_list(values)));
    return {};
  }
  return v;
}

void CheckedRow::after(const std::string& column, const std::string& date,
                       const std::string& before_column, const std::string& before) {
  if (date.empty()) return;
  if (before.empty()) {
    // A date that is there but unreadable has its own problem already.
    if (text(before_column).empty())
      fail(column, fmt::format("Verwacht eerst een datum in de kolom '{}'.", before_column));
  } else if (date < before) {
    fail(column,
         fmt::format("Verwacht een datum op of na die in '{}' ({}).", before_column, before));
  }
}

void CheckedRow::same_wijk(const std::string& wijk) {
  const std::string given = text("wijk");
  if (!given.empty() && !wijk.empty() && given != wijk)
    fail("wijk", fmt::format("Verwacht de wijk van de buurt: {} (of laat de cel leeg).", wijk));
}

}  // namespace leefbaar::store::historic_detail
