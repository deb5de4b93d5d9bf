// The portal's campaigns in the store: a Christmas tree request and a superbuur nomination wait
// for their e-mail link and are recorded on confirmation; one tree per street per year; nothing
// while the campaign is closed; unconfirmed submissions go after 7 days.
#include "store/portal_campaigns.hpp"

#include <gtest/gtest.h>

#include "support/store_fixture.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

constexpr const char* kBase = "/portaal/actie-bevestigen/";

class PortalCampaigns : public CampaignStore {
 protected:
  store::PortalTreeRequest tree(int nr, const std::string& street) {
    return tree_request(store::parse_address("9406AB", std::to_string(nr)), street);
  }
  store::PortalNomination nomination() {
    return nomination_from(store::parse_address("9408CD", "1"));
  }
  const std::chrono::system_clock::time_point open_ = at("2026-11-20");  // both templates open
};

TEST_F(PortalCampaigns, ATreeRequestIsRecordedOnlyWhenItsLinkIsUsed) {
  const auto mail = store::submit_portal_tree(db_, 1, tree(3, "Dingspelstraat"), kBase, open_);
  EXPECT_EQ(count("wijk_tree_requests"), 0);
  const auto outbox = store::list_outbox(db_);
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].recipient, "bewoner@example.org");
  EXPECT_NE(outbox[0].body.find(std::string(kBase) + mail.token), std::string::npos);

  const auto done = store::confirm_campaign_token(db_, mail.token, open_ + 1h);
  EXPECT_FALSE(done.refused);
  EXPECT_EQ(done.confirmation.kind, "kerstboom");
  EXPECT_EQ(done.confirmation.year, 2026);
  EXPECT_EQ(done.confirmation.what, "Dingspelstraat");
  EXPECT_EQ(done.submission, mail.id);
  EXPECT_EQ(done.buurt, "BU01060101");
  EXPECT_EQ(done.entry.id, done.confirmation.record_id);
  const auto trees = store::list_tree_requests(db_, 1, 2026);
  ASSERT_EQ(trees.size(), 1u);
  EXPECT_EQ(trees[0].street, "Dingspelstraat");
  EXPECT_EQ(trees[0].buurt_code, "BU01060101");
  EXPECT_EQ(trees[0].wijk_code, "WK010601");
  EXPECT_EQ(trees[0].pickup_on, "2026-12-12");
  EXPECT_EQ(trees[0].source, "portaal");
  EXPECT_EQ(trees[0].contribution_cents, 2500);  // the template's contribution
  // The e-mail address was only for the link; a used link does not work twice.
  EXPECT_TRUE(store::list_outbox(db_).empty());
  EXPECT_THROW(store::confirm_campaign_token(db_, mail.token, open_ + 2h), FieldError);
}

TEST_F(PortalCampaigns, OneTreePerStreetPerYear) {
  const auto first = store::submit_portal_tree(db_, 1, tree(3, "Dingspelstraat"), kBase, open_);
  // Before the first is confirmed a neighbour may still ask: the first link decides.
  const auto second = store::submit_portal_tree(db_, 1, tree(4, "dingspel straat"), kBase, open_);
  store::confirm_campaign_token(db_, first.token, open_);
  try {
    store::submit_portal_tree(db_, 1, tree(5, "Dingspelstraat"), kBase, open_);
    FAIL() << "a second tree for the street was accepted";
  } catch (const store::ConflictError& e) {
    EXPECT_EQ(e.field(), "street");
    EXPECT_NE(std::string(e.what()).find("al een kerstboom aangevraagd"), std::string::npos);
  }
  // The second link now refuses, and the waiting request is removed: it can never be granted.
  const auto refused = store::confirm_campaign_token(db_, second.token, open_);
  ASSERT_TRUE(refused.refused);
  EXPECT_EQ(refused.refused->field(), "street");
  EXPECT_EQ(refused.submission, second.id);
  EXPECT_EQ(count("portal_campaign_submissions", "id = " + std::to_string(second.id)), 0);
  EXPECT_EQ(store::list_tree_requests(db_, 1, 2026).size(), 1u);
  // Another street, and the same street next year, are fine.
  store::confirm_campaign_token(
      db_, store::submit_portal_tree(db_, 1, tree(6, "Lariksweg"), kBase, open_).token, open_);
  auto next_year = tree(3, "Dingspelstraat");
  next_year.pickup_on = "2027-12-11";
  store::confirm_campaign_token(
      db_, store::submit_portal_tree(db_, 1, next_year, kBase, at("2027-11-20")).token,
      at("2027-11-20"));
  EXPECT_EQ(store::list_tree_requests(db_, 1, 2026).size(), 2u);
  EXPECT_EQ(store::list_tree_requests(db_, 1, 2027).size(), 1u);
}

TEST_F(PortalCampaigns, AClosedCampaignRefusesAndSaysWhenItOpens) {
  const auto march = at("2026-03-02");
  const auto state = store::portal_campaign(db_, 1, "kerstbomen", "2026-03-02");
  EXPECT_FALSE(state.open);
  EXPECT_EQ(state.opens_next, "2026-11-01");
  ASSERT_EQ(state.made.size(), 1u);  // this year's, made from its template now
  EXPECT_EQ(state.made[0].name, "Kerstbomenactie 2026");
  EXPECT_TRUE(store::portal_campaign(db_, 1, "kerstbomen", "2026-03-02").made.empty());
  try {
    store::submit_portal_tree(db_, 1, tree(3, "Dingspelstraat"), kBase, march);
    FAIL() << "a closed campaign accepted a tree";
  } catch (const store::ConflictError& e) {
    EXPECT_EQ(e.field(), "campaign");
    EXPECT_NE(std::string(e.what()).find("1-11-2026"), std::string::npos);
  }
  EXPECT_THROW(store::submit_portal_nomination(db_, 1, nomination(), kBase, march),
               store::ConflictError);
  // After the intake closed, the portal points to next year's.
  const auto closed = store::portal_campaign(db_, 1, "superbuur", "2026-12-20");
  EXPECT_EQ(closed.opens_next, "2027-10-15");
  ASSERT_EQ(closed.made.size(), 1u);  // next year's; this year's was made by the nomination
  EXPECT_EQ(closed.made[0].name, "Superbuur 2027");
  EXPECT_TRUE(store::list_outbox(db_).empty());
  EXPECT_EQ(count("portal_campaign_submissions"), 0);
  // A campaign whose intake is moved takes requests then.
  const auto moved =
      store::set_campaign_intake(db_, 1, "kerstbomen", 2026, "2026-01-01", "2026-12-31");
  EXPECT_FALSE(moved.made);
  EXPECT_EQ(moved.campaign.opens_on, "2026-01-01");
  EXPECT_TRUE(store::portal_campaign(db_, 1, "kerstbomen", "2026-03-02").open);
  store::submit_portal_tree(db_, 1, tree(3, "Dingspelstraat"), kBase, march);
}

TEST_F(PortalCampaigns, TheAddressMustBeKnownAndGivesTheBuurt) {
  EXPECT_THROW(store::submit_portal_tree(db_, 1, tree(99, "Dingspelstraat"), kBase, open_),
               FieldError);
  auto bad = tree(3, "<script>");
  EXPECT_THROW(store::submit_portal_tree(db_, 1, bad, kBase, open_), FieldError);
  auto no_day = tree(3, "Dingspelstraat");
  no_day.pickup_on = "2026-12-13";  // a Sunday: not a pick-up day
  try {
    store::submit_portal_tree(db_, 1, no_day, kBase, open_);
    FAIL() << "a day that is not a pick-up day was accepted";
  } catch (const FieldError& e) {
    EXPECT_EQ(e.field(), "pickup_on");
  }
  // A corporation home the pc6hnr table lacks: the buurt comes from the stock.
  auto stock = tree(3, "Esdoornlaan");
  stock.address = store::parse_address("9406XY", "7b");
  const auto mail = store::submit_portal_tree(db_, 1, stock, kBase, open_);
  store::confirm_campaign_token(db_, mail.token, open_);
  EXPECT_EQ(store::list_tree_requests(db_, 1, 2026)[0].buurt_code, "BU01060101");
  EXPECT_EQ(store::tree_pickup_days(2026, "2026-11-20"),
            (std::vector<std::string>{"2026-12-05", "2026-12-12", "2026-12-19"}));
  EXPECT_EQ(store::tree_pickup_days(2026, "2026-12-12"), (std::vector<std::string>{"2026-12-19"}));
}

TEST_F(PortalCampaigns, ANominationIsConfirmedByItsLink) {
  const auto mail = store::submit_portal_nomination(db_, 1, nomination(), kBase, open_);
  EXPECT_EQ(mail.kind, "superbuur");
  EXPECT_EQ(mail.buurt, "BU01060201");
  EXPECT_TRUE(store::list_nominations(db_, 1, 2026).empty());
  const auto done = store::confirm_campaign_token(db_, mail.token, open_);
  EXPECT_EQ(done.confirmation.kind, "superbuur");
  const auto n = store::list_nominations(db_, 1, 2026);
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].nominee, "Gerda");
  EXPECT_EQ(n[0].buurt_code, "BU01060201");
  EXPECT_EQ(n[0].wijk_code, "WK010602");
  EXPECT_EQ(n[0].source, "portaal");
  EXPECT_EQ(n[0].status, "genomineerd");
  // Only the nomination itself keeps the name: the waiting row is cleared.
  EXPECT_EQ(count("portal_campaign_submissions", "nominee IS NOT NULL OR motivation IS NOT NULL"),
            0);
  // Without an address the buurt is chosen.
  auto by_buurt = nomination();
  by_buurt.address.reset();
  EXPECT_THROW(store::submit_portal_nomination(db_, 1, by_buurt, kBase, open_), FieldError);
  by_buurt.buurt_code = "BU01060101";
  store::confirm_campaign_token(
      db_, store::submit_portal_nomination(db_, 1, by_buurt, kBase, open_).token, open_);
  EXPECT_EQ(store::list_nominations(db_, 1, 2026, "WK010601").size(), 1u);
}

TEST_F(PortalCampaigns, UnconfirmedSubmissionsGoAfterSevenDays) {
  const auto mail = store::submit_portal_nomination(db_, 1, nomination(), kBase, open_);
  EXPECT_EQ(mail.purged, 0);
  EXPECT_EQ(store::purge_unconfirmed_campaign_submissions(db_, open_ + 24h * 6), 0);
  EXPECT_EQ(store::purge_unconfirmed_campaign_submissions(db_, open_ + 24h * 8), 1);
  EXPECT_EQ(count("portal_campaign_submissions"), 0);
  EXPECT_TRUE(store::list_outbox(db_).empty());
  EXPECT_THROW(store::confirm_campaign_token(db_, mail.token, open_ + 24h * 8), FieldError);
  EXPECT_THROW(store::confirm_campaign_token(db_, "nonsense", open_), FieldError);
  // A later submission removes the expired ones first, and says how many.
  store::submit_portal_nomination(db_, 1, nomination(), kBase, open_);
  const auto later = store::submit_portal_nomination(db_, 1, nomination(), kBase, open_ + 24h * 8);
  EXPECT_EQ(later.purged, 1);
  EXPECT_EQ(count("portal_campaign_submissions"), 1);  // the later one only
  // The store leaves the audit entries to the use cases (usecases/wijkwerk_audit_test.cpp).
  EXPECT_EQ(count("audit_log"), 0);
}

}  // namespace

}  // namespace leefbaar::testing
