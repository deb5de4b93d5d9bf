// Sessions (idle and absolute limits, ended by a change of password, role or account), the log-in
// throttle that slows an attacker without locking the owner out, and log-ins while another
// connection writes (issue 9 points 5, 7 and 10).
#include <gtest/gtest.h>

#include <future>
#include <thread>

#include "store/audit.hpp"
#include "store/users.hpp"
#include "support/errors.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

using namespace std::chrono_literals;

constexpr const char* kPassword = "lang genoeg wachtwoord";

class Sessions : public StoreTest {
 protected:
  Sessions() {
    org_ = store::create_organisation(db_, "Gemeente Assen", store::OrganisationKind::gemeente);
    owner_ = store::create_user(
        db_, {org_, "eigenaar@assen.nl", "Eigenaar", kPassword, store::Role::analist, {}});
  }
  store::LoginResult log_in(const std::string& client, const std::string& password,
                            store::Clock::time_point at, const store::LoginPolicy& policy = {},
                            const std::string& email = "eigenaar@assen.nl") {
    return store::log_in(db_, {email, password, client}, at, policy);
  }
  std::string session(store::Clock::time_point at) {
    const auto r = log_in("10.0.0.1", kPassword, at);
    EXPECT_EQ(r.outcome, store::LoginOutcome::ok);
    return r.session ? r.session->token : "";
  }
  std::int64_t org_ = 0, owner_ = 0;
  store::Clock::time_point now_ = store::Clock::from_time_t(1'790'000'000);
};

TEST_F(Sessions, ASessionEndsAfterHalfAnHourWithoutRequests) {
  const auto token = session(now_);
  EXPECT_TRUE(store::find_session(db_, token, now_ + 29min));
  // The request at 29 minutes counts as activity: another 29 minutes is fine.
  EXPECT_TRUE(store::find_session(db_, token, now_ + 58min));
  EXPECT_FALSE(store::find_session(db_, token, now_ + 58min + 31min));
}

TEST_F(Sessions, ASessionEndsAfterEightHoursHoweverActive) {
  const auto token = session(now_);
  for (auto t = now_ + 20min; t < now_ + 8h; t += 20min)
    ASSERT_TRUE(store::find_session(db_, token, t)) << (t - now_).count();
  EXPECT_FALSE(store::find_session(db_, token, now_ + 8h));
}

TEST_F(Sessions, TheLastSeenStampIsWrittenAtMostOnceAMinute) {
  const auto token = session(now_);
  const auto stamp = [&] { return db_.sql().execAndGet("SELECT last_seen_at FROM sessions"); };
  const std::string at_login = stamp().getString();
  EXPECT_TRUE(store::find_session(db_, token, now_ + 30s));
  EXPECT_EQ(stamp().getString(), at_login);
  EXPECT_TRUE(store::find_session(db_, token, now_ + 2min));
  EXPECT_EQ(stamp().getString(), store::iso_utc(now_ + 2min));
}

TEST_F(Sessions, APasswordChangeEndsEverySessionOfTheUser) {
  const auto first = session(now_);
  const auto second = session(now_ + 1s);
  store::set_password(db_, owner_, "een heel nieuw wachtwoord");
  EXPECT_FALSE(store::find_session(db_, first, now_ + 1min));
  EXPECT_FALSE(store::find_session(db_, second, now_ + 1min));
  EXPECT_EQ(log_in("10.0.0.1", kPassword, now_ + 1min).outcome,
            store::LoginOutcome::wrong_credentials);
  EXPECT_EQ(log_in("10.0.0.1", "een heel nieuw wachtwoord", now_ + 1min).outcome,
            store::LoginOutcome::ok);
}

TEST_F(Sessions, TheOwnPasswordChangeNeedsTheCurrentPassword) {
  const auto token = session(now_);
  EXPECT_EQ(input_error_of([&] {
              store::change_own_password(db_, owner_, "niet het wachtwoord", "nog een wachtwoord");
            }),
            "Het huidige wachtwoord klopt niet.");
  EXPECT_TRUE(store::find_session(db_, token, now_ + 1min));
  EXPECT_EQ(input_error_of([&] { store::change_own_password(db_, owner_, kPassword, "kort"); }),
            "Het wachtwoord heeft 4 tekens; gebruik er minstens 12.");
  store::change_own_password(db_, owner_, kPassword, "nog een wachtwoord");
  EXPECT_FALSE(store::find_session(db_, token, now_ + 1min));
}

TEST_F(Sessions, ARoleChangeEndsTheSessions) {
  const auto token = session(now_);
  EXPECT_EQ(store::change_user(
                db_, owner_,
                {.role = store::Role::lezer, .disabled = std::nullopt, .wijken = std::nullopt}),
            (std::vector<std::string>{"rol analist -> lezer"}));
  EXPECT_FALSE(store::find_session(db_, token, now_ + 1min));
  EXPECT_EQ(store::find_user(db_, owner_)->role, store::Role::lezer);
  // No change: nothing to tell, and the sessions stay.
  const auto again = session(now_ + 2min);
  EXPECT_TRUE(
      store::change_user(db_, owner_,
                         {.role = store::Role::lezer, .disabled = false, .wijken = std::nullopt})
          .empty());
  EXPECT_TRUE(store::find_session(db_, again, now_ + 3min));
}

TEST_F(Sessions, ADisabledUserCannotLogInAndReEnablingRevivesNoSession) {
  const auto token = session(now_);
  store::change_user(db_, owner_, {.role = std::nullopt, .disabled = true, .wijken = std::nullopt});
  EXPECT_FALSE(store::find_session(db_, token, now_ + 1min));
  EXPECT_EQ(log_in("10.0.0.1", kPassword, now_ + 1min).outcome, store::LoginOutcome::disabled);
  EXPECT_EQ(log_in("10.0.0.1", "fout wachtwoord!", now_ + 1min).outcome,
            store::LoginOutcome::wrong_credentials);
  store::change_user(db_, owner_,
                     {.role = std::nullopt, .disabled = false, .wijken = std::nullopt});
  EXPECT_FALSE(store::find_session(db_, token, now_ + 2min));
  EXPECT_EQ(log_in("10.0.0.1", kPassword, now_ + 2min).outcome, store::LoginOutcome::ok);
}

// Twenty wrong passwords for the owner's account from A, with the clock moved past each wait.
TEST_F(Sessions, AnAttackerCannotLockTheOwnerOut) {
  auto t = now_;
  int failed = 0;
  std::vector<long> waits;
  while (failed < 20) {
    const auto r = log_in("203.0.113.9", "fout wachtwoord!", t);
    if (r.outcome == store::LoginOutcome::throttled) {
      waits.push_back(r.retry_after.count());
      t += r.retry_after;
    } else {
      ASSERT_EQ(r.outcome, store::LoginOutcome::wrong_credentials);
      ++failed;
      t += 1s;
    }
  }
  // The owner at another address logs in at once.
  EXPECT_EQ(log_in("198.51.100.7", kPassword, t).outcome, store::LoginOutcome::ok);
  // A is slowed, more and more, up to a quarter of an hour; even with the right password.
  const auto slowed = log_in("203.0.113.9", kPassword, t);
  EXPECT_EQ(slowed.outcome, store::LoginOutcome::throttled);
  EXPECT_EQ(slowed.retry_after, 15min - 1s);
  ASSERT_GE(waits.size(), 5u);
  EXPECT_EQ(waits[0], 60 - 1);
  EXPECT_EQ(waits[1], 120 - 1);
  EXPECT_EQ(waits[2], 240 - 1);
  EXPECT_EQ(waits.back(), 15 * 60 - 1);
}

TEST_F(Sessions, ASuccessfulLogInFromTheAddressResetsItsCount) {
  for (int k = 0; k < 4; ++k)
    log_in("10.0.0.2", "fout wachtwoord!", now_ + std::chrono::seconds(k));
  EXPECT_EQ(log_in("10.0.0.2", kPassword, now_ + 5s).outcome, store::LoginOutcome::ok);
  for (int k = 0; k < 4; ++k)
    log_in("10.0.0.2", "fout wachtwoord!", now_ + std::chrono::seconds(6 + k));
  EXPECT_EQ(log_in("10.0.0.2", kPassword, now_ + 11s).outcome, store::LoginOutcome::ok);
}

TEST_F(Sessions, AnAddressSprayingManyAccountsIsLimited) {
  store::LoginPolicy policy;
  policy.throttle.per_client = 10;
  for (int k = 0; k < 10; ++k)
    EXPECT_EQ(log_in("203.0.113.50", kPassword, now_ + std::chrono::seconds(k), policy,
                     "gebruiker" + std::to_string(k) + "@assen.nl")
                  .outcome,
              store::LoginOutcome::wrong_credentials);
  const auto r = log_in("203.0.113.50", kPassword, now_ + 1min, policy, "nog-een@assen.nl");
  EXPECT_EQ(r.outcome, store::LoginOutcome::throttled);
  EXPECT_EQ(r.retry_after, 1h - 1min);
  // Another address, and this one an hour after its first failure, may try again.
  EXPECT_EQ(log_in("198.51.100.7", kPassword, now_ + 1min, policy).outcome,
            store::LoginOutcome::ok);
  EXPECT_EQ(log_in("203.0.113.50", kPassword, now_ + 1h + 1s, policy).outcome,
            store::LoginOutcome::ok);
}

TEST_F(Sessions, AnAccountAttackedFromManyAddressesSlowsThemNotTheOwner) {
  store::LoginPolicy policy;
  policy.throttle.per_account = 10;
  for (int k = 0; k < 10; ++k)
    log_in("203.0.113." + std::to_string(k), "fout wachtwoord!", now_ + std::chrono::seconds(k),
           policy);
  // Each attacking address failed once only, yet now waits a minute after its failure.
  const auto r = log_in("203.0.113.0", "fout wachtwoord!", now_ + 20s, policy);
  EXPECT_EQ(r.outcome, store::LoginOutcome::throttled);
  EXPECT_EQ(r.retry_after, 40s);
  // The owner's address, without failures, is not slowed.
  EXPECT_EQ(log_in("198.51.100.7", kPassword, now_ + 20s, policy).outcome, store::LoginOutcome::ok);
}

// Another connection (a CLI import) holds the write lock for a while: the log-in and the session
// check wait for it instead of failing with "database is locked".
TEST_F(Sessions, LogInWaitsForAnotherWriterInsteadOfFailing) {
  const auto token = session(now_);
  std::promise<void> locked;
  std::thread writer([&] {
    store::Database other(dir_.path() / "s.sqlite");
    store::Transaction t(other);
    store::record_audit(other, {"cli", "import", "import/1", "", ""});
    locked.set_value();
    std::this_thread::sleep_for(2s);
    t.commit();
  });
  locked.get_future().wait();
  store::LoginResult r;
  std::optional<store::Session> found;
  EXPECT_NO_THROW({
    r = log_in("10.0.0.1", kPassword, now_ + 5min);
    found = store::find_session(db_, token, now_ + 10min);
  });
  writer.join();
  EXPECT_EQ(r.outcome, store::LoginOutcome::ok);
  EXPECT_TRUE(found);
  EXPECT_EQ(count("audit_log", "action = 'import'"), 1);
}

}  // namespace leefbaar::testing
