// Saved scenarios (issue 11): an analist removes one, audited with its name and parameters as they
// were; a lezer or wijkteam may not, nor anyone another organisation's; and the comparison names
// the settings that differ and the buurten that change colour, with counts per change.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/params_json.hpp"
#include "store/settings.hpp"
#include "store/users.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

class ScenariosApi : public DemoServerTest {
 protected:
  std::int64_t save(const Login& who, const std::string& name, nlohmann::json params) {
    return post_json("/api/v1/scenarios", who, {{"name", name}, {"params", std::move(params)}},
                     201)["id"]
        .get<std::int64_t>();
  }
  nlohmann::json remove(const std::string& id, const Login& who, int status) {
    return call("DELETE", "/api/v1/scenarios/" + id, &who, nullptr, status);
  }
  std::string audit_detail(const std::string& where) {
    store::Database db(store_file());
    return db.query("SELECT detail FROM audit_log WHERE " + where)
        .first([](const store::Row& r) { return r.text("detail"); })
        .value_or("");
  }
};

TEST_F(ScenariosApi, AnAnalistRemovesAScenarioAuditedAsItWas) {
  const Login analist = log_in("analist");
  const auto id = save(analist, "Strenger geel", {{"yellow", -0.25}});
  // Saved first: SQLite gives a removed last row's id to the next row.
  const auto other = save(analist, "Ander", {{"yellow", -0.5}});
  const auto before = count("scenarios");
  remove(std::to_string(id), analist, 204);
  EXPECT_EQ(count("scenarios"), before - 1);
  const auto listed = get_json("/api/v1/scenarios", analist);
  for (const auto& s : listed["scenarios"]) EXPECT_NE(s["id"], id);
  const auto detail = nlohmann::json::parse(
      audit_detail("action = 'delete' AND subject = 'scenario/" + std::to_string(id) + "'"));
  EXPECT_EQ(detail["name"], "Strenger geel");
  EXPECT_EQ(detail["params"]["yellow"], -0.25);
  // Gone: a second removal and a comparison with it answer 404.
  EXPECT_EQ(remove(std::to_string(id), analist, 404)["message"], "Dit scenario bestaat niet.");
  get_json(fmt::format("/api/v1/scenarios/vergelijking?a={}&b={}", id, other), analist, 404);
}

TEST_F(ScenariosApi, OnlyEditorsRemoveAndNeverAnotherOrganisationsScenario) {
  const Login analist = log_in("analist");
  const auto id = std::to_string(save(analist, "Blijft staan", nlohmann::json::object()));
  remove(id, log_in("lezer"), 403);
  remove(id, log_in("wijkteam"), 403);
  remove("99999999", analist, 404);
  remove("abc", analist, 404);
  remove("99999999999999999999999", analist, 404);

  // A scenario of another organisation's work area is not found, and stays.
  std::int64_t foreign = 0;
  {
    store::Database db(store_file());
    const auto organisation =
        store::create_organisation(db, "Woonstichting Elders", store::OrganisationKind::corporatie);
    const auto wa = store::create_work_area(db, organisation, "Elders");
    foreign = store::save_scenario(db, wa.id, "Van elders", ProgrammeParams{}, "x@elders.test").id;
  }
  remove(std::to_string(foreign), log_in("beheerder"), 404);
  EXPECT_EQ(count("scenarios", "id = " + std::to_string(foreign)), 1);
  EXPECT_EQ(count("scenarios", "id = " + id), 1);
}

TEST_F(ScenariosApi, TheComparisonNamesChangedSettingsAndBuurtenThatChangeColour) {
  const Login analist = log_in("analist");
  const auto saved = get_json("/api/v1/programma", analist)["params"];
  auto params_a = saved;
  params_a.erase("name");
  params_a["mode"] = "zscore";
  auto params_b = params_a;
  params_b["yellow"] = 0.0;
  params_b["weights"]["plus"] = 3;
  const auto a = save(analist, "Vergelijk A", params_a);
  const auto b = save(analist, "Vergelijk B", params_b);
  const auto c = get_json(fmt::format("/api/v1/scenarios/vergelijking?a={}&b={}", a, b), analist);

  ASSERT_EQ(c["settings"].size(), 2u) << c["settings"].dump();
  EXPECT_EQ(c["settings"][0]["key"], "weights.plus");
  EXPECT_EQ(c["settings"][0]["b"], 3.0);
  EXPECT_EQ(c["settings"][1]["key"], "yellow");
  EXPECT_EQ(c["settings"][1]["a"], saved["yellow"]);
  EXPECT_EQ(c["settings"][1]["b"], 0.0);

  // A higher yellow threshold: buurten turn from groen to geel, none the other way.
  const auto& buurten = c["buurten"];
  EXPECT_TRUE(buurten["comparable"]);
  ASSERT_FALSE(buurten["changes"].empty());
  long long counted = 0;
  for (const auto& n : buurten["counts"]) {
    EXPECT_EQ(n["from"], "groen");
    EXPECT_EQ(n["to"], "geel");
    counted += n["buurten"].get<long long>();
  }
  EXPECT_EQ(counted, static_cast<long long>(buurten["changes"].size()));
  const auto& first = buurten["changes"][0];
  EXPECT_EQ(first["colour_a"], "groen");
  EXPECT_EQ(first["colour_b"], "geel");
  EXPECT_EQ(first["effort_b"], "Plus");
  EXPECT_FALSE(first["name"].get<std::string>().empty());
  EXPECT_EQ(c["a"]["edition"], saved["edition"]);

  // The same scenario twice: nothing differs.
  const auto same =
      get_json(fmt::format("/api/v1/scenarios/vergelijking?a={}&b={}", a, a), analist);
  EXPECT_TRUE(same["settings"].empty());
  EXPECT_TRUE(same["buurten"]["changes"].empty());
}

TEST_F(ScenariosApi, PerComplexTheBuurtenAreNotCompared) {
  const Login analist = log_in("analist");
  const auto a = save(analist, "Per buurt", {{"level", "buurt"}});
  const auto b = save(analist, "Per complex", {{"level", "complex"}});
  const auto c = get_json(fmt::format("/api/v1/scenarios/vergelijking?a={}&b={}", a, b), analist);
  EXPECT_FALSE(c["buurten"]["comparable"]);
  ASSERT_EQ(c["settings"].size(), 1u);
  EXPECT_EQ(c["settings"][0]["key"], "level");
  EXPECT_EQ(c["settings"][0]["b"], "complex");
}

}  // namespace

}  // namespace leefbaar::testing
