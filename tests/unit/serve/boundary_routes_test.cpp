// Every route in the table, sent hostile bodies, query strings and path ids (issue 9): a bad value
// answers 4xx with {code, message, field}, never 500. Each route runs as the first role it allows
// (beheerder first), logged in and with the CSRF token.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "serve/app.hpp"
#include "store/users.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

// The members the handlers read, from the route files and the scenario parameters.
const std::vector<std::string> kFields = {"active",
                                          "activity_ref",
                                          "address",
                                          "amount",
                                          "area_code",
                                          "asked_amount",
                                          "asked_hours",
                                          "asked_materials",
                                          "asked_organisation_id",
                                          "award",
                                          "basis",
                                          "btiv_category",
                                          "budget_total",
                                          "budget_year",
                                          "buurt",
                                          "buurt_code",
                                          "cap_per_daeb_unit",
                                          "case_number",
                                          "closed_on",
                                          "confirm",
                                          "contribution",
                                          "cost",
                                          "csv",
                                          "date",
                                          "decision",
                                          "decision_weeks",
                                          "description",
                                          "dispute",
                                          "edition",
                                          "effort",
                                          "email",
                                          "ends_on",
                                          "evaluation",
                                          "focus",
                                          "follow_up_date",
                                          "follow_up_status",
                                          "format",
                                          "from_paper",
                                          "gebied",
                                          "gemeente",
                                          "held_on",
                                          "hours",
                                          "huisnummer",
                                          "id",
                                          "initiative_id",
                                          "kind",
                                          "lat",
                                          "level",
                                          "lon",
                                          "majority_share",
                                          "means",
                                          "meeting_places",
                                          "min_units",
                                          "mode",
                                          "motivation",
                                          "name",
                                          "nominee",
                                          "note",
                                          "opened_on",
                                          "orange",
                                          "organisation_id",
                                          "organisations",
                                          "p_orange",
                                          "p_yellow",
                                          "params",
                                          "participants",
                                          "password",
                                          "percentile",
                                          "pickup_on",
                                          "pledges",
                                          "plus",
                                          "plusplus",
                                          "postcode",
                                          "priorities",
                                          "reason",
                                          "referral",
                                          "resident_ref",
                                          "result",
                                          "role",
                                          "signals",
                                          "speciality",
                                          "spent_on",
                                          "starts_on",
                                          "state",
                                          "status",
                                          "stock_dimensions",
                                          "straal_m",
                                          "street",
                                          "subject",
                                          "team",
                                          "team_role",
                                          "theme_id",
                                          "title",
                                          "toevoeging",
                                          "token",
                                          "trend",
                                          "type",
                                          "uncoupled",
                                          "units",
                                          "weak",
                                          "website",
                                          "weights",
                                          "wijk",
                                          "wijk_code",
                                          "wijken",
                                          "year",
                                          "yellow",
                                          "zscore"};

// Values of the wrong type or out of every range.
std::vector<nlohmann::json> hostile_values() {
  return {nullptr,
          nlohmann::json::parse("99999999999999999999"),
          nlohmann::json::parse("18446744073709551615"),
          -1,
          0,
          1e308,
          -9223372036854775807LL - 1,
          "99999999999999999999",
          "abc",
          "",
          std::string(5000, 'x'),
          "2026-13-45",
          true,
          nlohmann::json::array(),
          nlohmann::json::object(),
          nlohmann::json::array({nullptr, -1, "x"}),
          {{"type", "Polygon"}, {"coordinates", nullptr}},
          {{"type", "Point"}, {"coordinates", {1e308, -1e308}}}};
}

std::vector<std::string> hostile_bodies() {
  std::vector<std::string> out = {
      "null",
      "[]",
      "\"x\"",
      "5",
      "{}",
      "{\"title\":",
      "{\"title\":\"\xff\"}",
      "{\"title\":\"\xC3\"}",
      "{\"title\":" + std::string(40, '[') + std::string(40, ']') + "}"};
  for (const auto& v : hostile_values()) {
    nlohmann::json all = nlohmann::json::object();
    for (const auto& f : kFields) all[f] = v;
    out.push_back(all.dump());
    // The same inside the members that hold objects and lists.
    nlohmann::json inner = nlohmann::json::object();
    for (const auto& f : kFields) inner[f] = v;
    nlohmann::json nested = {
        {"params", inner},           {"weights", inner},      {"gebied", inner},
        {"team", {inner}},           {"signals", {inner}},    {"units", {inner}},
        {"meeting_places", {inner}}, {"wijken", {v}},         {"organisations", {v}},
        {"pledges", {inner}},        {"priorities", {inner}}, {"stock_dimensions", {inner}}};
    out.push_back(nested.dump());
  }
  return out;
}

const std::vector<std::string> kPathValues = {"99999999999999999999", "-1", "0", "abc", "1",
                                              "9223372036854775807"};

class BoundaryRoutes : public DemoServerTest {
 protected:
  // The first role the route allows, in the order beheerder, analist, wijkteam, lezer.
  std::string role_for(const serve::Route& r) const {
    for (auto role :
         {store::Role::beheerder, store::Role::analist, store::Role::wijkteam, store::Role::lezer})
      if (r.roles.empty() || std::find(r.roles.begin(), r.roles.end(), role) != r.roles.end())
        return std::string(store::to_string(role));
    return "beheerder";
  }

  // The path with its parameters filled in ({level} a real level, the others `value`).
  static std::string fill(const std::string& openapi_path, const std::string& value) {
    std::string out;
    for (std::size_t i = 0; i < openapi_path.size(); ++i) {
      if (openapi_path[i] != '{') {
        out += openapi_path[i];
        continue;
      }
      const auto end = openapi_path.find('}', i);
      out += openapi_path.substr(i + 1, end - i - 1) == "level" ? "buurt" : value;
      i = end;
    }
    return out;
  }

  // Sends one request as `role` (logging in again when an earlier request ended the session)
  // and records it when it answers 500 or no JSON error body.
  void send(const serve::Route& r, const std::string& path, const std::string& body) {
    const std::string role = role_for(r);
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (!logins_.count(role)) logins_[role] = log_in(role);
      const Login& who = logins_[role];
      auto res = api_->call(r.method, path, &who, body);
      // Over the route's limit the server answers 413 and closes; a client still sending may see
      // the connection reset instead (BoundaryLimits tests the 413 itself).
      if (!res && body.size() > r.max_body) return;
      if (!res) {
        failures_.push_back(r.method + " " + path + ": no answer; body " + body.substr(0, 80));
        return;
      }
      if (res->status == 401 && r.access == serve::Access::session && attempt == 0) {
        logins_.erase(role);
        continue;
      }
      ++sent_;
      const auto json = nlohmann::json::parse(res->body, nullptr, false);
      const bool error_body = !json.is_discarded() && json.is_object() && json.contains("code") &&
                              json.contains("message") && json.contains("field");
      if (res->status >= 500 || (res->status >= 400 && res->status != 404 && !error_body))
        failures_.push_back(r.method + " " + path + " as " + role + ": " +
                            std::to_string(res->status) + " " + res->body.substr(0, 200) +
                            "; body " + body.substr(0, 80));
      return;
    }
  }

  void report() {
    std::string all;
    for (const auto& f : failures_) all += f + "\n";
    EXPECT_TRUE(failures_.empty()) << failures_.size() << " of " << sent_ << " requests:\n" << all;
    EXPECT_GT(sent_, 0);
  }

  std::map<std::string, Login> logins_;
  std::vector<std::string> failures_;
  int sent_ = 0;
};

TEST_F(BoundaryRoutes, hostileJsonBodiesNeverAnswer500) {
  const auto bodies = hostile_bodies();
  for (const auto& r : serve::routes()) {
    if (r.method == "GET") continue;
    if (r.openapi_path() == "/api/v1/sessie" && r.method == "DELETE") continue;  // last, below
    for (const auto& body : bodies) send(r, fill(r.openapi_path(), "1"), body);
  }
  for (const auto& r : serve::routes())
    if (r.openapi_path() == "/api/v1/sessie" && r.method == "DELETE")
      for (const auto& body : bodies) send(r, r.openapi_path(), body);
  report();
}

TEST_F(BoundaryRoutes, hostileQueryStringsNeverAnswer500) {
  const std::vector<std::string> queries = {
      "?year=99999999999999999999", "?year=-1&month=13",
      "?year=abc&wijk=%FF&level=onbekend&format=onbekend&kind=onbekend&gemeente=%C3&id=-1",
      "?wijk=WK99999999999999999999&year=9223372036854775807&limit=-1&offset=99999999999999999999",
      "?level=werkgebied&layer=onbekend&edition=99999999999999999999&run=abc"};
  for (const auto& r : serve::routes()) {
    if (r.method != "GET") continue;
    for (const auto& q : queries) send(r, fill(r.openapi_path(), "1") + q, "");
  }
  report();
}

TEST_F(BoundaryRoutes, hostilePathIdsNeverAnswer500) {
  for (const auto& r : serve::routes()) {
    if (r.openapi_path().find('{') == std::string::npos) continue;
    for (const auto& v : kPathValues)
      send(r, fill(r.openapi_path(), v), r.method == "GET" ? "" : "{}");
  }
  report();
}

}  // namespace

}  // namespace leefbaar::testing
