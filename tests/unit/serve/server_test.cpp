// The API end to end over HTTP on loopback: log-in, sessions, CSRF, errors and headers, stored
// runs. The application endpoints over the demo work area are in app_test.cpp.
#include "serve/server.hpp"

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "serve/app.hpp"
#include "store/runs.hpp"
#include "store/users.hpp"
#include "support/api_client.hpp"
#include "support/temp_files.hpp"
#include "support/world.hpp"

namespace leefbaar::testing {

namespace {

const std::string kPassword = "een lang wachtwoord";

class Api : public ::testing::Test {
 protected:
  void SetUp() override {
    {
      store::Database db(dir_.path() / "store.sqlite");
      const auto org =
          store::create_organisation(db, "Actium", store::OrganisationKind::corporatie);
      for (auto role : {store::Role::beheerder, store::Role::analist, store::Role::wijkteam,
                        store::Role::lezer}) {
        const std::string name(store::to_string(role));
        store::create_user(db, {org, name + "@actium.nl", name, kPassword, role, {"WK010601"}});
      }
      World w;
      w.unit("a", "BU01060101");
      w.score(ScoreLevel::buurt, "BU01060101", 2022, {0.1, 0, 0, 0, 0});
      const auto result = w.run();
      const std::vector<InputChecksum> inputs;
      store::save_programme_run(db,
                                {"Actium", "Drenthe", "test", w.params, inputs, w.stock, result});
    }
    serve::ServerConfig config;
    config.store = dir_.path() / "store.sqlite";
    config.port = 0;
    config.now = [this] { return now_; };
    server_ = std::make_unique<serve::Server>(config);
    api_ = std::make_unique<ApiClient>(server_->bind());
    thread_ = std::thread([this] { server_->listen(); });
  }
  void TearDown() override {
    server_->stop();
    thread_.join();
  }

  Login log_in(const std::string& role) {
    const auto who = api_->log_in(role + "@actium.nl", kPassword);
    EXPECT_FALSE(who.cookie.empty()) << role;
    return who;
  }

  TempDir dir_;
  std::unique_ptr<serve::Server> server_;
  std::unique_ptr<ApiClient> api_;
  std::thread thread_;
  std::chrono::system_clock::time_point now_ =
      std::chrono::system_clock::from_time_t(1'790'000'000);
};

}  // namespace

TEST_F(Api, LogInSetsAnHttpOnlySameSiteCookie) {
  auto c = api_->client();
  auto res =
      c.Post("/api/v1/sessie", R"({"email":"analist@actium.nl","password":")" + kPassword + "\"}",
             "application/json");
  ASSERT_EQ(res->status, 200) << res->body;
  const auto cookie = res->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("leefbaar_session="), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  const auto body = nlohmann::json::parse(res->body);
  EXPECT_EQ(body["user"]["role"], "analist");
  EXPECT_EQ(body["csrf_token"].get<std::string>().size(), 64u);
}

TEST_F(Api, BadLogInsAreRefusedWithTheField) {
  auto c = api_->client();
  auto res =
      c.Post("/api/v1/sessie", R"({"email":"analist@actium.nl","password":"fout fout fout"})",
             "application/json");
  EXPECT_EQ(res->status, 401);
  EXPECT_EQ(nlohmann::json::parse(res->body)["field"], "password");
  res = c.Post("/api/v1/sessie", R"({"password":"x"})", "application/json");
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(nlohmann::json::parse(res->body)["field"], "email");
  res = c.Post("/api/v1/sessie", "not json", "application/json");
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(nlohmann::json::parse(res->body)["code"], "bad_request");
}

TEST_F(Api, RepeatedFailedLogInsAreThrottled) {
  auto c = api_->client();
  for (int i = 0; i < 5; ++i)
    c.Post("/api/v1/sessie", R"({"email":"lezer@actium.nl","password":"fout fout fout"})",
           "application/json");
  auto res =
      c.Post("/api/v1/sessie", R"({"email":"lezer@actium.nl","password":")" + kPassword + "\"}",
             "application/json");
  EXPECT_EQ(res->status, 429);
}

TEST_F(Api, ChangesNeedTheCsrfToken) {
  const auto admin = log_in("beheerder");
  const std::string body =
      R"({"email":"x@actium.nl","name":"X","password":"nog een lang wachtwoord","role":"lezer"})";
  auto res = api_->call("POST", "/api/v1/gebruikers", &admin, body, /*with_csrf=*/false);
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(nlohmann::json::parse(res->body)["code"], "csrf");
  EXPECT_EQ(api_->call("POST", "/api/v1/gebruikers", &admin, body)->status, 201);
}

TEST_F(Api, InvalidUserIsRefusedNamingTheField) {
  const auto admin = log_in("beheerder");
  auto res = api_->call("POST", "/api/v1/gebruikers", &admin,
                        R"({"email":"y@actium.nl","name":"Y","password":"kort","role":"lezer"})");
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(nlohmann::json::parse(res->body)["field"], "password");
  res = api_->call(
      "POST", "/api/v1/gebruikers", &admin,
      R"({"email":"y@actium.nl","name":"Y","password":"lang genoeg wachtwoord","role":"baas"})");
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(nlohmann::json::parse(res->body)["field"], "role");
}

TEST_F(Api, LogOutEndsTheSessionAndSessionsExpire) {
  const auto who = log_in("lezer");
  EXPECT_EQ(api_->call("GET", "/api/v1/sessie", &who)->status, 200);
  now_ += std::chrono::hours(9);
  EXPECT_EQ(api_->call("GET", "/api/v1/sessie", &who)->status, 401);
  now_ -= std::chrono::hours(9);
  EXPECT_EQ(api_->call("DELETE", "/api/v1/sessie", &who)->status, 204);
  EXPECT_EQ(api_->call("GET", "/api/v1/sessie", &who)->status, 401);
}

TEST_F(Api, SecurityHeadersAndJsonErrorsEverywhere) {
  auto res = api_->client().Get("/api/nothing-here");
  EXPECT_EQ(res->status, 404);
  // Errors are problem details (RFC 9457) that keep the members the pages read.
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
  const auto problem = nlohmann::json::parse(res->body);
  EXPECT_EQ(problem["code"], "not_found");
  EXPECT_EQ(problem["status"], 404);
  EXPECT_EQ(problem["title"], "Niet gevonden");
  EXPECT_EQ(problem["detail"], problem["message"]);
  EXPECT_EQ(problem["type"], "about:blank");
  EXPECT_TRUE(problem.contains("field"));
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  const auto who = log_in("analist");
  res = api_->call("GET", "/api/v1/berekeningen/999/gemeenten", &who);
  EXPECT_EQ(res->status, 404);
}

TEST_F(Api, OpenApiListsEveryRouteWithItsRoles) {
  auto res = api_->client().Get("/api/v1/openapi.json");
  ASSERT_EQ(res->status, 200);
  const auto doc = nlohmann::json::parse(res->body);
  EXPECT_EQ(doc["openapi"], "3.0.3");
  for (const auto& r : serve::routes()) {
    std::string method = r.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    EXPECT_TRUE(doc["paths"][r.openapi_path()].contains(method)) << r.openapi_path();
  }
  EXPECT_EQ(doc["paths"]["/api/v1/gebruikers"]["post"]["x-roles"],
            nlohmann::json::array({"beheerder"}));
}

TEST_F(Api, RunsAndTheirGemeenten) {
  const auto who = log_in("lezer");
  auto res = api_->call("GET", "/api/v1/berekeningen", &who);
  ASSERT_EQ(res->status, 200);
  const auto runs = nlohmann::json::parse(res->body)["runs"];
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0]["work_area"], "Drenthe");
  res = api_->call("GET", "/api/v1/berekeningen/1/gemeenten", &who);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(nlohmann::json::parse(res->body)["gemeenten"][0]["code"], "GM0106");
}

TEST_F(Api, MapDataIsGeoJsonInWgs84WithColours) {
  {
    store::Database db(dir_.path() / "store.sqlite");
    db.sql().exec(
        "INSERT INTO imports (work_area_id, kind, level, file, sha256, rows_read, warnings_json, "
        "created_at, "
        "created_by) VALUES (1, 'buurten', NULL, 'b.geojson', 'x', 1, '[]', "
        "'2026-01-01T00:00:00Z', 'test')");
    db.sql().exec(
        "INSERT INTO areas (import_id, work_area_id, kind, code, name, geometry_rd) VALUES (1, 1, "
        "'buurt', "
        "'BU01060101', 'Een', "
        "'{\"type\":\"MultiPolygon\",\"coordinates\":[[[[233000,557000],[233100,557000],"
        "[233100,557100],[233000,557000]]]]}')");
  }
  const auto who = log_in("wijkteam");
  auto res = api_->call("GET", "/api/v1/berekeningen/1/gebieden?level=buurt", &who);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/geo+json; charset=utf-8");
  const auto doc = nlohmann::json::parse(res->body);
  ASSERT_EQ(doc["features"].size(), 1u);
  const auto& f = doc["features"][0];
  EXPECT_EQ(f["properties"]["code"], "BU01060101");
  EXPECT_EQ(f["properties"]["colour"], "green");
  EXPECT_EQ(f["properties"]["level"], "Basis");
  const auto first = f["geometry"]["coordinates"][0][0][0];
  EXPECT_NEAR(first[0].get<double>(), 6.55, 0.05);  // Assen
  EXPECT_NEAR(first[1].get<double>(), 53.0, 0.05);
  res = api_->call("GET", "/api/v1/berekeningen/1/gebieden?level=wijk", &who);
  ASSERT_EQ(res->status, 200);
  EXPECT_TRUE(nlohmann::json::parse(res->body)["features"][0]["geometry"]
                  .is_null());  // no wijk polygons imported
  res = api_->call("GET", "/api/v1/berekeningen/1/gebieden?level=straat", &who);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(nlohmann::json::parse(res->body)["field"], "level");
  EXPECT_EQ(api_->call("GET", "/api/v1/berekeningen/7/gebieden", &who)->status, 404);
}

}  // namespace leefbaar::testing
