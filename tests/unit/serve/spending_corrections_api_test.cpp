// Corrections of the spending ledger as reversal entries (issue 11 point 7), its filters and pages
// (point 11), and its names instead of codes (point 8), through the API: the original stays, a
// reversal nets it out in every total, once per row, audited with the original; another work
// area's row is answered as one that does not exist; bad filters and windows are a 400.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "store/database.hpp"
#include "store/sql.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

class SpendingCorrectionsApi : public DemoServerTest {
 protected:
  // The spent total of a gemeente and year on GET /api/v1/uitgaven/totalen.
  double spent(const Login& who, const std::string& gemeente, int year) const {
    const auto totals = get_json("/api/v1/uitgaven/totalen", who);
    for (const auto& t : totals["totals"])
      if (t["gemeente"] == gemeente && t["year"] == year) return t["spent"].get<double>();
    return 0;
  }
  // The rows of a page (a copy: a loop over it outlives the answer).
  nlohmann::json entries(const std::string& path, const Login& who) const {
    return get_json(path, who)["entries"];
  }
  nlohmann::json newest(const Login& who, const std::string& query = "") const {
    const auto page = get_json("/api/v1/uitgaven?limit=1" + query, who);
    EXPECT_FALSE(page["entries"].empty());
    return page["entries"][0];
  }
  std::string correction(const nlohmann::json& entry) const {
    return "/api/v1/uitgaven/" + entry["id"].dump() + "/correctie";
  }
  // A row of the ledger in a work area of another organisation, written straight into the store.
  long long other_work_areas_row() const {
    store::Database db(store_file());
    db.query(
          "INSERT INTO organisations (name, kind, created_at) VALUES ('Elders', 'corporatie', "
          "'2026-01-01T00:00:00Z')")
        .run();
    const auto org = db.last_insert_id();
    db.query(
          "INSERT INTO work_areas (organisation_id, name, created_at) VALUES (?, 'Elders', "
          "'2026-01-01T00:00:00Z')")
        .bind(org)
        .run();
    const auto wa = db.last_insert_id();
    db.query(
          "INSERT INTO spending_entries (work_area_id, spent_on, gemeente_code, organisation_id, "
          "amount_cents, btiv_category, description, created_at, created_by) VALUES (?, "
          "'2025-05-01', 'GM0106', ?, 12345, 'a', 'Elders', '2026-01-01T00:00:00Z', 'x')")
        .bind(wa, org)
        .run();
    return db.last_insert_id();
  }
};

TEST_F(SpendingCorrectionsApi, AReversalNetsOutOnceAndIsAuditedWithTheOriginal) {
  const auto analist = log_in("analist");
  const auto row = newest(analist, "&year=2025");
  const auto id = row["id"].get<long long>();
  const double amount = row["amount"].get<double>();
  const std::string gemeente = row["gemeente"];
  const double before = spent(analist, gemeente, 2025);

  EXPECT_EQ(post_json(correction(row), analist, {{"reason", "  "}}, 422)["field"], "reason");
  EXPECT_EQ(post_json(correction(row), analist, {{"reason", std::string(501, 'x')}}, 422)["field"],
            "reason");
  const auto done = post_json(correction(row), analist, {{"reason", "Dubbel geboekt"}}, 201);
  const auto reversal = done["reversal_id"].get<long long>();
  EXPECT_TRUE(done["corrected_id"].is_null());
  EXPECT_NEAR(spent(analist, gemeente, 2025), before - amount, 0.005);

  // Once: a second correction and a correction of the reversal are refused, in Dutch.
  const auto again = post_json(correction(row), analist, {{"reason", "Nog eens"}}, 409);
  EXPECT_NE(again["message"].get<std::string>().find("al tegengeboekt"), std::string::npos);
  post_json("/api/v1/uitgaven/" + std::to_string(reversal) + "/correctie", analist,
            {{"reason", "Terug"}}, 409);

  // Both rows stay, linked; the reversal is the original negated with its reason.
  bool seen_original = false, seen_reversal = false;
  for (const auto& e :
       entries("/api/v1/uitgaven?year=2025&limit=200&q=Dubbel%20geboekt", analist)) {
    if (e["id"] == reversal) {
      seen_reversal = true;
      EXPECT_EQ(e["reverses_id"], id);
      EXPECT_NEAR(e["amount"].get<double>(), -amount, 0.005);
      EXPECT_EQ(e["correction_reason"], "Dubbel geboekt");
      EXPECT_EQ(e["spent_on"], row["spent_on"]);
      EXPECT_EQ(e["created_by"], "analist@demo.leefbaar.nl");
    }
  }
  for (const auto& e : entries("/api/v1/uitgaven?year=2025&limit=200", analist))
    if (e["id"] == id) {
      seen_original = true;
      EXPECT_EQ(e["reversed_by"], reversal);
      EXPECT_NEAR(e["amount"].get<double>(), amount, 0.005);
    }
  EXPECT_TRUE(seen_original);
  EXPECT_TRUE(seen_reversal);

  EXPECT_EQ(count("audit_log", "action = 'reverse' AND subject = 'spending/" + std::to_string(id) +
                                   "' AND actor = 'analist@demo.leefbaar.nl' AND detail LIKE "
                                   "'tegenboeking " +
                                   std::to_string(reversal) + " van % euro op " +
                                   row["spent_on"].get<std::string>() + "%reden: Dubbel geboekt'"),
            1);
  EXPECT_EQ(count("spending_entries", "id = " + std::to_string(id)), 1);

  // The record export shows the reversal and its link (correctie_van) with the reason.
  const auto csv = download("/api/v1/registraties/uitgaven/export?year=2025", analist)->body;
  EXPECT_NE(csv.find("nummer;datum;gemeente;"), std::string::npos);
  EXPECT_NE(csv.find(";" + std::to_string(id) + ";Dubbel geboekt"), std::string::npos) << csv;
}

TEST_F(SpendingCorrectionsApi, ACorrectedRowReplacesTheOriginalAndABadOneAddsNothing) {
  const auto analist = log_in("analist");
  const auto row = newest(analist, "&year=2025&categorie=a");
  const std::string gemeente = row["gemeente"];
  const double before = spent(analist, gemeente, 2025);
  nlohmann::json corrected = {{"spent_on", row["spent_on"]},
                              {"gemeente", "GM9999"},
                              {"organisation_id", row["organisation_id"]},
                              {"amount", "45,50"},
                              {"btiv_category", "a"}};
  // A bad corrected row: nothing is written, not even the reversal.
  EXPECT_EQ(post_json(correction(row), analist,
                      {{"reason", "Verkeerd bedrag"}, {"corrected", corrected}}, 422)["field"],
            "gemeente");
  EXPECT_EQ(
      post_json(correction(row), analist, {{"reason", "x"}, {"corrected", "45"}}, 400)["field"],
      "corrected");
  EXPECT_NEAR(spent(analist, gemeente, 2025), before, 0.005);
  corrected["gemeente"] = gemeente;
  const auto done = post_json(correction(row), analist,
                              {{"reason", "Verkeerd bedrag"}, {"corrected", corrected}}, 201);
  const auto fixed = done["corrected_id"].get<long long>();
  EXPECT_NEAR(spent(analist, gemeente, 2025), before - row["amount"].get<double>() + 45.5, 0.005);
  const auto page = get_json("/api/v1/uitgaven?q=Verkeerd%20bedrag&limit=10", analist);
  EXPECT_EQ(page["total"], 2);
  for (const auto& e : page["entries"])
    if (e["id"] == fixed) {
      EXPECT_EQ(e["replaces_id"], row["id"]);
      EXPECT_DOUBLE_EQ(e["amount"].get<double>(), 45.5);  // the cents are kept
    }
  EXPECT_EQ(count("audit_log",
                  "action = 'create' AND subject = 'spending/" + std::to_string(fixed) +
                      "' AND detail LIKE '45,50 euro op %(vervangt " + row["id"].dump() + ")'"),
            1);
}

TEST_F(SpendingCorrectionsApi, OnlyEditorsCorrectAndOnlyTheirOwnWorkAreasRows) {
  const auto analist = log_in("analist");
  const auto row = newest(analist);
  const nlohmann::json why = {{"reason", "Fout"}};
  post_json(correction(row), log_in("lezer"), why, 403);
  post_json(correction(row), log_in("wijkteam"), why, 403);
  const auto elders = other_work_areas_row();
  const auto refused =
      post_json("/api/v1/uitgaven/" + std::to_string(elders) + "/correctie", analist, why, 404);
  EXPECT_EQ(count("spending_entries", "reverses_id = " + std::to_string(elders)), 0);
  post_json("/api/v1/uitgaven/99999999/correctie", analist, why, 404);
  // The other work area's row is in no page, total or export of this one.
  for (const auto& e : entries("/api/v1/uitgaven?limit=200&q=Elders", analist))
    EXPECT_NE(e["id"], elders);
  EXPECT_EQ(post_json(correction(row), log_in("beheerder"), why, 201)["corrected_id"], nullptr);
  (void)refused;
}

TEST_F(SpendingCorrectionsApi, FiltersAndPagesAreServedAndBounded) {
  const auto lezer = log_in("lezer");
  const auto all = get_json("/api/v1/uitgaven?limit=200", lezer);
  const auto total = all["total"].get<long long>();
  ASSERT_GT(total, 10);
  EXPECT_EQ(all["limit"], 200);
  // Two pages of five: disjoint, newest first, the total the same.
  const auto first = get_json("/api/v1/uitgaven?limit=5", lezer);
  const auto second = get_json("/api/v1/uitgaven?limit=5&offset=5", lezer);
  EXPECT_EQ(first["entries"].size(), 5u);
  EXPECT_EQ(first["total"], total);
  std::set<long long> ids;
  for (const auto* page : {&first, &second})
    for (const auto& e : (*page)["entries"]) ids.insert(e["id"].get<long long>());
  EXPECT_EQ(ids.size(), 10u);
  EXPECT_GE(first["entries"][4]["spent_on"].get<std::string>(),
            second["entries"][0]["spent_on"].get<std::string>());
  EXPECT_TRUE(get_json("/api/v1/uitgaven?offset=100000", lezer)["entries"].empty());

  // The filters: every row matches, and names stand beside the codes.
  const auto assen = get_json("/api/v1/uitgaven?year=2025&gemeente=GM0106&limit=200", lezer);
  ASSERT_FALSE(assen["entries"].empty());
  double sum = 0;
  for (const auto& e : assen["entries"]) {
    EXPECT_EQ(e["gemeente"], "GM0106");
    EXPECT_EQ(e["spent_on"].get<std::string>().substr(0, 4), "2025");
    EXPECT_TRUE(e["gemeente_name"].is_string());
    EXPECT_NE(e["gemeente_name"], "GM0106");
    sum += e["amount"].get<double>();
  }
  EXPECT_NEAR(assen["total_amount"].get<double>(), sum, 0.005);
  const auto wijk = assen["entries"][0]["wijk"];
  if (wijk.is_string()) {
    for (const auto& e : entries("/api/v1/uitgaven?wijk=" + wijk.get<std::string>(), lezer))
      EXPECT_EQ(e["wijk"], wijk);
  }
  for (const auto& e : entries("/api/v1/uitgaven?categorie=-&limit=200", lezer))
    EXPECT_TRUE(e["btiv_category"].is_null());
  for (const auto& e : entries("/api/v1/uitgaven?categorie=b&limit=200", lezer))
    EXPECT_EQ(e["btiv_category"], "b");
  const std::string word = all["entries"][0]["organisation"];
  EXPECT_GT(get_json("/api/v1/uitgaven?q=" + word.substr(0, 4), lezer)["total"].get<long long>(),
            0);
  EXPECT_EQ(get_json("/api/v1/uitgaven?q=geen-zo-n-woord", lezer)["total"], 0);

  // The form's lists carry names.
  const auto& choices = all["choices"];
  ASSERT_FALSE(choices["gemeenten"].empty());
  ASSERT_FALSE(choices["wijken"].empty());
  for (const auto& w : choices["wijken"]) EXPECT_NE(w["name"], w["code"]);
  ASSERT_FALSE(choices["initiatives"].empty());

  // Bounds: a huge limit is the largest page; a bad window or filter is a 400 naming it.
  EXPECT_EQ(get_json("/api/v1/uitgaven?limit=999999999999", lezer)["limit"], 200);
  EXPECT_EQ(get_json("/api/v1/uitgaven?limit=0", lezer, 400)["field"], "limit");
  EXPECT_EQ(get_json("/api/v1/uitgaven?limit=abc", lezer, 400)["field"], "limit");
  EXPECT_EQ(get_json("/api/v1/uitgaven?offset=-1", lezer, 400)["field"], "offset");
  EXPECT_EQ(get_json("/api/v1/uitgaven?limit=9999999999999999999999", lezer, 400)["field"],
            "limit");
  EXPECT_EQ(get_json("/api/v1/uitgaven?categorie=z", lezer, 400)["field"], "categorie");
  EXPECT_EQ(get_json("/api/v1/uitgaven?year=25", lezer, 400)["field"], "year");
  EXPECT_EQ(get_json("/api/v1/uitgaven?q=" + std::string(101, 'a'), lezer, 400)["field"], "q");
  get_json("/api/v1/uitgaven", log_in("wijkteam"), 403);
}

}  // namespace

}  // namespace leefbaar::testing
