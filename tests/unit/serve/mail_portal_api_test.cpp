// The portal's mails over the demo work area (issue 9): the whole flow (an initiative, a support,
// a Christmas tree request, each confirmed through the link in its mail, and a staff log-in) with
// the server's log captured: no token and no password in it. The links in the mails (the .eml
// files of the folder mode) are absolute, from the configured public address, with the token
// after '#' so that it never reaches a request log. Line breaks in an e-mail address or a title
// are refused before anything is queued.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <thread>

#include "demo/demo.hpp"
#include "store/outbox.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

constexpr const char* kPublic = "https://leefbaar.example.nl/";

class MailPortalApi : public DemoServerTest {
 protected:
  // The real day: the demo opens the campaigns of the year it is loaded in (as
  // portal_campaigns_api_test).
  void SetUp() override {
    // Everything the process writes to stderr (the log) goes to a file from here on.
    std::fflush(stderr);
    saved_stderr_ = dup(STDERR_FILENO);
    log_file_ = dir_.path() / "server.log";
    std::FILE* f = std::fopen(log_file_.c_str(), "w");
    dup2(fileno(f), STDERR_FILENO);
    std::fclose(f);
    set_now(std::chrono::system_clock::now());
    DemoServerTest::SetUp();
  }
  void TearDown() override {
    DemoServerTest::TearDown();
    restore_stderr();
  }
  void restore_stderr() {
    if (saved_stderr_ < 0) return;
    std::fflush(stderr);
    dup2(saved_stderr_, STDERR_FILENO);
    close(saved_stderr_);
    saved_stderr_ = -1;
  }
  std::string server_log() {
    std::fflush(stderr);
    return read_file(log_file_);
  }
  void configure(serve::ServerConfig& config) override {
    config.public_url = kPublic;
    config.mail_folder = dir_.path() / "mail";
    config.mail_poll = 20ms;
    std::filesystem::create_directories(dir_.path() / "web");
    std::ofstream(dir_.path() / "web" / "index.html") << "<!doctype html><title>Leefbaar</title>";
    config.web_root = dir_.path() / "web";
  }

  // The link of a mail the delivery wrote for `page` that was not seen before: waits for the
  // background delivery (no timing is asserted; it gives up after a minute).
  std::string next_link(const std::string& page) {
    const std::string prefix = std::string(kPublic) + page + "#";
    for (int k = 0; k < 3000; ++k) {
      if (std::filesystem::exists(dir_.path() / "mail"))
        for (const auto& e : std::filesystem::directory_iterator(dir_.path() / "mail")) {
          if (e.path().extension() != ".eml") continue;
          const auto eml = read_file(e.path());
          const auto at = eml.find(prefix);
          if (at == std::string::npos) continue;
          const auto link = eml.substr(at, prefix.size() + 48);
          if (seen_.insert(link).second) return link;
        }
      std::this_thread::sleep_for(20ms);
    }
    ADD_FAILURE() << "no mail with a link to " << page;
    return prefix + std::string(48, '0');
  }
  // What a browser requests for the link: the path, never the part after '#'.
  int open_in_browser(const std::string& link) const {
    const auto path = "/" + link.substr(std::string(kPublic).size(),
                                        link.find('#') - std::string(kPublic).size());
    return api_->call("GET", path, nullptr)->status;
  }
  PostalAddress address(const std::string& buurt) const {
    return addresses(buurt, 1, /*last_first=*/true).at(0);
  }

  std::filesystem::path log_file_;
  int saved_stderr_ = -1;
  std::set<std::string> seen_;
};

std::string token_of(const std::string& link) {
  return link.substr(link.find('#') + 1);
}

TEST_F(MailPortalApi, TheWholeFlowLeavesNoTokenOrPasswordInTheLog) {
  std::vector<std::string> tokens;
  // An initiative, confirmed through its link.
  call("POST", "/api/v1/portaal/initiatieven", nullptr,
       {{"title", "Speeltuin"},
        {"description", "Een speeltuin bij de vijver."},
        {"type", "speelplek"},
        {"buurt", "BU01060101"},
        {"email", "bewoner@example.org"}},
       202);
  const auto link = next_link("portaal/bevestigen");
  EXPECT_EQ(link.rfind(std::string(kPublic) + "portaal/bevestigen#", 0), 0u) << link;
  tokens.push_back(token_of(link));
  EXPECT_EQ(open_in_browser(link), 200);
  const auto done =
      call("POST", "/api/v1/portaal/bevestigingen", nullptr, {{"token", tokens.back()}}, 200);
  const int initiative = done["initiative_id"].get<int>();

  // A neighbour supports it.
  const auto home = address("BU01060101");
  call("POST", "/api/v1/portaal/initiatieven/" + std::to_string(initiative) + "/steunbetuigingen",
       nullptr,
       {{"postcode", home.first},
        {"huisnummer", std::to_string(home.second)},
        {"email", "buur@example.org"}},
       202);
  const auto support = next_link("portaal/bevestigen");
  tokens.push_back(token_of(support));
  EXPECT_EQ(open_in_browser(support), 200);
  call("POST", "/api/v1/portaal/bevestigingen", nullptr, {{"token", tokens.back()}}, 200);

  // A Christmas tree for the street.
  const auto days =
      call("GET", "/api/v1/portaal/campagnes", nullptr, {}, 200)["kerstbomen"]["pickup_days"];
  call("POST", "/api/v1/portaal/campagnes/kerstbomen", nullptr,
       {{"postcode", home.first},
        {"huisnummer", std::to_string(home.second)},
        {"street", "Portaalstraat"},
        {"pickup_on", days.empty() ? "" : days[0].get<std::string>()},
        {"email", "buur@example.org"}},
       202);
  const auto tree = next_link("portaal/actie-bevestigen");
  tokens.push_back(token_of(tree));
  EXPECT_EQ(open_in_browser(tree), 200);
  call("POST", "/api/v1/portaal/campagnes/bevestigingen", nullptr, {{"token", tokens.back()}}, 200);

  // A staff member logs in (the password is in the body).
  EXPECT_FALSE(log_in("wijkteam").cookie.empty());

  // Every mail was delivered, none failed.
  {
    store::Database db(store_file());
    for (const auto& m : store::all_outbox(db)) EXPECT_NE(m.status, "failed") << m.last_error;
  }
  const auto log = server_log();
  restore_stderr();
  EXPECT_NE(log.find("POST /api/v1/portaal/bevestigingen 200"), std::string::npos)
      << log;  // it was captured
  EXPECT_NE(log.find("GET /portaal/bevestigen 200"), std::string::npos) << log;
  for (const auto& t : tokens) {
    ASSERT_EQ(t.size(), 48u);
    EXPECT_EQ(log.find(t), std::string::npos) << "token in the log: " << t;
  }
  EXPECT_EQ(log.find(demo::kDemoPassword), std::string::npos);
}

TEST_F(MailPortalApi, LineBreaksInAnAddressOrATitleAreRefused) {
  const nlohmann::json initiative = {{"title", "Speeltuin"},
                                     {"description", "Een speeltuin."},
                                     {"type", "speelplek"},
                                     {"buurt", "BU01060101"},
                                     {"email", "bewoner@example.org"}};
  auto body = initiative;
  body["title"] = "Speeltuin\r\nBcc: x@evil.example";
  auto refused = call("POST", "/api/v1/portaal/initiatieven", nullptr, body, 422);
  EXPECT_EQ(refused["field"], "title");
  EXPECT_EQ(refused["message"], "De titel mag geen regeleinden of tabs bevatten.");
  body = initiative;
  body["email"] = "a@b.nl\r\nBcc: x@evil.example";
  refused = call("POST", "/api/v1/portaal/initiatieven", nullptr, body, 422);
  EXPECT_EQ(refused["field"], "email");
  const auto home = address("BU01060101");
  refused = call("POST", "/api/v1/portaal/campagnes/kerstbomen", nullptr,
                 {{"postcode", home.first},
                  {"huisnummer", std::to_string(home.second)},
                  {"street", "Portaalstraat"},
                  {"email", "a@b.nl\nBcc: x@evil.example"}},
                 422);
  EXPECT_EQ(refused["field"], "email");
  // Staff cannot type one either (the title goes into the reminders' subjects).
  const auto staff = log_in("analist");
  body = initiative;
  body.erase("email");
  body["title"] = "Speeltuin\nBcc: x@evil.example";
  EXPECT_EQ(api_->call("POST", "/api/v1/initiatieven", &staff, body.dump())->status, 422);
  store::Database db(store_file());
  for (const auto& m : store::all_outbox(db)) {
    EXPECT_EQ(m.recipient.find('\n'), std::string::npos);
    EXPECT_EQ(m.subject.find('\n'), std::string::npos);
  }
}

}  // namespace

}  // namespace leefbaar::testing
