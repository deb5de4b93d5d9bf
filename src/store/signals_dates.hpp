#pragma once
// Calendar dates for the signals and their retention (internal to the store): ISO dates
// (YYYY-MM-DD) in UTC, and "N months before" for the retention periods.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <string>

namespace leefbaar::store::signals_detail {

inline std::chrono::year_month_day ymd_of(std::chrono::system_clock::time_point t) {
  return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(t)};
}

inline std::string iso_date(std::chrono::year_month_day d) {
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(d.year()),
                     static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

inline std::string iso_date(std::chrono::system_clock::time_point t) {
  return iso_date(ymd_of(t));
}

// Whether text is a date in YYYY-MM-DD that exists (2025-02-30 does not).
inline bool valid_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (text[i] < '0' || text[i] > '9') return false;
  const int y = std::stoi(text.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(text.substr(8, 2)));
  if (y < 1900 || y > 2999) return false;
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m},
                                     std::chrono::day{d}}
      .ok();
}

// The date `months` months before the day of t (the last day of a shorter month when needed):
// records dated before it have passed a retention period of `months`.
inline std::string months_before(std::chrono::system_clock::time_point t, int months) {
  using namespace std::chrono;
  const year_month_day d = ymd_of(t);
  const year_month ym = year_month{d.year(), d.month()} - std::chrono::months{months};
  const auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  return iso_date(year_month_day{ym.year(), ym.month(), d.day() < last ? d.day() : last});
}

}  // namespace leefbaar::store::signals_detail
