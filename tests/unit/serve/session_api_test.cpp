// Sessions, log-in and user management through the API (issue 9 points 3, 5, 7 and 10): a change
// of password, role or account ends the old sessions; the idle and absolute limits on the
// server's clock; the log-in throttle slows an attacker but not the owner; X-Forwarded-For only
// from a trusted proxy (for the log-in and the portal's limits); and a beheerder manages the users
// of the own organisation only.
#include <gtest/gtest.h>

#include <set>

#include "demo/demo.hpp"
#include "serve/client_address.hpp"
#include "store/users.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

constexpr const char* kOtherPassword = "tweede corporatie wachtwoord";

class SessionApi : public DemoServerTest {
 protected:
  int me(const Login& who) const { return api_->call("GET", "/api/v1/sessie", &who)->status; }
  std::int64_t user_id(const std::string& email) {
    store::Database db(store_file());
    return store::find_user_by_email(db, email)->id;
  }
  // A log-in as the client `from` says it is (X-Forwarded-For), with its answer.
  httplib::Result log_in_from(const std::string& from, const std::string& email,
                              const std::string& password) const {
    auto c = api_->client();
    httplib::Headers h;
    if (!from.empty()) h.emplace("X-Forwarded-For", from);
    return c.Post("/api/v1/sessie", h,
                  nlohmann::json{{"email", email}, {"password", password}}.dump(),
                  "application/json");
  }
};

TEST_F(SessionApi, TheOwnPasswordChangeEndsEveryOldSession) {
  const auto first = log_in("analist");
  const auto second = log_in("analist");
  EXPECT_EQ(call("POST", "/api/v1/sessie/wachtwoord", &first,
                 {{"current_password", "niet het wachtwoord"},
                  {"new_password", "een nieuw lang wachtwoord"}},
                 422)["field"],
            "current_password");
  EXPECT_EQ(me(first), 200);
  const auto res = api_->call("POST", "/api/v1/sessie/wachtwoord", &first,
                              nlohmann::json{{"current_password", demo::kDemoPassword},
                                             {"new_password", "een nieuw lang wachtwoord"}}
                                  .dump());
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(me(first), 401);
  EXPECT_EQ(me(second), 401);
  // This browser carries on with the new session of the answer.
  const Login renewed = ApiClient::session_of(*res);
  EXPECT_EQ(me(renewed), 200);
  EXPECT_FALSE(api_->log_in("analist@demo.leefbaar.nl", demo::kDemoPassword).cookie.size());
  EXPECT_TRUE(api_->log_in("analist@demo.leefbaar.nl", "een nieuw lang wachtwoord").cookie.size());
}

TEST_F(SessionApi, APasswordSetInTheStoreEndsTheSession) {
  const auto who = log_in("lezer");
  EXPECT_EQ(me(who), 200);
  {
    store::Database db(store_file());
    store::set_password(db, user_id("lezer@demo.leefbaar.nl"), "door de cli gezet");
  }
  EXPECT_EQ(me(who), 401);
}

TEST_F(SessionApi, ARoleChangeOrDisablingEndsTheSessions) {
  const auto admin = log_in("beheerder");
  const auto analist = log_in("analist");
  const auto id = std::to_string(user_id("analist@demo.leefbaar.nl"));
  const auto changed = call("POST", "/api/v1/gebruikers/" + id, &admin, {{"role", "lezer"}}, 200);
  EXPECT_EQ(changed["user"]["role"], "lezer");
  EXPECT_EQ(me(analist), 401);
  const auto as_lezer = log_in("analist");
  EXPECT_EQ(me(as_lezer), 200);
  call("POST", "/api/v1/gebruikers/" + id, &admin, {{"disabled", true}}, 200);
  EXPECT_EQ(me(as_lezer), 401);
  const auto refused = log_in_from("", "analist@demo.leefbaar.nl", demo::kDemoPassword);
  EXPECT_EQ(refused->status, 403);
  EXPECT_NE(refused->body.find("uitgeschakeld"), std::string::npos);
  // Disabled users are listed (to enable them again), enabled again they log in.
  bool listed = false;
  const auto list = call("GET", "/api/v1/gebruikers", &admin, {}, 200);
  for (const auto& u : list["users"])
    listed |= u["email"] == "analist@demo.leefbaar.nl" && u["disabled"] == true;
  EXPECT_TRUE(listed);
  call("POST", "/api/v1/gebruikers/" + id, &admin, {{"disabled", false}}, 200);
  EXPECT_EQ(me(log_in("analist")), 200);
  // Bad values, and the beheerder's own account.
  call("POST", "/api/v1/gebruikers/" + id, &admin, {{"role", "baas"}}, 400);
  call("POST", "/api/v1/gebruikers/" + id, &admin, {{"disabled", "ja"}}, 400);
  call("POST", "/api/v1/gebruikers/" + id, &admin, nlohmann::json::object(), 400);
  const auto own = std::to_string(user_id("beheerder@demo.leefbaar.nl"));
  call("POST", "/api/v1/gebruikers/" + own, &admin, {{"disabled", true}}, 409);
  call("POST", "/api/v1/gebruikers/" + id, &analist, {{"role", "beheerder"}}, 401);
  call("POST", "/api/v1/gebruikers/" + own, &as_lezer, {{"role", "lezer"}}, 401);
  const auto lezer = log_in("lezer");
  call("POST", "/api/v1/gebruikers/" + own, &lezer, {{"role", "lezer"}}, 403);
}

// The wijken a user works in (what makes them part of a wijk team) change through the API too: a
// change ends the sessions, so the new wijken count at once; bad codes are a 422 or 400, never 500.
TEST_F(SessionApi, AWijkChangeEndsTheSessionsAndBadCodesAreRefused) {
  const auto admin = log_in("beheerder");
  const auto analist = log_in("analist");
  const auto id = std::to_string(user_id("analist@demo.leefbaar.nl"));
  const auto changed =
      call("POST", "/api/v1/gebruikers/" + id, &admin, {{"wijken", {"WK010604", "WK010604"}}}, 200);
  EXPECT_EQ(changed["user"]["wijken"], nlohmann::json::array({"WK010604"}));
  EXPECT_EQ(me(analist), 401);
  EXPECT_EQ(
      call("POST", "/api/v1/gebruikers/" + id, &admin, {{"wijken", {"Lariks"}}}, 422)["field"],
      "wijken");
  call("POST", "/api/v1/gebruikers/" + id, &admin, {{"wijken", "WK010604"}}, 400);
  call("POST", "/api/v1/gebruikers/" + id, &admin, {{"wijken", {1}}}, 400);
  // Creating a user with the same wijk twice is one wijk, not a 500.
  const auto created = call("POST", "/api/v1/gebruikers", &admin,
                            {{"email", "dubbel@demo.leefbaar.nl"},
                             {"name", "Dubbel"},
                             {"password", "een lang wachtwoord"},
                             {"role", "wijkteam"},
                             {"wijken", {"WK010601", "WK010601"}}},
                            201);
  EXPECT_GT(created["id"].get<std::int64_t>(), 0);
  // The beheerder may set the own wijken (not the own role).
  const auto own = std::to_string(user_id("beheerder@demo.leefbaar.nl"));
  call("POST", "/api/v1/gebruikers/" + own, &admin, {{"wijken", {"WK010601"}}}, 200);
}

TEST_F(SessionApi, SessionsEndIdleAfterHalfAnHourAndAfterEightHours) {
  const auto who = log_in("lezer");
  set_now(now() + 29min);
  EXPECT_EQ(me(who), 200);
  set_now(now() + 31min);
  EXPECT_EQ(me(who), 401);
  const auto busy = log_in("lezer");
  for (int k = 0; k < 23; ++k) {
    set_now(now() + 20min);
    ASSERT_EQ(me(busy), 200) << k;
  }
  set_now(now() + 20min);
  EXPECT_EQ(me(busy), 401);  // 8 hours after the log-in, however active
}

class BehindAProxy : public SessionApi {
 protected:
  void configure(serve::ServerConfig& config) override { config.trusted_proxies = {"127.0.0.1"}; }
};

// Twenty wrong passwords for the beheerder from A (behind the proxy), the clock moved past each
// wait; the beheerder from B at once.
TEST_F(BehindAProxy, TwentyWrongPasswordsDoNotLockTheOwnerOut) {
  const std::string owner = "beheerder@demo.leefbaar.nl";
  int failed = 0;
  while (failed < 20) {
    const auto res = log_in_from("203.0.113.9", owner, "fout wachtwoord!");
    ASSERT_TRUE(res);
    if (res->status == 429) {
      set_now(now() + std::chrono::seconds(std::stol(res->get_header_value("Retry-After"))));
    } else {
      ASSERT_EQ(res->status, 401);
      ++failed;
    }
  }
  EXPECT_EQ(log_in_from("198.51.100.7", owner, demo::kDemoPassword)->status, 200);
  const auto slowed = log_in_from("203.0.113.9", owner, demo::kDemoPassword);
  EXPECT_EQ(slowed->status, 429);
  EXPECT_EQ(slowed->get_header_value("Retry-After"), "900");
  EXPECT_NE(slowed->body.find("over 15 minuten opnieuw"), std::string::npos) << slowed->body;
  // The failures are audited with the client's address, never the password.
  EXPECT_EQ(count("audit_log", "action = 'login_failed' AND detail = 'adres 203.0.113.9'"), 20);
  EXPECT_EQ(count("audit_log", "detail LIKE '%fout%' OR actor LIKE '%fout%'"), 0);
}

TEST_F(BehindAProxy, AnAddressSprayingManyAccountsIsLimited) {
  for (int k = 0; k < 50; ++k)
    ASSERT_EQ(log_in_from("203.0.113.50", "iemand" + std::to_string(k) + "@demo.leefbaar.nl",
                          "fout wachtwoord!")
                  ->status,
              401)
        << k;
  EXPECT_EQ(log_in_from("203.0.113.50", "beheerder@demo.leefbaar.nl", demo::kDemoPassword)->status,
            429);
  EXPECT_EQ(log_in_from("198.51.100.7", "beheerder@demo.leefbaar.nl", demo::kDemoPassword)->status,
            200);
}

TEST_F(BehindAProxy, ThePortalLimitsCountTheForwardedClient) {
  auto c = api_->client();
  const auto verify = [&](const std::string& from) {
    return c
        .Post("/api/v1/portaal/bevestigingen", {{"X-Forwarded-For", from}},
              R"({"token":"geen-echte-code"})", "application/json")
        ->status;
  };
  for (int k = 0; k < 10; ++k) EXPECT_NE(verify("203.0.113.1"), 429) << k;
  EXPECT_EQ(verify("203.0.113.1"), 429);
  EXPECT_NE(verify("203.0.113.2"), 429);
}

// Without a trusted proxy the header is anyone's to send, and ignored.
TEST_F(SessionApi, ASpoofedForwardedForIsIgnored) {
  for (int k = 0; k < 5; ++k)
    EXPECT_EQ(
        log_in_from("203.0.113." + std::to_string(k), "lezer@demo.leefbaar.nl", "fout wachtwoord!")
            ->status,
        401);
  EXPECT_EQ(log_in_from("198.51.100.99", "lezer@demo.leefbaar.nl", demo::kDemoPassword)->status,
            429);
  auto c = api_->client();
  int limited = 0;
  for (int k = 0; k < 11; ++k)
    limited += c.Post("/api/v1/portaal/bevestigingen",
                      {{"X-Forwarded-For", "203.0.113." + std::to_string(k)}},
                      R"({"token":"geen-echte-code"})", "application/json")
                   ->status == 429;
  EXPECT_EQ(limited, 1);
}

TEST(ClientAddress, ForwardedForCountsOnlyFromATrustedProxy) {
  serve::ServerConfig config;
  httplib::Request req;
  req.remote_addr = "192.0.2.1";
  req.headers.emplace("X-Forwarded-For", "198.51.100.7");
  EXPECT_EQ(serve::client_address(config, req), "192.0.2.1");
  config.trusted_proxies = {"10.0.0.1", "10.0.0.2"};
  EXPECT_EQ(serve::client_address(config, req), "192.0.2.1");  // not from a trusted proxy
  req.remote_addr = "::ffff:10.0.0.1";
  EXPECT_EQ(serve::client_address(config, req), "198.51.100.7");
  // The right-most address that is not a trusted proxy: what the client wrote itself (left) is not
  // believed, the proxies' own entries are skipped.
  req.headers.clear();
  req.headers.emplace("X-Forwarded-For", "1.1.1.1, 203.0.113.5");
  req.headers.emplace("X-Forwarded-For", "10.0.0.2");
  EXPECT_EQ(serve::client_address(config, req), "203.0.113.5");
  req.headers.clear();
  req.headers.emplace("X-Forwarded-For", "[2001:DB8::1]:443");
  EXPECT_EQ(serve::client_address(config, req), "2001:db8::1");
  req.headers.clear();
  req.headers.emplace("X-Forwarded-For", "1.1.1.1, geen-adres");
  EXPECT_EQ(serve::client_address(config, req), "10.0.0.1");
  req.headers.clear();
  EXPECT_EQ(serve::client_address(config, req), "10.0.0.1");
  EXPECT_FALSE(serve::canonical_address("10.0.0.256"));
  EXPECT_EQ(serve::canonical_address(" 10.0.0.9:8080 "), "10.0.0.9");
}

// Two organisations in one store, each with its beheerder: neither sees, creates or changes the
// other's users.
class TwoOrganisations : public SessionApi {
 protected:
  void SetUp() override {
    SessionApi::SetUp();
    store::Database db(store_file());
    other_org_ =
        store::create_organisation(db, "Tweede Corporatie", store::OrganisationKind::corporatie);
    other_admin_ = store::create_user(db, {other_org_,
                                           "beheerder@tweede.nl",
                                           "Tweede beheerder",
                                           kOtherPassword,
                                           store::Role::beheerder,
                                           {}});
    other_user_ = store::create_user(
        db,
        {other_org_, "lezer@tweede.nl", "Tweede lezer", kOtherPassword, store::Role::lezer, {}});
    demo_org_ = store::find_user_by_email(db, "beheerder@demo.leefbaar.nl")->organisation_id;
  }
  nlohmann::json new_user(const std::string& email) const {
    return {{"email", email}, {"name", "Nieuw"}, {"password", kOtherPassword}, {"role", "lezer"}};
  }
  std::int64_t other_org_ = 0, other_admin_ = 0, other_user_ = 0, demo_org_ = 0;
};

TEST_F(TwoOrganisations, ABeheerderManagesTheOwnOrganisationOnly) {
  const auto demo = log_in("beheerder");
  const auto other = api_->log_in("beheerder@tweede.nl", kOtherPassword);
  ASSERT_FALSE(other.cookie.empty());
  const auto emails = [&](const Login& who) {
    std::set<std::string> out;
    const auto list = call("GET", "/api/v1/gebruikers", &who, {}, 200);
    for (const auto& u : list["users"]) out.insert(u["email"].get<std::string>());
    return out;
  };
  EXPECT_EQ(emails(other), (std::set<std::string>{"beheerder@tweede.nl", "lezer@tweede.nl"}));
  for (const auto& e : emails(demo)) EXPECT_EQ(e.find("tweede"), std::string::npos) << e;
  EXPECT_TRUE(emails(demo).count("beheerder@demo.leefbaar.nl"));
  EXPECT_FALSE(emails(demo).count("wijkteam@demo.leefbaar.nl"));  // the welfare organisation's

  // Creating in the other organisation, by id or by name: 403 in Dutch.
  auto body = new_user("indringer@tweede.nl");
  body["organisation_id"] = other_org_;
  const auto refused = call("POST", "/api/v1/gebruikers", &demo, body, 403);
  EXPECT_EQ(refused["field"], "organisation_id");
  EXPECT_NE(refused["message"].get<std::string>().find("eigen organisatie"), std::string::npos);
  body.erase("organisation_id");
  body["organisation"] = "Tweede Corporatie";
  call("POST", "/api/v1/gebruikers", &demo, body, 403);
  body = new_user("indringer@demo.nl");
  body["organisation_id"] = demo_org_;
  call("POST", "/api/v1/gebruikers", &other, body, 403);
  body["organisation_id"] = 99;
  call("POST", "/api/v1/gebruikers", &other, body, 403);
  // Without naming one, or naming the own: in the own organisation.
  const auto created = call("POST", "/api/v1/gebruikers", &other, new_user("nieuw@tweede.nl"), 201);
  body = new_user("nieuw@demo.nl");
  body["organisation_id"] = demo_org_;
  call("POST", "/api/v1/gebruikers", &demo, body, 201);
  EXPECT_TRUE(emails(other).count("nieuw@tweede.nl"));
  EXPECT_FALSE(emails(demo).count("nieuw@tweede.nl"));
  {
    store::Database db(store_file());
    EXPECT_EQ(store::find_user_by_email(db, "nieuw@tweede.nl")->organisation_id, other_org_);
    EXPECT_FALSE(store::find_user_by_email(db, "indringer@tweede.nl"));
    EXPECT_FALSE(store::find_user_by_email(db, "indringer@demo.nl"));
  }

  // Changing the other's users: as if they did not exist, and nothing changes.
  const auto lezer = api_->log_in("lezer@tweede.nl", kOtherPassword);
  call("POST", "/api/v1/gebruikers/" + std::to_string(other_user_), &demo, {{"disabled", true}},
       404);
  call("POST", "/api/v1/gebruikers/" + std::to_string(other_admin_), &demo, {{"role", "lezer"}},
       404);
  call("POST", "/api/v1/gebruikers/" + std::to_string(user_id("analist@demo.leefbaar.nl")), &other,
       {{"role", "beheerder"}}, 404);
  EXPECT_EQ(me(lezer), 200);
  EXPECT_EQ(me(other), 200);
  call("POST", "/api/v1/gebruikers/" + created["id"].dump(), &other, {{"role", "analist"}}, 200);
}

}  // namespace

}  // namespace leefbaar::testing
