// Deactivating users and changing their role and wijken (issue 11 point 7), beyond what
// session_api_test.cpp covers: the audit holds the value before the change, and an organisation
// keeps an active beheerder (the last one is neither disabled nor given another role, at the
// command line either).
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store/users.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

class UserDeactivationApi : public DemoServerTest {
 protected:
  std::int64_t user_id(const std::string& email) const {
    store::Database db(store_file());
    return store::find_user_by_email(db, email)->id;
  }
  long long audited(const std::string& id, const std::string& detail) const {
    return count("audit_log",
                 "action = 'change' AND subject = 'user/" + id + "' AND detail = '" + detail + "'");
  }
};

TEST_F(UserDeactivationApi, TheAuditHoldsThePreviousValue) {
  const auto admin = log_in("beheerder");
  const auto analist = log_in("analist");
  const auto id = std::to_string(user_id("analist@demo.leefbaar.nl"));
  const std::string who = "analist@demo.leefbaar.nl: ";
  post_json("/api/v1/gebruikers/" + id, admin, {{"wijken", {"WK010601"}}});
  post_json("/api/v1/gebruikers/" + id, admin, {{"wijken", {"WK010604"}}});
  post_json("/api/v1/gebruikers/" + id, admin, {{"role", "lezer"}, {"disabled", true}});
  EXPECT_EQ(audited(id, who + "wijken WK010601 -> WK010604"), 1);
  EXPECT_EQ(audited(id, who + "rol analist -> lezer, ingeschakeld -> uitgeschakeld"), 1);
  // The sessions are gone and the log-in is refused.
  EXPECT_EQ(api_->call("GET", "/api/v1/sessie", &analist)->status, 401);
  const auto refused = api_->client().Post(
      "/api/v1/sessie", R"({"email":"analist@demo.leefbaar.nl","password":"leefbaar-demo"})",
      "application/json");
  EXPECT_EQ(refused->status, 403);
  post_json("/api/v1/gebruikers/" + id, admin, {{"disabled", false}});
  EXPECT_EQ(audited(id, who + "uitgeschakeld -> ingeschakeld"), 1);
}

TEST_F(UserDeactivationApi, TheLastBeheerderStays) {
  const auto admin = log_in("beheerder");
  const auto me = user_id("beheerder@demo.leefbaar.nl");
  const auto analist = user_id("analist@demo.leefbaar.nl");
  // The own account through the API: refused (409, in Dutch).
  const auto own =
      post_json("/api/v1/gebruikers/" + std::to_string(me), admin, {{"disabled", true}}, 409);
  EXPECT_NE(own["message"].get<std::string>().find("eigen account"), std::string::npos);
  // At the command line (the store's rule): with a second beheerder one may go, the last not.
  store::Database db(store_file());
  db.query(
        "UPDATE users SET role = 'lezer' WHERE role = 'beheerder' AND id <> ? AND "
        "organisation_id = (SELECT organisation_id FROM users WHERE id = ?)")
      .bind(me, me)
      .run();
  store::UserChange disable;
  disable.disabled = true;
  store::UserChange to_lezer;
  to_lezer.role = store::Role::lezer;
  try {
    store::change_user(db, me, disable);
    ADD_FAILURE() << "the last beheerder was disabled";
  } catch (const ConflictError& e) {
    EXPECT_EQ(e.reason(), "last_beheerder");
    EXPECT_EQ(e.field(), "disabled");
  }
  EXPECT_THROW(store::change_user(db, me, to_lezer), ConflictError);
  store::UserChange to_beheerder;
  to_beheerder.role = store::Role::beheerder;
  store::change_user(db, analist, to_beheerder);
  EXPECT_EQ(store::change_user(db, me, disable).size(), 1u);
  EXPECT_THROW(store::change_user(db, analist, to_lezer), ConflictError);
  EXPECT_FALSE(store::find_user(db, me));
}

}  // namespace

}  // namespace leefbaar::testing
