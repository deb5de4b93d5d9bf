// The hiding of small signal counts: counts below 5 are never shown, and no sum of shown counts
// has exactly one hidden part (which could be worked out by subtraction).
#include "neighbourhood/signal_counts.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <random>

namespace leefbaar::testing {

namespace {

using neighbourhood::SignalTable;

const std::vector<std::string> kKinds = {"eenzaamheid", "overlast", "geldzorgen"};

std::vector<neighbourhood::AreaRef> buurten() {
  return {{"BU01060101", "A", "WK010601", "Lariks", "GM0106"},
          {"BU01060102", "B", "WK010601", "Lariks", "GM0106"},
          {"BU01060103", "C", "WK010601", "Lariks", "GM0106"},
          {"BU01060401", "D", "WK010604", "Pittelo", "GM0106"},
          {"BU01060402", "E", "WK010604", "Pittelo", "GM0106"},
          {"BU00000101", "F", "WK000001", "Elders", "GM0000"}};
}

int hidden(const SignalTable& t, const std::vector<std::string>& areas, const std::string& kind,
           int month) {
  int n = 0;
  for (const auto& a : areas) n += t.shown(a, kind, month).n ? 0 : 1;
  return n;
}

TEST(SignalSuppression, SmallCountsAreHiddenAndASingleHiddenPartGetsACompanion) {
  // Lariks in March: 3 overlast in A, 10 in B, 6 in C, nothing without a buurt.
  const std::vector<neighbourhood::SignalAreaCount> counts = {
      {"2025-03", "WK010601", "BU01060101", "overlast", 3},
      {"2025-03", "WK010601", "BU01060102", "overlast", 10},
      {"2025-03", "WK010601", "BU01060103", "overlast", 6}};
  const SignalTable t(buurten(), kKinds, counts);
  const auto a = t.shown("BU01060101", "overlast", 3);
  EXPECT_FALSE(a.n);
  EXPECT_TRUE(a.small);
  EXPECT_EQ(t.shown("WK010601", "overlast", 3).n, 19);
  // 19 - 10 - 6 would give A: the smallest other buurt (C) is hidden too, as protection.
  const auto c = t.shown("BU01060103", "overlast", 3);
  EXPECT_FALSE(c.n);
  EXPECT_FALSE(c.small);
  EXPECT_EQ(t.shown("BU01060102", "overlast", 3).n, 10);
  // Zero is hidden like one: an area without signals looks like one with a few.
  EXPECT_FALSE(t.shown("BU01060401").n);
  EXPECT_TRUE(t.shown("BU01060401").small);
  EXPECT_FALSE(t.shown("BU99999999").n);
  EXPECT_FALSE(t.shown("WK010601#").n);  // the signals without a buurt are never shown
}

TEST(SignalSuppression, GroupedHiddenCountsRevealNoCountBelowFive) {
  // Lariks in the year: overlast 3 (A) + 10 (B) + 6 (C); eenzaamheid 2; geldzorgen none.
  const std::vector<neighbourhood::SignalAreaCount> counts = {
      {"2025-03", "WK010601", "BU01060101", "overlast", 3},
      {"2025-03", "WK010601", "BU01060102", "overlast", 10},
      {"2025-03", "WK010601", "BU01060103", "overlast", 6},
      {"2025-04", "WK010601", "BU01060101", "eenzaamheid", 2}};
  const SignalTable t(buurten(), kKinds, counts);
  for (const std::string area : {"BU01060101", "BU01060103", "WK010601"}) {
    std::vector<neighbourhood::ShownCount> by_kind;
    for (const auto& k : kKinds) by_kind.push_back(t.shown(area, k));
    const auto g = neighbourhood::group_hidden(by_kind);
    EXPECT_EQ(g.shown.size() + g.small.size() + g.protecting.size(), kKinds.size()) << area;
    // Every shown count is at least 5; the groups hold positions, never a count.
    for (auto i : g.shown) EXPECT_GE(*by_kind[i].n, neighbourhood::kSmallCount) << area;
    for (auto i : g.small) EXPECT_TRUE(!by_kind[i].n && by_kind[i].small) << area;
    for (auto i : g.protecting) EXPECT_TRUE(!by_kind[i].n && !by_kind[i].small) << area;
  }
  // In buurt A every kind is below 5: one group of three, nothing shown.
  std::vector<neighbourhood::ShownCount> a;
  for (const auto& k : kKinds) a.push_back(t.shown("BU01060101", k));
  const auto g = neighbourhood::group_hidden(a);
  EXPECT_TRUE(g.shown.empty());
  EXPECT_EQ(g.small.size(), 3u);
  // The wijk shows overlast (19) and groups the two small kinds.
  std::vector<neighbourhood::ShownCount> w;
  for (const auto& k : kKinds) w.push_back(t.shown("WK010601", k));
  const auto gw = neighbourhood::group_hidden(w);
  ASSERT_EQ(gw.shown.size(), 1u);
  EXPECT_EQ(*w[gw.shown[0]].n, 19);
  EXPECT_EQ(gw.small.size() + gw.protecting.size(), 2u);
}

TEST(SignalSuppression, NoSumOfShownCountsHasExactlyOneHiddenPart) {
  std::mt19937 random(7);
  const auto areas = buurten();
  for (int round = 0; round < 20; ++round) {
    std::vector<neighbourhood::SignalAreaCount> counts;
    for (int i = 0; i < 60; ++i) {
      const auto& b = areas[random() % areas.size()];
      const bool no_buurt = random() % 8 == 0;
      counts.push_back({fmt::format("2025-{:02}", 1 + random() % 12), b.wijk,
                        no_buurt ? "" : b.buurt, kKinds[random() % kKinds.size()],
                        static_cast<long long>(1 + random() % 9)});
    }
    const SignalTable t(areas, kKinds, counts);
    std::vector<std::string> all_kinds = {""};
    all_kinds.insert(all_kinds.end(), kKinds.begin(), kKinds.end());
    const std::map<std::string, std::vector<std::string>> children = {
        {"", {"GM0106", "GM0000"}},
        {"GM0106", {"WK010601", "WK010604"}},
        {"GM0000", {"WK000001"}},
        {"WK010601", {"BU01060101", "BU01060102", "BU01060103"}},
        {"WK010604", {"BU01060401", "BU01060402"}},
        {"WK000001", {"BU00000101"}}};
    for (const auto& [parent, kids] : children) {
      for (const auto& kind : all_kinds)
        for (int m = 0; m <= 12; ++m) {
          auto group = kids;
          group.push_back(parent);
          EXPECT_NE(hidden(t, group, kind, m), 1)
              << "round " << round << " " << parent << " " << kind << " " << m;
          for (const auto& a : group) {
            const auto c = t.shown(a, kind, m);
            if (c.n) {
              EXPECT_GE(*c.n, neighbourhood::kSmallCount);
            }
          }
        }
    }
    std::vector<std::string> every_area;
    for (const auto& [parent, kids] : children) {
      every_area.push_back(parent);
      every_area.insert(every_area.end(), kids.begin(), kids.end());
    }
    for (const auto& area : every_area) {
      for (int m = 0; m <= 12; ++m) {  // the kinds add up to all signals
        int n = t.shown(area, "", m).n ? 0 : 1;
        for (const auto& k : kKinds) n += t.shown(area, k, m).n ? 0 : 1;
        EXPECT_NE(n, 1) << area << " month " << m;
      }
      for (const auto& kind : all_kinds) {  // the months add up to the year
        int n = 0;
        for (int m = 0; m <= 12; ++m) n += t.shown(area, kind, m).n ? 0 : 1;
        EXPECT_NE(n, 1) << area << " " << kind;
      }
    }
  }
}

}  // namespace

}  // namespace leefbaar::testing
