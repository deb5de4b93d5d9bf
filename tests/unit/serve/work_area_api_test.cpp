// A beheerder of an organisation without a work area creates its own (issue 11, starting with
// one's own data): a name is required and bounded, a second is refused, the new work area is the
// caller's only, and the creation is audited.
#include <gtest/gtest.h>

#include "store/users.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

class WorkAreaApi : public DemoServerTest {
 protected:
  // A beheerder of a new corporation that is in no partnership yet.
  Login newcomer(const std::string& role = "beheerder") const {
    store::Database db(store_file());
    const auto organisation =
        store::create_organisation(db, "Woonstichting Nieuw", store::OrganisationKind::corporatie);
    store::NewUser u;
    u.organisation_id = organisation;
    u.email = role + "@nieuw.test";
    u.display_name = "Nieuw " + role;
    u.password = "een heel lang wachtwoord";
    u.role = *store::role_from_name(role);
    store::create_user(db, u);
    return api_->log_in(u.email, u.password);
  }
};

TEST_F(WorkAreaApi, ANewOrganisationCreatesItsOwnWorkAreaOnce) {
  const Login who = newcomer();
  const auto none = get_json("/api/v1/imports", who, 404);
  EXPECT_EQ(none["code"], "no_work_area");
  EXPECT_EQ(post_json("/api/v1/werkgebieden", who, {{"name", "  "}}, 400)["field"], "name");
  EXPECT_EQ(post_json("/api/v1/werkgebieden", who, {{"name", std::string(101, 'a')}}, 422)["field"],
            "name");
  EXPECT_EQ(post_json("/api/v1/werkgebieden", who, {{"name", 12}}, 400)["field"], "name");
  const auto created = post_json("/api/v1/werkgebieden", who, {{"name", " Amstelveen "}}, 201);
  EXPECT_EQ(created["name"], "Amstelveen");
  EXPECT_EQ(get_json("/api/v1/imports", who)["work_area"], "Amstelveen");
  EXPECT_TRUE(get_json("/api/v1/imports", who)["imports"].empty());
  const auto again = post_json("/api/v1/werkgebieden", who, {{"name", "Nog een"}}, 409);
  EXPECT_NE(again["message"].get<std::string>().find("Amstelveen"), std::string::npos);
  EXPECT_EQ(count("audit_log", "action = 'create' AND subject = 'work_area/" +
                                   std::to_string(created["id"].get<long long>()) + "'"),
            1);
  // The demo's partnership still sees its own work area.
  EXPECT_NE(get_json("/api/v1/imports", log_in("beheerder"))["work_area"], "Amstelveen");
}

TEST_F(WorkAreaApi, OnlyABeheerderCreatesAWorkArea) {
  post_json("/api/v1/werkgebieden", newcomer("analist"), {{"name", "Amstelveen"}}, 403);
}

}  // namespace

}  // namespace leefbaar::testing
