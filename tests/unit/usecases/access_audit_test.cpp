// The accounts' use cases write the audit entries (the store leaves them to its callers): a user
// made, changed or given a new password, by a beheerder in the app or by the operator's CLI, and
// every log-in, failed or not, with where it came from and never the password.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "audited_partnership.hpp"
#include "store/users.hpp"
#include "usecases/access.hpp"
#include "usecases/administration.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

constexpr const char* kPassword = "een lang wachtwoord";

class AccessAudit : public AuditedPartnership {
 protected:
  AccessAudit() : AuditedPartnership({{"wijk", "WK010601", "Lariks", "", "GM0106"}}) {
    caller_.role = Role::beheerder;
  }
  std::int64_t new_lezer() {
    return usecases::create_user(service_, caller_,
                                 {0, "Nieuw@Test.nl", "Nieuw", kPassword, Role::lezer, {}});
  }
  User user(std::int64_t id) {
    return *usecases::read(service_, [&](store::Database& db) { return store::find_user(db, id); });
  }
  LoginResult log_in(const std::string& email, const std::string& password) {
    return usecases::log_in(service_, email, password, "192.0.2.7", at("2026-12-01"));
  }
};

TEST_F(AccessAudit, ABeheerderMakesAndChangesAUser) {
  const auto id = new_lezer();
  const auto subject = "user/" + std::to_string(id);
  UserChange to_analist;
  to_analist.role = Role::analist;
  usecases::change_user(service_, caller_, id, to_analist);
  usecases::change_user(service_, caller_, id, to_analist);  // nothing changes, nothing logged
  UserChange disable;
  disable.disabled = true;
  usecases::change_user(service_, caller_, id, disable);
  EXPECT_EQ(
      entries(),
      (std::vector<Entry>{
          {kAnalist, "create", subject, "nieuw@test.nl (lezer)", ""},
          {kAnalist, "change", subject, "nieuw@test.nl: rol lezer -> analist", ""},
          {kAnalist, "change", subject, "nieuw@test.nl: ingeschakeld -> uitgeschakeld", ""}}));
}

TEST_F(AccessAudit, TheOperatorsChangesNameTheirActor) {
  const auto id =
      usecases::add_user(service_, "Elders", OrganisationKind::gemeente,
                         {0, "op@elders.nl", "Op", kPassword, Role::beheerder, {}}, "cli");
  const auto subject = "user/" + std::to_string(id);
  usecases::set_password(service_, id, "nog een lang wachtwoord", "cli");
  UserChange wijken;
  wijken.wijken = std::vector<std::string>{"WK010601"};
  usecases::change_user_as_operator(service_, id, wijken, "cli");
  EXPECT_EQ(entries(),
            (std::vector<Entry>{
                {"cli", "create", subject, "op@elders.nl (beheerder)", ""},
                {"cli", "password", subject, "", ""},
                {"cli", "change", subject, "op@elders.nl: wijken geen -> WK010601", ""}}));
}

TEST_F(AccessAudit, EveryLogInIsLoggedWithWhereItCameFromAndNeverThePassword) {
  const auto id = new_lezer();
  const auto subject = "user/" + std::to_string(id);
  const auto from = logged();
  EXPECT_EQ(log_in(" NIEUW@test.nl", kPassword).outcome, LoginOutcome::ok);
  EXPECT_EQ(log_in("nieuw@test.nl", "fout wachtwoord!").outcome, LoginOutcome::wrong_credentials);
  EXPECT_EQ(log_in("niemand@test.nl", kPassword).outcome, LoginOutcome::wrong_credentials);
  const std::string long_address =
      std::string(119, 'a') + "\xc3\xa9@test.nl";  // é at bytes 119-120
  log_in(long_address, kPassword);
  UserChange disable;
  disable.disabled = true;
  usecases::change_user(service_, caller_, id, disable);
  EXPECT_EQ(log_in("nieuw@test.nl", kPassword).outcome, LoginOutcome::disabled);
  EXPECT_EQ(entries(from),
            (std::vector<Entry>{
                {"nieuw@test.nl", "login", subject, "adres 192.0.2.7", ""},
                {"nieuw@test.nl", "login_failed", subject, "adres 192.0.2.7", ""},
                {"niemand@test.nl", "login_failed", "login", "adres 192.0.2.7", ""},
                {std::string(119, 'a'), "login_failed", "login", "adres 192.0.2.7", ""},
                {kAnalist, "change", subject, "nieuw@test.nl: ingeschakeld -> uitgeschakeld", ""},
                {"nieuw@test.nl", "login_failed", subject, "adres 192.0.2.7, uitgeschakeld", ""}}));
}

TEST_F(AccessAudit, AThrottledAttemptIsNotLogged) {
  const auto from = logged();
  int throttled = 0;
  for (int i = 0; i < 12; ++i)
    if (log_in("nieuw@test.nl", "fout wachtwoord!").outcome == LoginOutcome::throttled) ++throttled;
  EXPECT_GT(throttled, 0);
  EXPECT_EQ(logged() - from, 12 - throttled);
}

TEST_F(AccessAudit, TheOwnPasswordChangeIsLoggedAsTheUser) {
  const auto id = new_lezer();
  const auto from = logged();
  usecases::change_own_password(service_, user(id), kPassword, "nog een lang wachtwoord",
                                at("2026-12-01"));
  EXPECT_EQ(
      entries(from),
      (std::vector<Entry>{{"nieuw@test.nl", "password", "user/" + std::to_string(id), "", ""}}));
}

}  // namespace

}  // namespace leefbaar::testing
