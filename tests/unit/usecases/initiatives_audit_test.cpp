// The initiative use cases write the audit entries (the store leaves them to its callers): each
// change its entries in its own transaction, with the same actor, action, subject and detail as
// before; a support that completes the majority adds the system's entry; the read of the
// supporters' addresses names its purpose; the portal writes as "portaal", and its purge of what
// nobody confirmed is the system's. A refused operation writes nothing.
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <string>
#include <vector>

#include "audited_partnership.hpp"
#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/sql.hpp"
#include "store/users.hpp"
#include "usecases/initiatives.hpp"
#include "usecases/initiatives_decisions.hpp"
#include "usecases/portal.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

const auto kNow = std::chrono::system_clock::from_time_t(1'772'409'600);  // 2026-03-02

std::string initiative(std::int64_t id) {
  return "initiative/" + std::to_string(id);
}
std::string support(std::int64_t initiative, std::int64_t id) {
  return "initiative/" + std::to_string(initiative) + "/support/" + std::to_string(id);
}

class InitiativesAudit : public AuditedPartnership {
 protected:
  // A corporation (organisation 1) with its welfare partner (2) in work area 1, the wijk Lariks
  // with its buurt Lariks-Noord and ten addresses there (9406AB 1..10: ten households).
  InitiativesAudit()
      : AuditedPartnership({{"buurt", "BU01060101", "Lariks-Noord", "WK010601", "GM0106"},
                            {"wijk", "WK010601", "Lariks", "", "GM0106"}}) {}

  // A majority of more than a quarter: three supports of the ten households.
  void quarter_rule() { usecases::change_majority_rule(service_, caller_, {0.25, 4}); }
  std::int64_t moestuin(const std::string& title = "Moestuin") {
    neighbourhood::NewInitiative in;
    in.title = title;
    in.description = "Een moestuin voor de buurt.";
    in.type = "groen";
    in.buurt_code = "BU01060101";
    return usecases::create_initiative(service_, caller_, in, {}, kNow);
  }
  neighbourhood::SupportAdded paper(std::int64_t id, int nr) {
    return usecases::add_paper_support(service_, caller_, id, {"9406AB", std::to_string(nr), ""},
                                       kNow);
  }
  usecases::PortalReceipt portal_support(std::int64_t id, int nr, const std::string& client,
                                         usecases::TimePoint at) {
    return usecases::support_portal_initiative(service_, {client}, id,
                                               {"9406AB", std::to_string(nr), ""},
                                               "bewoner@example.org", "/b/", at);
  }
  // The token of the newest confirmation link in the outbox.
  std::string newest_token() {
    return usecases::read(service_, [](store::Database& db) {
      const auto body =
          *db.query("SELECT body FROM mail_outbox ORDER BY id DESC LIMIT 1").first_text("body");
      return body.substr(body.find("/b/") + 3, 48);
    });
  }
};

TEST_F(InitiativesAudit, TheRuleAStaffInitiativeItsPaperSupportsAndTheirRead) {
  auto before = logged();
  quarter_rule();
  EXPECT_EQ(entries(before), (std::vector<Entry>{{kAnalist, "settings", "initiative_settings/1",
                                                  "aandeel 0.25, termijn 4 weken", ""}}));

  // The title as stored: trimmed.
  before = logged();
  const auto id = moestuin(" Moestuin ");
  EXPECT_EQ(entries(before),
            (std::vector<Entry>{{kAnalist, "create", initiative(id), "Moestuin", ""}}));

  // The third support completes the majority: the system's entry follows the support's; the
  // fourth adds none.
  before = logged();
  std::vector<std::int64_t> supports;
  for (int nr = 1; nr <= 4; ++nr) supports.push_back(paper(id, nr).id);
  EXPECT_EQ(
      entries(before),
      (std::vector<Entry>{
          {kAnalist, "create", support(id, supports[0]), "steunbetuiging van papier", ""},
          {kAnalist, "create", support(id, supports[1]), "steunbetuiging van papier", ""},
          {kAnalist, "create", support(id, supports[2]), "steunbetuiging van papier", ""},
          {"systeem", "majority", initiative(id), "3 steunbetuigingen bij 10 huishoudens", ""},
          {kAnalist, "create", support(id, supports[3]), "steunbetuiging van papier", ""},
      }));

  // A second support from an address, or one from an unknown address: refused, nothing logged.
  before = logged();
  EXPECT_THROW(paper(id, 2), ConflictError);
  EXPECT_THROW(paper(id, 99), FieldError);
  EXPECT_EQ(logged(), before);

  before = logged();
  EXPECT_EQ(usecases::initiative_detail(service_, caller_, id, kNow).supports.size(), 4u);
  EXPECT_EQ(entries(before),
            (std::vector<Entry>{{kAnalist, "read", initiative(id) + "/supports", "4 adressen",
                                 "steunbetuigingen van een initiatief controleren (één per "
                                 "adres)"}}));
}

TEST_F(InitiativesAudit, DecisionsAndTheStepsAfter) {
  quarter_rule();
  const auto id = moestuin();
  for (int nr = 1; nr <= 3; ++nr) paper(id, nr);

  auto before = logged();
  EXPECT_THROW(usecases::decide_initiative(service_, caller_, id, "goedgekeurd", "", {}, kNow),
               FieldError);  // an approval needs a pledge
  EXPECT_EQ(logged(), before);
  usecases::decide_initiative(service_, caller_, id, "goedgekeurd", "",
                              {{1, "", 50000, 0, ""}, {2, "", 0, 8, "hulp"}}, kNow);
  usecases::advance_initiative(service_, caller_, id, "gerealiseerd", "", kNow + 24h);
  usecases::advance_initiative(service_, caller_, id, "geevalueerd", " Goed bezocht. ", kNow + 48h);
  EXPECT_EQ(entries(before), (std::vector<Entry>{
                                 {kAnalist, "approve", initiative(id), "2 toezeggingen", ""},
                                 {kAnalist, "gerealiseerd", initiative(id), "", ""},
                                 {kAnalist, "geevalueerd", initiative(id), "Goed bezocht.", ""},
                             }));

  // A refusal names its reason as stored; a second decision is refused and logs nothing.
  const auto other = moestuin("Bankjes");
  before = logged();
  usecases::decide_initiative(service_, caller_, other, "afgewezen", " Past niet in het plan. ", {},
                              kNow);
  EXPECT_THROW(
      usecases::decide_initiative(service_, caller_, other, "afgewezen", "Nog eens.", {}, kNow),
      ConflictError);
  EXPECT_EQ(
      entries(before),
      (std::vector<Entry>{{kAnalist, "refuse", initiative(other), "Past niet in het plan.", ""}}));
}

TEST_F(InitiativesAudit, ThePortalLogsAsPortaalAndItsPurgeAsTheSystem) {
  quarter_rule();
  neighbourhood::PortalInitiativeForm form;
  form.title = " Bankjes ";
  form.description = "Twee bankjes.";
  form.type = "ontmoeten";
  form.buurt = "BU01060101";
  const auto submit = [&](const std::string& client, usecases::TimePoint at) {
    return usecases::submit_portal_initiative(service_, {client}, form, {}, {},
                                              "bewoner@example.org", "/b/", at);
  };

  // The honeypot: counted, answered as accepted, nothing kept or logged.
  auto before = logged();
  EXPECT_EQ(usecases::submit_portal_initiative(service_, {"192.0.2.9", true}, form, {}, {},
                                               "bewoner@example.org", "/b/", kNow)
                .outcome,
            usecases::PortalReceipt::Outcome::dropped);
  EXPECT_EQ(logged(), before);

  const auto id = submit("192.0.2.1", kNow).id;
  usecases::confirm_portal_link(service_, "192.0.2.1", newest_token(), kNow + 1h);
  EXPECT_EQ(entries(before), (std::vector<Entry>{
                                 {"portaal", "create", initiative(id), "Bankjes", ""},
                                 {"portaal", "confirm", initiative(id), "initiatief", ""},
                             }));

  // Two paper supports, then the portal's third completes the majority once it is confirmed.
  paper(id, 1);
  paper(id, 2);
  before = logged();
  const auto third = portal_support(id, 3, "192.0.2.2", kNow + 2h).id;
  const auto token = newest_token();
  usecases::confirm_portal_link(service_, "192.0.2.2", token, kNow + 3h);
  EXPECT_EQ(
      entries(before),
      (std::vector<Entry>{
          {"portaal", "create", support(id, third),
           "steunbetuiging via het portaal, wacht op bevestiging", ""},
          {"systeem", "majority", initiative(id), "3 steunbetuigingen bij 10 huishoudens", ""},
          {"portaal", "confirm", initiative(id), "steun", ""},
      }));

  // A used link, an address outside the registers, a second support from an address: refused,
  // nothing logged (the rate limits' counts are kept all the same).
  before = logged();
  EXPECT_THROW(usecases::confirm_portal_link(service_, "192.0.2.2", token, kNow + 4h), FieldError);
  EXPECT_THROW(portal_support(id, 99, "192.0.2.3", kNow + 4h), FieldError);
  EXPECT_THROW(portal_support(id, 3, "192.0.2.3", kNow + 4h), ConflictError);
  EXPECT_EQ(logged(), before);

  // What nobody confirmed within the link's week is removed before the next submission, and
  // logged before its entry.
  submit("192.0.2.4", kNow + 5h);
  portal_support(id, 5, "192.0.2.4", kNow + 5h);
  before = logged();
  const auto late = portal_support(id, 6, "192.0.2.5", kNow + 8 * 24h).id;
  EXPECT_EQ(entries(before),
            (std::vector<Entry>{
                {"systeem", "purge", "portal",
                 "1 onbevestigde steunbetuigingen, 1 onbevestigde initiatieven", ""},
                {"portaal", "create", support(id, late),
                 "steunbetuiging via het portaal, wacht op bevestiging", ""},
            }));
}

}  // namespace

}  // namespace leefbaar::testing
