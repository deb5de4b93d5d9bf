// Calendar days: the one parser of ISO dates, day arithmetic for the deadlines, and the cut-off
// dates of the retention periods.
#include "core/dates.hpp"

#include <gtest/gtest.h>

namespace leefbaar::testing {
namespace {

using namespace std::chrono;

TEST(Dates, ParsesOnlyDaysThatExist) {
  EXPECT_EQ(parse_day("2026-03-02"), sys_days{year{2026} / March / 2});
  EXPECT_EQ(parse_day("2024-02-29"), sys_days{year{2024} / February / 29});
  for (const char* bad :
       {"2025-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "2026-3-2", "02-03-2026", "",
        "2026-03-02x", "20a6-03-02", "2026-03-+2", "-026-03-02", "2026-03- 2", "2026/03/02"})
    EXPECT_FALSE(parse_day(bad)) << bad;
  EXPECT_TRUE(is_iso_date("2025-12-31"));
  EXPECT_FALSE(is_iso_date("2025-02-30"));
}

TEST(Dates, WritesDaysAsIsoText) {
  EXPECT_EQ(day_text(sys_days{year{2026} / March / 2}), "2026-03-02");
  EXPECT_EQ(day_text(sys_days{year{2026} / March / 2} + 23h + 59min), "2026-03-02");
  EXPECT_EQ(day_text(*parse_day("0999-01-05")), "0999-01-05");
}

TEST(Dates, WorkingDaysSkipWeekends) {
  EXPECT_EQ(add_working_days("2025-03-14", 5), "2025-03-21");  // Friday -> Friday
  EXPECT_EQ(add_working_days("2025-03-15", 5), "2025-03-21");  // Saturday
  EXPECT_EQ(add_working_days("2025-03-17", 5), "2025-03-24");  // Monday -> Monday
  EXPECT_EQ(add_working_days("2025-12-29", 5), "2026-01-05");
  EXPECT_EQ(add_working_days("2025-03-17", 0), "2025-03-17");
  EXPECT_EQ(add_days("2025-02-20", 14), "2025-03-06");
  EXPECT_EQ(add_days("2024-02-28", 1), "2024-02-29");
  EXPECT_EQ(add_days("2025-03-06", -14), "2025-02-20");
  // No date: the text comes back as it was, so a form shows what was typed.
  EXPECT_EQ(add_days("morgen", 3), "morgen");
  EXPECT_EQ(add_working_days("", 5), "");
}

TEST(Dates, MonthsBeforeTakesTheLastDayOfAShorterMonth) {
  const auto at = [](year_month_day d) { return sys_days{d} + 10h; };
  EXPECT_EQ(months_before(at(year{2026} / March / 15), 1), "2026-02-15");
  EXPECT_EQ(months_before(at(year{2026} / March / 31), 1), "2026-02-28");
  EXPECT_EQ(months_before(at(year{2024} / March / 31), 1), "2024-02-29");
  EXPECT_EQ(months_before(at(year{2026} / January / 10), 24), "2024-01-10");
  EXPECT_EQ(months_before(at(year{2026} / May / 31), 3), "2026-02-28");
}

}  // namespace
}  // namespace leefbaar::testing
