// Who sees the details of a contact moment, who records and who shares: the rules on their own.
#include "neighbourhood/signals.hpp"

#include <gtest/gtest.h>

namespace leefbaar::testing {
namespace {

TEST(SignalRule, DetailsForTheOwnOrganisationAndTheWijkTeamItSharesWith) {
  const neighbourhood::DetailSharing sharing({{"WK1", 1, 2, "2025-01-01T00:00:00Z"}});
  auto staff = [](std::int64_t org, Role role, std::vector<std::string> wijken) {
    User u;
    u.organisation_id = org;
    u.role = role;
    u.wijken = std::move(wijken);
    return u;
  };
  for (const auto role : {Role::beheerder, Role::analist, Role::wijkteam}) {
    EXPECT_TRUE(neighbourhood::may_see_details(staff(1, role, {}), 1, "WK1", sharing));
    EXPECT_TRUE(neighbourhood::may_see_details(staff(2, role, {"WK1"}), 1, "WK1", sharing));
    EXPECT_FALSE(neighbourhood::may_see_details(staff(2, role, {}), 1, "WK1", sharing));
    EXPECT_FALSE(neighbourhood::may_see_details(staff(2, role, {"WK2"}), 1, "WK2", sharing));
    EXPECT_FALSE(neighbourhood::may_see_details(staff(3, role, {"WK1"}), 1, "WK1", sharing));
    EXPECT_FALSE(neighbourhood::may_see_details(staff(1, role, {"WK1"}), 2, "WK1", sharing));
  }
  EXPECT_FALSE(neighbourhood::may_see_details(staff(1, Role::lezer, {"WK1"}), 1, "WK1", sharing));
  EXPECT_FALSE(neighbourhood::may_see_details(staff(2, Role::lezer, {"WK1"}), 1, "WK1", sharing));
}

TEST(SignalRule, StaffRecordAWijkTeamInItsWijkenAndOnlyABeheerderShares) {
  User u;
  for (const auto role : {Role::beheerder, Role::analist, Role::wijkteam, Role::lezer}) {
    u.role = role;
    u.wijken = {};
    const bool staff = role != Role::lezer;
    EXPECT_EQ(neighbourhood::may_record_signals(u), staff);
    EXPECT_EQ(neighbourhood::may_record_in(u, "WK010601"), staff);  // no wijken: anywhere
    u.wijken = {"WK010604"};
    EXPECT_EQ(neighbourhood::may_record_in(u, "WK010601"), staff && role != Role::wijkteam);
    EXPECT_EQ(neighbourhood::may_record_in(u, "WK010604"), staff);
    EXPECT_EQ(neighbourhood::may_share_details(u), role == Role::beheerder);
  }
}

TEST(SignalRule, AnAddressOrReferenceOnlyWithFollowUp) {
  EXPECT_FALSE(neighbourhood::needs_follow_up("", "geen"));
  EXPECT_FALSE(neighbourhood::needs_follow_up("", "afgerond"));
  EXPECT_TRUE(neighbourhood::needs_follow_up("", "open"));
  EXPECT_TRUE(neighbourhood::needs_follow_up("", "bezig"));
  for (const auto& referral : neighbourhood::referral_kinds())
    EXPECT_TRUE(neighbourhood::needs_follow_up(referral, "geen")) << referral;
}

TEST(SignalRule, TheListsHoldDistinctValues) {
  for (const auto* list :
       {&neighbourhood::contact_kinds(), &neighbourhood::signal_kinds(),
        &neighbourhood::referral_kinds(), &neighbourhood::follow_up_statuses()}) {
    EXPECT_FALSE(list->empty());
    for (std::size_t i = 0; i < list->size(); ++i)
      for (std::size_t j = i + 1; j < list->size(); ++j) EXPECT_NE((*list)[i], (*list)[j]);
  }
}

}  // namespace
}  // namespace leefbaar::testing
