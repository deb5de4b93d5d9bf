// The area page of a wijk or gemeente: its buurten with colour, level and units (colours are
// decided per buurt), the unit list in pages, the grouped signal counts; for every role, with bad
// pages and unknown areas refused.
#include <gtest/gtest.h>

#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

class AreaBuurtenApi : public DemoServerTest {};

TEST_F(AreaBuurtenApi, WijkListsItsBuurtenWithColourLevelAndUnits) {
  const auto who = log_in("wijkteam");
  const auto wijk = get_json("/api/v1/gebieden/wijk/WK010600", who);
  EXPECT_EQ(wijk["classification_level"], "buurt");
  EXPECT_FALSE(wijk["classified"]);  // a wijk has no colour of its own
  ASSERT_GT(wijk["buurten"].size(), 1u);
  long long units = 0, basis = 0;
  for (const auto& b : wijk["buurten"]) {
    EXPECT_EQ(b["code"].get<std::string>().substr(2, 6), "010600");
    units += b["units"].get<long long>();
    basis += b["units_per_effort"]["Basis"].get<long long>();
    EXPECT_EQ(b["colour"].is_null(), b["effort"].is_null());
  }
  EXPECT_EQ(units, wijk["units_total"].get<long long>());
  EXPECT_EQ(basis, wijk["units_per_effort"]["Basis"].get<long long>());
  // A buurt has colour itself and lists no buurten; a gemeente lists those of all its wijken.
  const auto buurt = get_json("/api/v1/gebieden/buurt/BU01060001", who);
  EXPECT_TRUE(buurt["buurten"].empty());
  const auto gemeente = get_json("/api/v1/gebieden/gemeente/GM0106", who);
  EXPECT_GT(gemeente["buurten"].size(), wijk["buurten"].size());
  // Every role sees the same programme figures.
  EXPECT_EQ(get_json("/api/v1/gebieden/wijk/WK010600", log_in("lezer"))["buurten"],
            wijk["buurten"]);
  EXPECT_EQ(get_json("/api/v1/gebieden/wijk/WK999999", who, 404)["field"], "code");
}

TEST_F(AreaBuurtenApi, UnitsComeInPagesOfFifty) {
  const auto who = log_in("lezer");
  const auto area = get_json("/api/v1/gebieden/gemeente/GM0106", who);
  ASSERT_GT(area["units_total"].get<long long>(), 100);
  EXPECT_EQ(area["units"].size(), 50u);
  const auto second = get_json("/api/v1/gebieden/gemeente/GM0106/woningen?page=2", who);
  EXPECT_EQ(second["total"], area["units_total"]);
  EXPECT_EQ(second["units"].size(), 50u);
  EXPECT_NE(second["units"][0]["id"], area["units"][0]["id"]);
  EXPECT_TRUE(
      get_json("/api/v1/gebieden/gemeente/GM0106/woningen?page=99999", who)["units"].empty());
  for (const char* bad : {"0", "-1", "abc", "99999999"})
    EXPECT_EQ(get_json(std::string("/api/v1/gebieden/gemeente/GM0106/woningen?page=") + bad, who,
                       400)["field"],
              "page");
  get_json("/api/v1/gebieden/buurt/BU99999999/woningen", who, 404);
}

TEST_F(AreaBuurtenApi, GroupedSignalKindsShowNoCountBelowFive) {
  for (const char* role : {"wijkteam", "lezer", "analist"}) {
    const auto who = log_in(role);
    const auto work = get_json("/api/v1/gebieden/buurt/BU01060001/wijkwerk?year=2025", who);
    const auto& s = work["signals"];
    const auto& g = s["grouped"];
    EXPECT_EQ(g["shown"].size() + g["small"].size() + g["protected"].size(), s["by_kind"].size());
    for (const auto& k : g["shown"]) EXPECT_GE(k["count"]["n"].get<long long>(), 5) << role;
    for (const auto& k : s["by_kind"])
      if (k["count"]["n"].is_null()) {
        const auto& group = k["count"]["hidden"] == "klein" ? g["small"] : g["protected"];
        EXPECT_NE(std::find(group.begin(), group.end(), k["kind"]), group.end()) << role;
      }
  }
}

}  // namespace

}  // namespace leefbaar::testing
