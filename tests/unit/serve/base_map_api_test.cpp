// The base map (issue 11 point 4): `leefbaar serve --base-map-url` reaches the pages through
// GET /api/v1/kaart/basiskaart, the Content-Security-Policy allows images from exactly its origin,
// and an address that could break out of the policy is refused. Also what /api/v1/kaart tells the
// map about the stock's extent, the edition and the budget year.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "serve/server.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

TEST(BaseMapOrigin, IsTheSchemeAndHostOfAUsableTileAddress) {
  EXPECT_EQ(serve::base_map_origin(serve::kPdokBaseMapUrl), "https://service.pdok.nl");
  EXPECT_EQ(serve::base_map_origin("http://127.0.0.1:8123/tegels/{z}/{x}/{y}.png"),
            "http://127.0.0.1:8123");
  EXPECT_EQ(serve::base_map_origin("https://{s}.Tile.Example.org/{z}/{x}/{-y}.png"),
            "https://*.tile.example.org");
  for (const char* bad :
       {"", "none", "service.pdok.nl/{z}/{x}/{y}.png", "ftp://a.nl/{z}/{x}/{y}",
        "https://a.nl/{z}/{x}.png", "https:///{z}/{x}/{y}", "https://a.nl",
        "https://a.nl/{z}/{x}/{y}.png; script-src *", "https://a.nl/{z}/{x}/{y}.png,https://b.nl",
        "https://a.nl'/{z}/{x}/{y}", "https://a.nl\"/{z}/{x}/{y}", "https://user@a.nl/{z}/{x}/{y}",
        "https://a.nl/{z}/{x}/{y}.png\r\nX-Evil: 1", "https://*.nl/{z}/{x}/{y}",
        "https://.a.nl/{z}/{x}/{y}"})
    EXPECT_EQ(serve::base_map_origin(bad), "") << bad;
  EXPECT_EQ(serve::base_map_origin("https://a.nl/" + std::string(500, 'x') + "/{z}/{x}/{y}"), "");
}

// The demo server with a base map address of the test's choice.
class BaseMapApi : public DemoServerTest {
 protected:
  void configure(serve::ServerConfig& config) override { config.base_map_url = url_; }
  std::string url_ = std::string(serve::kPdokBaseMapUrl);

  std::string img_src() const {
    const auto res = api_->client().Get("/api/v1/kaart/basiskaart");
    EXPECT_EQ(res->status, 200);
    const auto csp = res->get_header_value("Content-Security-Policy");
    const auto from = csp.find("img-src");
    return csp.substr(from, csp.find(';', from) - from);
  }
};

class NoBaseMap : public BaseMapApi {
 protected:
  NoBaseMap() { url_.clear(); }
};

class InjectedBaseMap : public BaseMapApi {
 protected:
  InjectedBaseMap() { url_ = "https://tegels.example/{z}/{x}/{y}.png; script-src *"; }
};

TEST_F(BaseMapApi, ByDefaultPdokForEveryoneAndAllowedByThePolicy) {
  // Without a session: the portal's drawing map has it too.
  const auto base = call("GET", "/api/v1/kaart/basiskaart", nullptr, {}, 200);
  EXPECT_EQ(base["url"], std::string(serve::kPdokBaseMapUrl));
  EXPECT_EQ(base["attribution"], "Kaartgegevens © Kadaster");
  EXPECT_EQ(img_src(), "img-src 'self' data: https://service.pdok.nl");
  // Every answer carries the same policy, the pages too.
  const auto who = log_in("lezer");
  const auto res = api_->call("GET", "/api/v1/kaart", &who);
  EXPECT_NE(res->get_header_value("Content-Security-Policy")
                .find("img-src 'self' data: https://service.pdok.nl;"),
            std::string::npos);
}

TEST_F(NoBaseMap, AnswersNoAddressAndThePolicyStaysClosed) {
  const auto base = call("GET", "/api/v1/kaart/basiskaart", nullptr, {}, 200);
  EXPECT_TRUE(base["url"].is_null());
  EXPECT_EQ(base["attribution"], "");
  EXPECT_EQ(img_src(), "img-src 'self' data:");
}

TEST_F(InjectedBaseMap, AnAddressThatWouldWidenThePolicyIsNotUsed) {
  const auto base = call("GET", "/api/v1/kaart/basiskaart", nullptr, {}, 200);
  EXPECT_TRUE(base["url"].is_null());
  EXPECT_EQ(img_src(), "img-src 'self' data:");
  const auto res = api_->client().Get("/api/v1/kaart/basiskaart");
  EXPECT_EQ(res->get_header_value("Content-Security-Policy").find("script-src *"),
            std::string::npos);
}

TEST_F(BaseMapApi, TheMapOpensOnTheStockAndNamesEditionAndBudgetYear) {
  const auto who = log_in("wijkteam");
  const auto info = get_json("/api/v1/kaart", who);
  ASSERT_TRUE(info["extent"].is_array());
  const double south = info["extent"][0][0], west = info["extent"][0][1];
  const double north = info["extent"][1][0], east = info["extent"][1][1];
  EXPECT_LT(south, north);
  EXPECT_LT(west, east);
  // Every unit on the map lies in the box, and the box is in the Netherlands.
  const auto units = get_json("/api/v1/kaart/eenheden", who)["units"];
  ASSERT_FALSE(units.empty());
  bool on_edge = false;
  for (const auto& u : units) {
    const double lon = u[0], lat = u[1];
    EXPECT_TRUE(lon >= west && lon <= east && lat >= south && lat <= north);
    on_edge = on_edge || lon == west || lat == north;
  }
  EXPECT_TRUE(on_edge);
  EXPECT_GT(south, 50.7);
  EXPECT_LT(north, 53.6);
  const auto& editions = info["editions"];
  ASSERT_FALSE(editions.empty());
  EXPECT_EQ(info["newest_edition"], *std::max_element(editions.begin(), editions.end()));
  EXPECT_NE(std::find(editions.begin(), editions.end(), info["edition"]), editions.end());
  EXPECT_TRUE(info["budget_year"].is_number_integer());
  if (!info["budget_year_set"].get<bool>()) {
    EXPECT_EQ(info["budget_year"], info["edition"]);
  }
}

}  // namespace

}  // namespace leefbaar::testing
