// The wijk work's use cases write the audit entries (the store leaves them to its callers): each
// change one entry in its own transaction, with the same actor, action, subject and detail as
// before; a campaign made from its template on the way gets its own entry first; reads of
// personal data name their purpose; the portal's campaigns write theirs as "portaal", and keep
// them when the request is refused.
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
#include "usecases/housekeeping.hpp"
#include "usecases/portal_campaigns.hpp"
#include "usecases/unit_of_work.hpp"
#include "usecases/wijkwerk.hpp"
#include "usecases/wijkwerk_activities.hpp"
#include "usecases/wijkwerk_campaigns.hpp"
#include "usecases/wijkwerk_mediation.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

class WijkwerkAudit : public AuditedPartnership {
 protected:
  // A corporation (organisation 1) with its welfare partner in work area 1, the wijken Lariks
  // and Pittelo with their buurten, and ten addresses in Lariks-Noord for the portal.
  WijkwerkAudit()
      : AuditedPartnership({{"buurt", "BU01060101", "Lariks-Noord", "WK010601", "GM0106"},
                            {"buurt", "BU01060102", "Lariks-Zuid", "WK010601", "GM0106"},
                            {"buurt", "BU01060401", "Pittelo", "WK010604", "GM0106"},
                            {"wijk", "WK010601", "Lariks", "", "GM0106"},
                            {"wijk", "WK010604", "Pittelo", "", "GM0106"}}) {}

  usecases::PortalTreeForm tree_form(int number, const std::string& street) {
    usecases::PortalTreeForm f;
    f.address = {"9406AB", std::to_string(number), ""};
    f.street = street;
    f.pickup_on = "2026-12-12";
    f.email = "bewoner@example.org";
    return f;
  }
  // The token of the newest confirmation link in the outbox.
  std::string newest_token() {
    return usecases::read(service_, [](store::Database& db) {
      const auto body =
          *db.query("SELECT body FROM mail_outbox ORDER BY id DESC LIMIT 1").first_text("body");
      const auto at = body.find("/l/") + 3;
      return body.substr(at, 48);
    });
  }
};

TEST_F(WijkwerkAudit, ThemesAndProfiles) {
  auto before = logged();
  const auto id = usecases::add_theme(service_, caller_, " Buurtkracht ");
  usecases::update_theme(service_, caller_, id, std::nullopt, false);
  const std::string theme = "wijk_theme/" + std::to_string(id);
  EXPECT_EQ(entries(before), (std::vector<Entry>{
                                 {kAnalist, "create", theme, "Buurtkracht", ""},
                                 {kAnalist, "update", theme, "Buurtkracht (niet actief)", ""},
                             }));

  before = logged();
  neighbourhood::WijkProfile p;
  p.wijk_code = "WK010601";
  p.year = 2025;
  p.description = "Lariks";
  p.focus = "extra";
  p.team = {{1, "", "Anna B.", "wijkconsulent"}};
  const auto profile = usecases::save_wijk_profile(service_, caller_, p);
  EXPECT_TRUE(usecases::list_wijk_profiles(service_, caller_, "WK010604", 2025).empty());
  ASSERT_EQ(usecases::list_wijk_profiles(service_, caller_, "WK010601", 2025).size(), 1u);
  // A read that finds no profile names nobody and is not logged.
  EXPECT_EQ(entries(before), (std::vector<Entry>{
                                 {kAnalist, "save", "wijk_profile/" + std::to_string(profile),
                                  "WK010601 2025 (1 teamleden)", ""},
                                 {kAnalist, "read", "wijk_profiles/WK010601/2025", "",
                                  "wijkprofiel met wijkteam bekijken"},
                             }));
}

TEST_F(WijkwerkAudit, ActivitiesTheirImportAndWorks) {
  auto before = logged();
  neighbourhood::Activity a;
  a.held_on = "2025-03-14";
  a.buurt_code = "BU01060101";
  a.type = "ontmoeting";
  a.title = " Koffieochtend ";
  a.effort = "Plus";
  a.organisations = "welzijn";
  const auto activity = usecases::add_activity(service_, caller_, a);
  // The wijk as found from the buurt and the title as stored.
  EXPECT_EQ(entries(before),
            (std::vector<Entry>{{kAnalist, "create", "wijk_activity/" + std::to_string(activity),
                                 "2025-03-14 WK010601 Koffieochtend", ""}}));

  const std::string header = "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n";
  before = logged();
  EXPECT_THROW(usecases::import_activities(
                   service_, caller_,
                   header + "2023-05-01;WK010601;feest;Buurtfeest;Basis;welzijn;40;250\n" +
                       "2023-06-01;WK010601;feest;Zomerfeest;Heel veel;welzijn;40;250\n"),
               neighbourhood::ActivityImportError);
  EXPECT_EQ(logged(), before);  // nothing imported, nothing logged
  EXPECT_EQ(usecases::import_activities(
                service_, caller_,
                header + "2023-05-01;WK010601;feest;Buurtfeest;Basis;welzijn;40;250\n" +
                    "2023-06-01;WK010604;feest;Zomerfeest;Plus;welzijn;30;100\n"),
            2);
  EXPECT_EQ(entries(before), (std::vector<Entry>{{kAnalist, "import", "wijk_activities",
                                                  "2 activiteiten ingelezen", ""}}));

  before = logged();
  const auto work = usecases::add_work(
      service_, caller_,
      {0, "renovatie", " Flats ", "BU01060401", "", "2024-03-01", "2025-06-30", ""});
  EXPECT_EQ(
      entries(before),
      (std::vector<Entry>{{kAnalist, "create", "wijk_work/" + std::to_string(work), "Flats", ""}}));
}

TEST_F(WijkwerkAudit, MediationCases) {
  const auto before = logged();
  neighbourhood::MediationCase c;
  c.buurt_code = "BU01060101";
  c.dispute = "geluid";
  neighbourhood::MediationSteps reported, intake;
  reported.reported_on = "2025-03-14";
  intake.intake_on = "2025-03-18";
  const auto id = usecases::add_mediation_case(service_, caller_, c, reported);
  usecases::update_mediation_case(service_, caller_, id, intake);
  usecases::list_mediation_cases(service_, caller_, "", 2025);
  const std::string subject = "wijk_mediation/" + std::to_string(id);
  // The case number the store gave it; "lopend" while there is no outcome.
  EXPECT_EQ(entries(before), (std::vector<Entry>{
                                 {kAnalist, "create", subject, "BB-2025-001 BU01060101 geluid", ""},
                                 {kAnalist, "update", subject, "lopend", ""},
                                 {kAnalist, "read", "wijk_mediation/alle", "",
                                  "buurtbemiddeling: zaken en termijnen volgen"},
                             }));
}

TEST_F(WijkwerkAudit, CampaignsLogTheCampaignTheyMakeFirst) {
  const auto before = logged();
  neighbourhood::TreeRequest t;
  t.street = " Dingspelstraat ";
  t.buurt_code = "BU01060101";
  const auto tree = usecases::request_christmas_tree(service_, caller_, 2025, t);
  t.street = "Lariksweg";
  const auto second = usecases::request_christmas_tree(service_, caller_, 2025, t);
  neighbourhood::SuperbuurNomination n;
  n.nominee = "Gerda";
  n.buurt_code = "BU01060102";
  n.motivation = "Kookt voor de buurman.";
  const auto nomination = usecases::nominate_superbuur(service_, caller_, 2025, n);
  usecases::decide_superbuur(service_, caller_, nomination, "gekozen", std::nullopt);
  const auto reporter = usecases::add_reporter(service_, caller_, 2025, "Piet", "fotografie");
  const auto assignment = usecases::add_reporter_assignment(
      service_, caller_, reporter, {0, "2025-04-01", "WK010601", " Foto's van de markt "});
  usecases::campaign_intake(service_, caller_, 2025, "");
  const auto id = [](std::int64_t x) { return std::to_string(x); };
  EXPECT_EQ(
      entries(before),
      (std::vector<Entry>{
          {kAnalist, "create", "wijk_campaign/1", "Kerstbomenactie 2025", ""},
          {kAnalist, "create", "wijk_tree_request/" + id(tree), "Dingspelstraat (BU01060101)", ""},
          {kAnalist, "create", "wijk_tree_request/" + id(second), "Lariksweg (BU01060101)", ""},
          {kAnalist, "create", "wijk_campaign/2", "Superbuur 2025", ""},
          {kAnalist, "create", "wijk_superbuur/" + id(nomination), "BU01060102", ""},
          {kAnalist, "update", "wijk_superbuur/" + id(nomination), "gekozen", ""},
          {kAnalist, "create", "wijk_campaign/3", "Wijkreporters 2025", ""},
          {kAnalist, "create", "wijk_reporter/" + id(reporter), "fotografie", ""},
          {kAnalist, "create", "wijk_reporter_assignment/" + id(assignment), "Foto's van de markt",
           ""},
          {kAnalist, "read", "wijk_campaigns/2025", "",
           "actie-aanmeldingen afhandelen (superburen, wijkreporters)"},
      }));
}

TEST_F(WijkwerkAudit, ThePortalsCampaignsLogAsPortaal) {
  const auto open = at("2026-11-20");
  const usecases::PortalSender sender{"192.0.2.1"};
  auto before = logged();
  usecases::portal_campaigns(service_, open);
  EXPECT_EQ(entries(before),
            (std::vector<Entry>{
                {"portaal", "create", "wijk_campaign/1", "Kerstbomenactie 2026", ""},
                {"portaal", "create", "wijk_campaign/2", "Superbuur 2026", ""},
            }));

  before = logged();
  const auto first =
      usecases::request_portal_tree(service_, sender, tree_form(3, "Dingspelstraat"), "/l/", open);
  const auto first_token = newest_token();
  const auto second =
      usecases::request_portal_tree(service_, sender, tree_form(4, "Dingspelstraat"), "/l/", open);
  const auto second_token = newest_token();
  const auto done = usecases::confirm_campaign_link(service_, "192.0.2.1", first_token, open);
  ASSERT_FALSE(done.throttled);
  EXPECT_THROW(usecases::confirm_campaign_link(service_, "192.0.2.1", second_token, open),
               ConflictError);
  const auto submission = [](const usecases::PortalReceipt& r) {
    return "portal_campaign_submission/" + std::to_string(r.id);
  };
  const std::string waiting = "kerstboom via het portaal (BU01060101), wacht op bevestiging";
  // The refusal's entry stays with the removal of the submission that can never be granted.
  EXPECT_EQ(
      entries(before),
      (std::vector<Entry>{
          {"portaal", "create", submission(first), waiting, ""},
          {"portaal", "create", submission(second), waiting, ""},
          {"portaal", "create", "wijk_tree_request/" + std::to_string(done.confirmation.record_id),
           "Dingspelstraat (BU01060101)", ""},
          {"portaal", "confirm", submission(first), "kerstboom", ""},
          {"portaal", "refuse", submission(second), "kerstboom", ""},
      }));

  // A submission a week later removes the one nobody confirmed, and says so first.
  before = logged();
  usecases::PortalNominationForm n;
  n.nominee = "Gerda";
  n.buurt = "BU01060101";
  n.motivation = "Helpt iedereen.";
  n.email = "buur@example.org";
  const auto waiting_nomination =
      usecases::nominate_portal_superbuur(service_, sender, n, "/l/", open);
  const auto later =
      usecases::nominate_portal_superbuur(service_, {"192.0.2.2"}, n, "/l/", open + 24h * 8);
  EXPECT_EQ(
      entries(before),
      (std::vector<Entry>{
          {"portaal", "create", submission(waiting_nomination),
           "superbuur via het portaal (BU01060101), wacht op bevestiging", ""},
          {"systeem", "purge", "portal_campaigns", "1 onbevestigde aanmeldingen voor acties", ""},
          {"portaal", "create", submission(later),
           "superbuur via het portaal (BU01060101), wacht op bevestiging", ""},
      }));
}

TEST_F(WijkwerkAudit, TheHourlyPurgeLogsWhatItRemoved) {
  const auto open = at("2026-11-20");
  usecases::request_portal_tree(service_, {"192.0.2.1"}, tree_form(3, "Dingspelstraat"), "/l/",
                                open);
  auto before = logged();
  usecases::purge_unconfirmed_submissions(service_, open + 24h);  // the link is still valid
  EXPECT_EQ(logged(), before);
  usecases::purge_unconfirmed_submissions(service_, open + 24h * 8);
  EXPECT_EQ(entries(before), (std::vector<Entry>{{"systeem", "purge", "portal_campaigns",
                                                  "1 onbevestigde aanmeldingen voor acties", ""}}));
  before = logged();
  usecases::purge_unconfirmed_submissions(service_, open + 24h * 9);
  EXPECT_EQ(logged(), before);
}

TEST_F(WijkwerkAudit, AClosedPortalCampaignKeepsTheEntryOfTheCampaignItMade) {
  const auto march = at("2026-03-02");
  const auto before = logged();
  EXPECT_THROW(usecases::request_portal_tree(service_, {"192.0.2.1"},
                                             tree_form(3, "Dingspelstraat"), "/l/", march),
               ConflictError);
  EXPECT_EQ(entries(before),
            (std::vector<Entry>{
                {"portaal", "create", "wijk_campaign/1", "Kerstbomenactie 2026", ""},
            }));
}

}  // namespace

}  // namespace leefbaar::testing
