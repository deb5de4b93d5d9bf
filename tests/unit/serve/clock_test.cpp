// The server's clock: a day of its own for the demo and `leefbaar serve --today`.
#include "serve/clock.hpp"

#include <gtest/gtest.h>

#include "demo/demo.hpp"

namespace leefbaar::testing {
namespace {

using namespace std::chrono;

TEST(Clock, StartsAtNineOnTheGivenDayAndRunsOn) {
  const auto clock = serve::clock_starting_on(demo::demo_today());
  const auto first = clock();
  EXPECT_EQ(day_text(first), "2026-03-02");
  EXPECT_GE(first, demo::demo_today() + 9h);
  EXPECT_LT(first, demo::demo_today() + 10h);
  EXPECT_GE(clock(), first);
}

}  // namespace
}  // namespace leefbaar::testing
