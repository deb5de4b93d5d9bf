#include "core/dates.hpp"

#include <fmt/format.h>

#include <charconv>

namespace leefbaar {

namespace {

template <typename Number>
bool digits_at(std::string_view text, std::size_t at, std::size_t len, Number& out) {
  for (std::size_t i = at; i < at + len; ++i)
    if (text[i] < '0' || text[i] > '9') return false;
  std::from_chars(text.data() + at, text.data() + at + len, out);
  return true;
}

}  // namespace

std::optional<std::chrono::sys_days> parse_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  if (!digits_at(text, 0, 4, y) || !digits_at(text, 5, 2, m) || !digits_at(text, 8, 2, d))
    return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

bool is_iso_date(std::string_view text) {
  return parse_day(text).has_value();
}

std::string day_text(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string day_text(std::chrono::system_clock::time_point t) {
  return day_text(std::chrono::floor<std::chrono::days>(t));
}

std::string add_days(const std::string& date, int n) {
  const auto d = parse_day(date);
  return d ? day_text(*d + std::chrono::days{n}) : date;
}

std::string add_working_days(const std::string& date, int n) {
  const auto d = parse_day(date);
  if (!d) return date;
  std::chrono::sys_days day = *d;
  while (n > 0) {
    day += std::chrono::days{1};
    const std::chrono::weekday wd{day};
    if (wd != std::chrono::Saturday && wd != std::chrono::Sunday) --n;
  }
  return day_text(day);
}

std::string months_before(std::chrono::system_clock::time_point t, int months) {
  using namespace std::chrono;
  const year_month_day d{floor<days>(t)};
  const year_month ym = year_month{d.year(), d.month()} - std::chrono::months{months};
  const auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  return day_text(sys_days{year_month_day{ym.year(), ym.month(), d.day() < last ? d.day() : last}});
}

}  // namespace leefbaar
