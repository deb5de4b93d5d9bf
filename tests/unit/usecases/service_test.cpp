// The use-case layer: an operation holds the store for its whole length, a change is one
// transaction (all or nothing), and every operation is scoped to the caller's organisation.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store/audit.hpp"
#include "store/users.hpp"
#include "support/temp_files.hpp"
#include "usecases/access.hpp"
#include "usecases/administration.hpp"
#include "usecases/spending.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar {
namespace {

using testing::TempDir;

const auto kNow = std::chrono::system_clock::from_time_t(1'772'409'600);  // 2026-03-02

class ServiceTest : public ::testing::Test {
 protected:
  User admin_of(const std::string& organisation, const std::string& email) {
    const auto id = usecases::add_user(
        service_, organisation, OrganisationKind::corporatie,
        {0, email, "Beheerder", "een-lang-wachtwoord", Role::beheerder, {}}, "test");
    return *usecases::read(service_, [&](store::Database& db) { return store::find_user(db, id); });
  }
  long long count(const std::string& table) {
    return usecases::read(service_, [&](store::Database& db) {
      return *db.query("SELECT count(*) AS n FROM " + table).first_int64("n");
    });
  }

  TempDir dir_;
  usecases::Service service_{dir_.path() / "store.sqlite"};
};

TEST_F(ServiceTest, aChangeThatThrowsLeavesNothingBehind) {
  EXPECT_THROW(usecases::change(service_,
                                [](store::Database& db) {
                                  store::create_organisation(db, "Woonstad",
                                                             OrganisationKind::corporatie);
                                  throw std::runtime_error("halfway");
                                }),
               std::runtime_error);
  EXPECT_EQ(count("organisations"), 0);
}

TEST_F(ServiceTest, aUserAndTheirNewOrganisationAreCreatedTogetherOrNotAtAll) {
  EXPECT_THROW(usecases::add_user(service_, "Woonstad", OrganisationKind::corporatie,
                                  {0, "a@woonstad.nl", "A", "kort", Role::lezer, {}}, "test"),
               FieldError);
  EXPECT_EQ(count("organisations"), 0);  // not left behind by the refused user
  admin_of("Woonstad", "a@woonstad.nl");
  EXPECT_EQ(count("organisations"), 1);
}

TEST_F(ServiceTest, anOrganisationWithoutWorkAreaHasNoLedger) {
  const auto admin = admin_of("Woonstad", "a@woonstad.nl");
  try {
    usecases::spending_ledger(service_, admin);
    FAIL() << "expected NotFoundError";
  } catch (const NotFoundError& e) {
    EXPECT_EQ(e.reason(), "no_work_area");
  }
}

TEST_F(ServiceTest, aBeheerderCannotSeeOrChangeAnotherOrganisationsUsers) {
  const auto mine = admin_of("Woonstad", "a@woonstad.nl");
  const auto theirs = admin_of("Thuisbasis", "b@thuisbasis.nl");
  const auto listed = usecases::list_users(service_, mine);
  ASSERT_EQ(listed.size(), 1U);
  EXPECT_EQ(listed[0].email, "a@woonstad.nl");
  EXPECT_THROW(usecases::change_user(
                   service_, mine, theirs.id,
                   {.role = Role::lezer, .disabled = std::nullopt, .wijken = std::nullopt}),
               NotFoundError);
  EXPECT_THROW(
      usecases::create_user(service_, mine,
                            {0, "c@woonstad.nl", "C", "een-lang-wachtwoord", Role::lezer, {}},
                            {{"organisation", "Thuisbasis"}}),
      ForbiddenError);
  // The other organisation's beheerder is unchanged.
  EXPECT_EQ(usecases::user_by_email(service_, "b@thuisbasis.nl").role, Role::beheerder);
}

TEST_F(ServiceTest, aBeheerderCannotDemoteThemselves) {
  const auto me = admin_of("Woonstad", "a@woonstad.nl");
  try {
    usecases::change_user(service_, me, me.id,
                          {.role = Role::lezer, .disabled = std::nullopt, .wijken = std::nullopt});
    FAIL() << "expected ConflictError";
  } catch (const ConflictError& e) {
    EXPECT_EQ(e.reason(), "own_account");
    EXPECT_EQ(e.field(), "role");
  }
}

TEST_F(ServiceTest, readingTheUserListIsAuditedWithItsPurpose) {
  const auto me = admin_of("Woonstad", "a@woonstad.nl");
  usecases::list_users(service_, me);
  const auto purpose = usecases::read(service_, [](store::Database& db) {
    return db.query("SELECT purpose FROM audit_log WHERE action = 'read' AND subject = 'users'")
        .first_text("purpose");
  });
  EXPECT_EQ(purpose.value_or(""), "gebruikersbeheer");
}

TEST_F(ServiceTest, aNewPasswordOpensANewSessionAndEndsTheOldOne) {
  admin_of("Woonstad", "a@woonstad.nl");
  const auto login =
      usecases::log_in(service_, "a@woonstad.nl", "een-lang-wachtwoord", "client", kNow);
  ASSERT_EQ(login.outcome, LoginOutcome::ok);
  const auto fresh = usecases::change_own_password(
      service_, login.session->user, "een-lang-wachtwoord", "nog-een-lang-wachtwoord", kNow);
  EXPECT_FALSE(usecases::find_session(service_, login.session->token, kNow));
  EXPECT_TRUE(usecases::find_session(service_, fresh.token, kNow));
  // A wrong current password changes nothing: the fresh session stays.
  EXPECT_THROW(usecases::change_own_password(service_, fresh.user, "fout", "nog-eentje-hoor", kNow),
               FieldError);
  EXPECT_TRUE(usecases::find_session(service_, fresh.token, kNow));
}

}  // namespace
}  // namespace leefbaar
