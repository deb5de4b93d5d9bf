// Resident initiatives in the store: the households of a buurt, the majority rule, one support per
// address, the e-mail confirmation of the portal, decisions, rate limits and the spending ledger.
#include "store/initiatives.hpp"

#include <gtest/gtest.h>

#include "report/record_table_io.hpp"
#include "store/record_exports.hpp"
#include "store/settings.hpp"
#include "store/spending.hpp"
#include "store/users.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

using namespace std::chrono_literals;

// The partnership in Lariks-Noord and Lariks-Zuid: ten addresses in Lariks-Noord (1..10), one in
// Lariks-Zuid; address 5 holds three corporation homes (5a, 5b, 5c): twelve households in
// Lariks-Noord.
class Initiatives : public PartnershipStore {
 protected:
  Initiatives()
      : PartnershipStore({{"buurt", "BU01060101", "Lariks-Noord", "WK010601", "GM0106"},
                          {"buurt", "BU01060102", "Lariks-Zuid", "WK010601", "GM0106"},
                          {"wijk", "WK010601", "Lariks"},
                          {"gemeente", "GM0106", "Assen"}}) {
    add_addresses(db_, "9406ZZ", 1, 1, "BU01060102", "WK010601");
    add_homes(db_, {{"u5a", "9406AB", "5a"}, {"u5b", "9406AB", "5b"}, {"u5c", "9406AB", "5c"}});
  }

  std::int64_t make(const std::string& buurt = "BU01060101") {
    return store::create_initiative(db_, 1, moestuin(buurt), now_, "wijkteam@test");
  }
  store::Address address(int nr, const std::string& extra = "") {
    return store::parse_address("9406 ab", std::to_string(nr) + extra);
  }

  store::TimePoint now_ = std::chrono::system_clock::from_time_t(1'750'000'000);
};

TEST_F(Initiatives, HouseholdsAreTheBuurtsAddressesWithEveryCorporationHome) {
  EXPECT_EQ(store::count_households(db_, 1, "BU01060101"), 12);
  EXPECT_EQ(store::count_households(db_, 1, "BU01060102"), 1);
  const auto i = store::find_initiative(db_, 1, make(), now_);
  EXPECT_EQ(i->households, 12);
  EXPECT_EQ(i->area.wijk, "WK010601");
  EXPECT_EQ(i->area.wijk_name, "Lariks");
  EXPECT_EQ(i->needed, 7);  // more than half of 12
}

TEST_F(Initiatives, AddressesAreNormalised) {
  const auto a = store::parse_address(" 9406 ab ", "12 a");
  EXPECT_EQ(a.key(), "9406AB 12-A");
  EXPECT_EQ(store::parse_address("9406AB", "12").key(), "9406AB 12");
  EXPECT_THROW(store::parse_address("ABCD 12", "1"), FieldError);
  EXPECT_THROW(store::parse_address("9406AB", "twaalf"), FieldError);
}

TEST_F(Initiatives, TheMajorityRuleNeedsMoreThanTheShare) {
  const auto id = make();
  for (int nr = 1; nr <= 6; ++nr) store::add_paper_support(db_, 1, id, address(nr), now_, "w@t");
  auto i = store::find_initiative(db_, 1, id, now_);
  EXPECT_EQ(i->supports, 6);  // exactly half: not a majority
  EXPECT_FALSE(i->supported);
  EXPECT_TRUE(i->majority_at.empty());
  // The support that completes the majority answers it: 7 confirmed supports of 12 households.
  const auto added = store::add_paper_support(db_, 1, *i, address(5, "b"), now_ + 1h, "w@t");
  ASSERT_TRUE(added.majority);
  EXPECT_EQ(added.majority->supports, 7);
  EXPECT_EQ(added.majority->households, 12);
  EXPECT_TRUE(added.added.supported);
  i = store::find_initiative(db_, 1, id, now_ + 1h);
  EXPECT_TRUE(i->supported);
  EXPECT_EQ(i->majority_at, store::iso_utc(now_ + 1h));
  EXPECT_EQ(i->decision_due, store::iso_utc(now_ + 1h + 6 * 7 * 24h));
  EXPECT_FALSE(i->overdue);
  EXPECT_TRUE(store::find_initiative(db_, 1, id, now_ + 7 * 7 * 24h)->overdue);
}

TEST_F(Initiatives, TheShareIsASetting) {
  store::save_majority_rule(db_, 1, {0.25, 4}, "beheerder@test");
  const auto id = make();
  EXPECT_EQ(store::find_initiative(db_, 1, id, now_)->needed, 4);
  for (int nr = 1; nr <= 4; ++nr) store::add_paper_support(db_, 1, id, address(nr), now_, "w@t");
  EXPECT_TRUE(store::find_initiative(db_, 1, id, now_)->supported);
  EXPECT_THROW(store::save_majority_rule(db_, 1, {1.5, 4}, "b"), FieldError);
}

TEST_F(Initiatives, OneSupportPerAddress) {
  const auto id = make();
  store::add_paper_support(db_, 1, id, address(3), now_, "w@t");
  EXPECT_THROW(
      store::add_paper_support(db_, 1, id, store::parse_address("9406AB", " 3 "), now_, "w@t"),
      store::ConflictError);
  // Another home at the same number is another household.
  store::add_paper_support(db_, 1, id, address(5, "a"), now_, "w@t");
  store::add_paper_support(db_, 1, id, address(5, "b"), now_, "w@t");
  EXPECT_EQ(store::find_initiative(db_, 1, id, now_)->supports, 3);
  // Unknown addresses and addresses outside the buurt are refused.
  EXPECT_THROW(store::add_paper_support(db_, 1, id, address(99), now_, "w@t"), FieldError);
  EXPECT_THROW(
      store::add_paper_support(db_, 1, id, store::parse_address("9406ZZ", "1"), now_, "w@t"),
      FieldError);
}

TEST_F(Initiatives, PortalSupportsCountOnlyOnceConfirmedAndOncePerAddress) {
  const auto id = make();
  const auto first =
      store::submit_portal_support(db_, 1, id, address(2), "a@example.org", "/b/", now_);
  const auto second =
      store::submit_portal_support(db_, 1, id, address(2), "b@example.org", "/b/", now_);
  EXPECT_EQ(store::find_initiative(db_, 1, id, now_)->supports, 0);
  const auto outbox = store::list_outbox(db_);
  ASSERT_EQ(outbox.size(), 2u);
  EXPECT_NE(outbox[0].body.find("/b/" + first.token), std::string::npos);
  // Only the token's hash is stored.
  EXPECT_EQ(count("portal_verifications", "token_sha256 = '" + first.token + "'"), 0);
  const auto done = store::confirm_portal_token(db_, first.token, now_ + 1h);
  EXPECT_EQ(done.confirmation.kind, "steun");
  EXPECT_FALSE(done.majority);  // one of twelve households
  EXPECT_EQ(store::find_initiative(db_, 1, id, now_)->supports, 1);
  // The e-mail address is gone once the link is used.
  EXPECT_EQ(store::list_outbox(db_).size(), 1u);
  EXPECT_THROW(store::confirm_portal_token(db_, first.token, now_ + 2h), FieldError);
  EXPECT_THROW(store::confirm_portal_token(db_, second.token, now_ + 2h), store::ConflictError);
  EXPECT_THROW(store::submit_portal_support(db_, 1, id, address(2), "c@example.org", "/b/", now_),
               store::ConflictError);
}

TEST_F(Initiatives, PortalInitiativesWaitForTheLinkWhichExpires) {
  store::NewInitiative in;
  in.title = "Bankjes";
  in.description = "Twee bankjes.";
  in.type = "ontmoeten";
  in.location = address(4);
  const auto mail = store::submit_portal_initiative(db_, 1, in, "bewoner@example.org", "/b/", now_);
  EXPECT_TRUE(store::list_initiatives(db_, 1, {}, now_).empty());
  EXPECT_THROW(store::confirm_portal_token(db_, mail.token, now_ + 8 * 24h), FieldError);
  store::confirm_portal_token(db_, mail.token, now_ + 1h);
  const auto list = store::list_initiatives(db_, 1, {}, now_);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].state, store::InitiativeState::open);
  EXPECT_EQ(list[0].area.buurt, "BU01060101");
  EXPECT_THROW(store::submit_portal_initiative(db_, 1, in, "geen adres", "/b/", now_), FieldError);
}

TEST_F(Initiatives, WhatNobodyConfirmedIsPurgedWhenTheLinkExpires) {
  const auto id = make();
  store::submit_portal_support(db_, 1, id, address(2), "a@example.org", "/b/", now_);
  EXPECT_EQ(store::list_outbox(db_).size(), 1u);
  const auto purging =
      store::submit_portal_support(db_, 1, id, address(3), "b@example.org", "/b/", now_ + 8 * 24h);
  EXPECT_EQ(purging.purged.supports, 1);
  EXPECT_EQ(purging.purged.initiatives, 0);
  const auto outbox = store::list_outbox(db_);
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].recipient, "b@example.org");
  EXPECT_EQ(count("initiative_supports", "address_key = '9406AB 2'"), 0);
}

TEST_F(Initiatives, DecisionNeedsTheMajorityAndThenMovesOn) {
  const auto id = make();
  store::Decision yes{true, "", {{corporation_, "", 50000, 0, ""}, {welzijn_, "", 0, 8, "hulp"}}};
  EXPECT_THROW(store::decide_initiative(db_, 1, id, yes, now_, "w@t"), FieldError);
  for (int nr = 1; nr <= 7; ++nr) store::add_paper_support(db_, 1, id, address(nr), now_, "w@t");
  store::decide_initiative(db_, 1, id, yes, now_, "w@t");
  const auto i = store::find_initiative(db_, 1, id, now_);
  EXPECT_EQ(i->state, store::InitiativeState::approved);
  ASSERT_EQ(i->pledges.size(), 2u);
  EXPECT_EQ(i->pledges[0].amount_cents, 50000);
  EXPECT_THROW(store::decide_initiative(db_, 1, id, yes, now_, "w@t"), store::ConflictError);
  EXPECT_THROW(store::advance_initiative(db_, 1, id, store::InitiativeState::evaluated, "ok", now_),
               store::ConflictError);
  EXPECT_EQ(store::advance_initiative(db_, 1, id, store::InitiativeState::realised, "", now_), "");
  // Answers the evaluation as stored.
  EXPECT_EQ(store::advance_initiative(db_, 1, id, store::InitiativeState::evaluated,
                                      " Goed bezocht. ", now_),
            "Goed bezocht.");
  EXPECT_EQ(store::find_initiative(db_, 1, id, now_)->evaluation, "Goed bezocht.");
  // A refusal needs a reason.
  const auto other = make();
  EXPECT_THROW(store::decide_initiative(db_, 1, other, {false, " ", {}}, now_, "w@t"), FieldError);
  // Answers the reason as stored.
  EXPECT_EQ(
      store::decide_initiative(db_, 1, other, {false, " Past niet in het plan. ", {}}, now_, "w@t"),
      "Past niet in het plan.");
  EXPECT_EQ(store::find_initiative(db_, 1, other, now_)->refusal_reason, "Past niet in het plan.");
  EXPECT_EQ(store::find_initiative(db_, 1, other, now_)->decided_by, "w@t");
}

TEST_F(Initiatives, RateLimitsCountWithinTheWindow) {
  for (int k = 0; k < 3; ++k)
    EXPECT_FALSE(store::over_rate_limit(db_, "client:1.2.3.4", 3, 3600s, now_ + k * 1s));
  EXPECT_TRUE(store::over_rate_limit(db_, "client:1.2.3.4", 3, 3600s, now_ + 5s));
  EXPECT_FALSE(store::over_rate_limit(db_, "client:5.6.7.8", 3, 3600s, now_ + 5s));
  EXPECT_FALSE(store::over_rate_limit(db_, "client:1.2.3.4", 3, 3600s, now_ + 2h));
}

TEST_F(Initiatives, SpendingNeedsACategoryForCorporationMoneyAndImportsAllOrNothing) {
  store::NewSpending s;
  s.spent_on = "2025-03-14";
  s.gemeente_code = "GM0106";
  s.wijk_code = "WK010601";
  s.organisation_id = corporation_;
  s.amount_cents = 125000;
  EXPECT_THROW(store::add_spending(db_, 1, s, "a@t"), FieldError);
  s.btiv_category = "b";
  s.initiative_id = make();
  store::add_spending(db_, 1, s, "a@t");
  s.organisation_id = welzijn_;
  s.btiv_category.clear();
  store::add_spending(db_, 1, s, "a@t");
  const auto csv = record_csv(store::export_records(db_, 1, store::RecordKind::spending, {},
                                                    std::chrono::system_clock::now()));
  EXPECT_NE(csv.find("2025-03-14;GM0106;WK010601;Woonstichting;1250,00;b;"), std::string::npos)
      << csv;
  const auto bad = store::import_spending_csv(
      db_, 1,
      "datum;gemeente;organisatie;bedrag;categorie\n2024-01-02;GM0106;Woonstichting;1.000,50;a\n"
      "2024-02-30x;GM0106;Welzijn;10;\n2024-03-01;GM0106;Onbekend;10;\n",
      "a@t");
  EXPECT_EQ(bad.rows, 0);
  ASSERT_EQ(bad.errors.size(), 2u);
  EXPECT_EQ(bad.errors[0].row, 3);
  EXPECT_EQ(bad.errors[0].field, "spent_on");
  EXPECT_EQ(bad.errors[1].field, "organisatie");
  EXPECT_EQ(store::list_spending(db_, 1).size(), 2u);
  // An organisation outside the partnership (another tenant's), by id or by name: refused.
  const auto elsewhere =
      store::create_organisation(db_, "Elders", store::OrganisationKind::corporatie);
  s.organisation_id = elsewhere;
  s.btiv_category = "a";
  try {
    store::add_spending(db_, 1, s, "a@t");
    ADD_FAILURE() << "another tenant's organisation was accepted";
  } catch (const FieldError& e) {
    EXPECT_EQ(e.field(), "organisation_id");
  }
  const auto foreign = store::import_spending_csv(
      db_, 1, "datum;gemeente;organisatie;bedrag;categorie\n2024-01-02;GM0106;Elders;10,00;a\n",
      "a@t");
  EXPECT_EQ(foreign.rows, 0);
  ASSERT_EQ(foreign.errors.size(), 1u);
  EXPECT_EQ(foreign.errors[0].field, "organisatie");
  EXPECT_EQ(store::list_spending(db_, 1).size(), 2u);
  const auto good = store::import_spending_csv(db_, 1, csv, "a@t");
  EXPECT_EQ(good.rows, 2);
  EXPECT_EQ(store::list_spending(db_, 1, 2025).size(), 4u);
  EXPECT_EQ(neighbourhood::parse_euros("1.250,50"), 125050);
  EXPECT_EQ(neighbourhood::parse_euros("1250.5"), 125050);
  EXPECT_EQ(neighbourhood::parse_euros("-10"), -1000);
  EXPECT_FALSE(neighbourhood::parse_euros("tien"));
}

}  // namespace leefbaar::testing
