#include "store/users.hpp"

#include <gtest/gtest.h>

#include "support/errors.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

using namespace std::chrono_literals;

class Users : public StoreTest {
 protected:
  Users() {
    org_ = store::create_organisation(db_, "Gemeente Assen", store::OrganisationKind::gemeente);
    store::create_user(db_, {org_,
                             "An.Analist@Assen.nl",
                             "An Analist",
                             "lang genoeg wachtwoord",
                             store::Role::wijkteam,
                             {"WK010601", "WK010604"}});
  }
  std::int64_t org_ = 0;
  store::Clock::time_point now_ = store::Clock::from_time_t(1'790'000'000);
};

TEST_F(Users, PasswordsAreStoredAsArgon2idHashes) {
  const auto hash = db_.sql().execAndGet("SELECT password_hash FROM users").getString();
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_EQ(hash.find("lang genoeg"), std::string::npos);
}

TEST_F(Users, LogInOpensASessionThatExpires) {
  const auto r = store::log_in(db_, " an.analist@assen.nl", "lang genoeg wachtwoord", now_);
  ASSERT_EQ(r.outcome, store::LoginOutcome::ok);
  const auto& session = *r.session;
  EXPECT_EQ(session.user.role, store::Role::wijkteam);
  EXPECT_EQ(session.user.wijken, (std::vector<std::string>{"WK010601", "WK010604"}));
  EXPECT_EQ(session.token.size(), 64u);
  EXPECT_NE(session.token, session.csrf_token);
  // Only the token's hash is in the store.
  EXPECT_EQ(count("sessions", "token_sha256 = '" + session.token + "'"), 0);
  const auto found = store::find_session(db_, session.token, now_ + 20min);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->user.email, "an.analist@assen.nl");
  EXPECT_EQ(found->expires_at, now_ + 8h);
  EXPECT_FALSE(store::find_session(db_, session.token, now_ + 9h));
  EXPECT_FALSE(store::find_session(db_, "not a token", now_));
  store::log_out(db_, session.token);
  EXPECT_FALSE(store::find_session(db_, session.token, now_ + 1h));
}

TEST_F(Users, WrongPasswordAndUnknownAddressAreRefusedAlike) {
  EXPECT_EQ(store::log_in(db_, "an.analist@assen.nl", "fout wachtwoord!", now_).outcome,
            store::LoginOutcome::wrong_credentials);
  EXPECT_EQ(store::log_in(db_, "niemand@assen.nl", "lang genoeg wachtwoord", now_).outcome,
            store::LoginOutcome::wrong_credentials);
}

TEST_F(Users, RepeatedFailuresAreThrottledForAWhile) {
  for (int i = 0; i < 5; ++i)
    store::log_in(db_, "an.analist@assen.nl", "fout wachtwoord!", now_ + std::chrono::seconds(i));
  EXPECT_EQ(
      store::log_in(db_, "an.analist@assen.nl", "lang genoeg wachtwoord", now_ + 1min).outcome,
      store::LoginOutcome::throttled);
  EXPECT_EQ(
      store::log_in(db_, "an.analist@assen.nl", "lang genoeg wachtwoord", now_ + 16min).outcome,
      store::LoginOutcome::ok);
}

TEST_F(Users, BadUserInputNamesTheField) {
  auto attempt = [this](store::NewUser u) {
    return input_error_of([&] { store::create_user(db_, u); });
  };
  EXPECT_EQ(
      attempt(
          {org_, "an.analist@assen.nl", "Twee", "lang genoeg wachtwoord", store::Role::lezer, {}}),
      "Het e-mailadres an.analist@assen.nl is al in gebruik.");
  EXPECT_EQ(attempt({org_, "b@assen.nl", "B", "kort", store::Role::lezer, {}}),
            "Het wachtwoord heeft 4 tekens; gebruik er minstens 12.");
  EXPECT_EQ(attempt({org_, "geen adres", "C", "lang genoeg wachtwoord", store::Role::lezer, {}}),
            "'geen adres' is geen e-mailadres.");
  EXPECT_EQ(attempt({org_,
                     "d@assen.nl",
                     "D",
                     "lang genoeg wachtwoord",
                     store::Role::wijkteam,
                     {"WK010601", "<b>Lariks</b>"}}),
            "'<b>Lariks</b>' is geen wijkcode; verwacht zoiets als WK010601.");
  EXPECT_EQ(count("users"), 1);
}

TEST_F(Users, AUsersWijkenAreCodesKeptOnceAndChangedWhole) {
  const auto id = store::create_user(db_, {org_,
                                           "team@assen.nl",
                                           "Team",
                                           "lang genoeg wachtwoord",
                                           store::Role::wijkteam,
                                           {"wk010601", "WK010601", "WK010604"}});
  EXPECT_EQ(store::find_user(db_, id)->wijken, (std::vector<std::string>{"WK010601", "WK010604"}));
  store::UserChange change;
  change.wijken = std::vector<std::string>{"WK010605"};
  EXPECT_EQ(store::change_user(db_, id, change),
            (std::vector<std::string>{"wijken WK010601 WK010604 -> WK010605"}));
  EXPECT_EQ(store::find_user(db_, id)->wijken, (std::vector<std::string>{"WK010605"}));
  change.wijken = std::vector<std::string>{"Lariks"};
  EXPECT_THROW(store::change_user(db_, id, change), FieldError);
  EXPECT_EQ(store::find_user(db_, id)->wijken, (std::vector<std::string>{"WK010605"}));
  change.wijken = std::vector<std::string>{};
  EXPECT_EQ(store::change_user(db_, id, change),
            (std::vector<std::string>{"wijken WK010605 -> geen"}));
  EXPECT_TRUE(store::find_user(db_, id)->wijken.empty());
}

TEST_F(Users, TheStoreLeavesTheAuditEntriesToTheUseCases) {
  // usecases/access_audit_test.cpp
  EXPECT_EQ(count("audit_log"), 0);
}

}  // namespace leefbaar::testing
