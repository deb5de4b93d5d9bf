#include "serve/clock.hpp"

#include <fmt/format.h>

#include <charconv>
#include <string>

namespace leefbaar::serve {

Clock clock_starting_on(std::chrono::sys_days day) {
  using namespace std::chrono;
  const auto offset = (day + 9h) - system_clock::now();
  return [offset] { return system_clock::now() + offset; };
}

std::optional<std::chrono::sys_days> parse_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  const auto number = [&](std::size_t at, std::size_t len, auto& out) {
    const auto* first = text.data() + at;
    const auto r = std::from_chars(first, first + len, out);
    return r.ec == std::errc() && r.ptr == first + len;
  };
  if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

std::string day_text(std::chrono::system_clock::time_point t) {
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(t)};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

}  // namespace leefbaar::serve
