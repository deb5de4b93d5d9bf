// The signals' use cases write the audit entries (the store leaves them to its callers): every read
// of personal data with its purpose, a refused read too, every change, a resident's request, the
// sharing agreement, the retention settings and the purge, and the hourly reminders; and never the
// personal data itself.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>

#include "audited_partnership.hpp"
#include "neighbourhood/signals.hpp"
#include "store/initiatives.hpp"
#include "store/users.hpp"
#include "usecases/housekeeping.hpp"
#include "usecases/reminders.hpp"
#include "usecases/signals.hpp"
#include "usecases/signals_residents.hpp"
#include "usecases/signals_retention.hpp"
#include "usecases/signals_sharing.hpp"

namespace leefbaar::testing {

namespace {

class SignalsAudit : public AuditedPartnership {
 protected:
  SignalsAudit()
      : AuditedPartnership({{"buurt", "BU01060101", "Lariks-Noord", "WK010601", "GM0106"},
                            {"wijk", "WK010601", "Lariks", "", "GM0106"}}) {
    beheerder_ = caller_;
    beheerder_.role = Role::beheerder;
    beheerder_.email = "beheerder@test.nl";
  }
  neighbourhood::ContactInput visit(const std::string& date) const {
    neighbourhood::ContactInput in;
    in.date = date;
    in.wijk = "WK010601";
    in.kind = "huisbezoek";
    in.signals = {"eenzaamheid", "geldzorgen", "eenzaamheid"};
    in.referral = "sociaal_team";
    in.follow_up_status = "open";
    in.postcode = "9406 ab";
    in.huisnummer = "3";
    in.note = "Wil graag naar de koffieochtend.";
    return in;
  }
  std::int64_t record(const std::string& date) {
    return usecases::record_contact(service_, caller_, visit(date), at(date));
  }
  User beheerder_;
};

TEST_F(SignalsAudit, EveryReadAndChangeIsLoggedWithItsPurpose) {
  const auto id = record("2026-11-02");
  const auto subject = fmt::format("signaal/{}", id);
  usecases::contact_overview(service_, caller_, {});
  usecases::contact_details(service_, caller_, id);
  usecases::change_follow_up(service_, caller_, id, {std::nullopt, std::nullopt, "bezig"},
                             at("2026-11-03"));
  usecases::change_follow_up(service_, caller_, id, {std::nullopt, std::nullopt, "bezig"},
                             at("2026-11-03"));  // nothing changes, nothing logged
  const auto note = usecases::add_follow_up_note(service_, caller_, id, "Gebeld, koffie gedronken.",
                                                 at("2026-11-04"));
  // Another organisation's worker is refused, and the refusal stays in the log.
  User welzijn = caller_;
  welzijn.organisation_id = 2;
  welzijn.email = "werker@welzijn.nl";
  welzijn.role = Role::wijkteam;
  welzijn.wijken = {"WK010601"};
  EXPECT_THROW(usecases::contact_details(service_, welzijn, id), neighbourhood::SignalAccessDenied);
  const auto entries_ = entries();
  EXPECT_EQ(entries_,
            (std::vector<Entry>{
                {kAnalist, "create", subject, "contactmoment in WK010601 met 2 signalen",
                 "vastleggen contactmoment"},
                {kAnalist, "read", "signalen/werkgebied/1",
                 "lijst van 1 contactmomenten (1 in totaal)", "overzicht wijkteam"},
                {kAnalist, "read", subject, "details", "opvolging signaal"},
                {kAnalist, "update", subject, "stand opvolging", "opvolging signaal"},
                {kAnalist, "create", fmt::format("signaal/{}/notitie/{}", id, note), "",
                 "opvolging signaal"},
                {"werker@welzijn.nl", "read_refused", subject, "", "opvolging signaal"}}));
  for (const auto& e : entries_)
    EXPECT_EQ(e.detail.find("9406"), std::string::npos) << e;  // no personal data
}

TEST_F(SignalsAudit, AResidentsRequestIsLoggedByItsKindNotItsTerms) {
  record("2026-11-02");
  const auto from = logged();
  EXPECT_EQ(usecases::resident_contacts(service_, beheerder_, {0, "9406AB", "3", "", ""}).size(),
            1u);
  EXPECT_TRUE(usecases::resident_contacts(service_, beheerder_, {0, "", "", "", "K-1"}).empty());
  EXPECT_EQ(usecases::erase_resident_contacts(service_, beheerder_, {0, "9406AB", "3", "", ""}), 1);
  EXPECT_EQ(entries(from),
            (std::vector<Entry>{
                {"beheerder@test.nl", "read", "signalen/werkgebied/1",
                 "verzoek van een bewoner (op adres): 1 contactmomenten", "inzageverzoek"},
                {"beheerder@test.nl", "read", "signalen/werkgebied/1",
                 "verzoek van een bewoner (op referentie): 0 contactmomenten", "inzageverzoek"},
                {"beheerder@test.nl", "delete", "signalen/werkgebied/1",
                 "1 contactmomenten van een bewoner gewist (de aantallen blijven)",
                 "verwijderverzoek"}}));
}

TEST_F(SignalsAudit, TheSharingAgreementIsLoggedWhenItChanges) {
  const auto now = at("2026-12-01");
  usecases::set_signal_sharing(service_, beheerder_, "WK010601", 2, true, now);
  usecases::set_signal_sharing(service_, beheerder_, "WK010601", 2, true, now);  // no change
  usecases::set_signal_sharing(service_, beheerder_, "WK010601", 2, false, now);
  EXPECT_EQ(entries(),
            (std::vector<Entry>{{"beheerder@test.nl", "grant", "signaaldelen/1/WK010601/2",
                                 "details van signalen van organisatie 1 in WK010601 gedeeld met "
                                 "organisatie 2",
                                 "samenwerkingsafspraak"},
                                {"beheerder@test.nl", "revoke", "signaaldelen/1/WK010601/2",
                                 "details van signalen van organisatie 1 in WK010601 niet meer "
                                 "gedeeld met organisatie 2",
                                 "samenwerkingsafspraak"}}));
}

TEST_F(SignalsAudit, TheRetentionAndThePurgeAreLogged) {
  record("2023-01-10");
  record("2026-11-02");
  const auto from = logged();
  usecases::save_retention(service_, beheerder_, {{"contactmoment", 30}, {"opvolgnotitie", 3}});
  const auto purged = usecases::purge_expired(service_, at("2026-12-01"));
  EXPECT_EQ(purged.contacts, 1);
  usecases::purge_expired(service_, at("2026-12-01"));  // nothing left to do, nothing logged
  EXPECT_EQ(
      entries(from),
      (std::vector<Entry>{
          {"beheerder@test.nl", "settings", "bewaartermijn/1/contactmoment", "30 maanden", ""},
          {"beheerder@test.nl", "settings", "bewaartermijn/1/opvolgnotitie", "3 maanden", ""},
          {"systeem", "purge", "signalen/werkgebied/1",
           "bewaartermijn verstreken op 2026-12-01: 1 contactmomenten, 0 opvolgnotities en 0 "
           "adressen verwijderd",
           "bewaartermijn"}}));
}

TEST_F(SignalsAudit, TheHourlyRemindersAreLoggedWhenMailsWentOut) {
  // An initiative in Lariks-Noord with its majority on 2026-03-02: its decision is due 2026-04-13.
  usecases::change(service_, [](store::Database& db) {
    store::create_user(
        db, {2, "team@welzijn.nl", "Team", "een lang wachtwoord", Role::wijkteam, {"WK010601"}});
    const auto when = at("2026-03-02");
    const auto id = store::create_initiative(db, 1, moestuin(), when, "team@welzijn.nl");
    for (int nr = 1; nr <= 6; ++nr)
      store::add_paper_support(db, 1, id, store::parse_address("9406AB", std::to_string(nr)), when,
                               "team@welzijn.nl");
  });
  const auto from = logged();
  EXPECT_EQ(usecases::run_reminders(service_, at("2026-04-01"), ""), 0);
  EXPECT_EQ(usecases::run_reminders(service_, at("2026-04-07"), ""), 1);
  EXPECT_EQ(
      entries(from),
      (std::vector<Entry>{{"systeem", "remind", "work_area/1", "1 herinneringen gemaild", ""}}));
}

}  // namespace

}  // namespace leefbaar::testing
