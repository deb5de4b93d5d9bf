// The years a work area has records in, over tables dated in different ways (store/record_years).
#include "store/record_years.hpp"

#include <gtest/gtest.h>

#include <tuple>
#include <utility>
#include <vector>

#include "store/sql.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

namespace {

class RecordYears : public StoreTest {
 protected:
  RecordYears() {
    db_.query("CREATE TABLE dated (work_area_id INTEGER, on_date TEXT, state TEXT)").run();
    db_.query("CREATE TABLE yearly (work_area_id INTEGER, year INTEGER)").run();
    for (const auto& [wa, date, state] :
         std::vector<std::tuple<int, const char*, const char*>>{{1, "2024-03-14", "open"},
                                                                {1, "2024-11-01", "open"},
                                                                {1, "2026-01", "open"},
                                                                {1, "2022-05-05", "onbevestigd"},
                                                                {1, "1899-01-01", "open"},
                                                                {2, "2021-06-01", "open"}})
      db_.query("INSERT INTO dated VALUES (?, ?, ?)").bind(wa, date, state).run();
    for (const auto& [wa, year] : std::vector<std::pair<int, int>>{{1, 2025}, {1, 2026}, {2, 2030}})
      db_.query("INSERT INTO yearly VALUES (?, ?)").bind(wa, year).run();
  }
};

TEST_F(RecordYears, DistinctYearsOfEveryTableNewestFirst) {
  EXPECT_EQ(store::years_with_records(db_, 1, {{"dated", "on_date"}, {"yearly", "year", {}, true}}),
            (std::vector<int>{2026, 2025, 2024, 2022}));
}

TEST_F(RecordYears, TheConditionLeavesRowsOut) {
  EXPECT_EQ(store::years_with_records(db_, 1, {{"dated", "on_date", "state <> 'onbevestigd'"}}),
            (std::vector<int>{2026, 2024}));
}

TEST_F(RecordYears, OnlyTheWorkAreasOwnRows) {
  EXPECT_EQ(store::years_with_records(db_, 2, {{"dated", "on_date"}, {"yearly", "year", {}, true}}),
            (std::vector<int>{2030, 2021}));
  EXPECT_TRUE(store::years_with_records(db_, 3, {{"dated", "on_date"}}).empty());
}

}  // namespace

}  // namespace leefbaar::testing
