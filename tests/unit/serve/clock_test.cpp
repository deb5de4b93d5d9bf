// The server's clock: a day of its own for the demo and `leefbaar serve --today`.
#include "serve/clock.hpp"

#include <gtest/gtest.h>

#include "serve/demo.hpp"

namespace leefbaar::testing {
namespace {

using namespace std::chrono;

TEST(Clock, ParsesOnlyDaysThatExist) {
  EXPECT_EQ(serve::parse_day("2026-03-02"), sys_days{year{2026} / March / 2});
  EXPECT_EQ(serve::parse_day("2024-02-29"), sys_days{year{2024} / February / 29});
  for (const char* bad : {"2025-02-29", "2026-13-01", "2026-3-2", "02-03-2026", "", "2026-03-02x",
                          "20a6-03-02", "2026-03-+2"})
    EXPECT_FALSE(serve::parse_day(bad)) << bad;
}

TEST(Clock, StartsAtNineOnTheGivenDayAndRunsOn) {
  const auto clock = serve::clock_starting_on(serve::demo_today());
  const auto first = clock();
  EXPECT_EQ(serve::day_text(first), "2026-03-02");
  EXPECT_GE(first, serve::demo_today() + 9h);
  EXPECT_LT(first, serve::demo_today() + 10h);
  EXPECT_GE(clock(), first);
}

}  // namespace
}  // namespace leefbaar::testing
