// The portal's rules through the API over the demo store (issue 9, point 9): invented house-number
// additions are refused (portal and paper) and do not get a per-address limit of their own, two
// writings of one addition are one household, and an address of another wijk that only the BAG
// knows is refused, so it gives no majority.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "store/households.hpp"
#include "store/initiatives.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

struct Home {
  std::string postcode;
  int number = 0;
  std::string letter;
};

class PortalRulesApi : public DemoServerTest {
 protected:
  std::vector<Home> homes(const std::string& sql, int n) const {
    store::Database db(store_file());
    SQLite::Statement q(db.sql(), sql + " LIMIT " + std::to_string(n));
    std::vector<Home> out;
    while (q.executeStep())
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt(),
                     q.getColumnCount() > 2 ? q.getColumn(2).getString() : ""});
    return out;
  }
  // Numbers of the postcode table in the buurt that the BAG knows without letters or additions
  // only, and that have not supported initiative 1.
  std::vector<Home> plain_homes(const std::string& buurt, int n) const {
    return homes(
        "SELECT DISTINCT r.postcode, r.huisnummer FROM pc6hnr_rows r WHERE r.buurt = '" + buurt +
            "' AND EXISTS (SELECT 1 FROM bag_addresses b WHERE b.postcode = r.postcode AND "
            "b.huisnummer = r.huisnummer) AND NOT EXISTS (SELECT 1 FROM bag_addresses b WHERE "
            "b.postcode = r.postcode AND b.huisnummer = r.huisnummer AND (b.huisletter <> '' OR "
            "b.toevoeging <> '')) AND NOT EXISTS (SELECT 1 FROM stock_units s WHERE s.postcode = "
            "r.postcode AND CAST(s.huisnummer AS INTEGER) = r.huisnummer AND s.huisnummer <> "
            "CAST(r.huisnummer AS TEXT)) AND NOT EXISTS (SELECT 1 FROM initiative_supports i "
            "WHERE i.initiative_id = 1 AND i.address_key LIKE r.postcode || ' ' || r.huisnummer "
            "|| '%') ORDER BY r.postcode DESC, r.huisnummer DESC",
        n);
  }
  long long supports(const Login& who, std::int64_t id) const {
    return call("GET", "/api/v1/initiatieven/" + std::to_string(id), &who, {}, 200)["supports"];
  }
};

nlohmann::json portal_body(const Home& h, const std::string& nr, const std::string& extra = "") {
  return {{"postcode", h.postcode},
          {"huisnummer", nr},
          {"toevoeging", extra},
          {"email", "bewoner@example.org"}};
}

TEST_F(PortalRulesApi, InventedAdditionsAreRefusedAndNotCounted) {
  const auto staff = log_in("wijkteam");
  const auto homes = plain_homes("BU01060101", 1);
  ASSERT_EQ(homes.size(), 1u);
  const auto& h = homes[0];
  const std::string nr = std::to_string(h.number);
  const long long before = supports(staff, 1);
  const auto zz9 = call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr,
                        portal_body(h, nr + "-ZZ9"), 422);
  EXPECT_EQ(zz9["field"], "toevoeging");
  EXPECT_NE(zz9["message"].get<std::string>().find("heeft geen toevoeging 'ZZ9'"),
            std::string::npos)
      << zz9.dump();
  call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr, portal_body(h, nr, "A"),
       422);
  for (const std::string& invented : {nr + "-1", nr + "-A", nr + "B", nr + " zz9"})
    EXPECT_EQ(call("POST", "/api/v1/initiatieven/1/steunbetuigingen", &staff,
                   {{"postcode", h.postcode}, {"huisnummer", invented}}, 422)["field"],
              "toevoeging")
        << invented;
  EXPECT_EQ(supports(staff, 1), before);

  // The per-address limit counts the household: after three from the address an invented
  // addition is no fresh address (refused), and the address itself is throttled.
  for (int k = 0; k < 3; ++k)
    call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr, portal_body(h, nr),
         202);
  call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr,
       portal_body(h, nr + "-A"), 422);
  call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr, portal_body(h, nr, "B"),
       422);
  call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr, portal_body(h, nr), 429);
}

TEST_F(PortalRulesApi, TwoWritingsOfOneAdditionAreOneHousehold) {
  const auto staff = log_in("wijkteam");
  const auto lettered = homes(
      "SELECT b.postcode, b.huisnummer, b.huisletter FROM bag_addresses b JOIN pc6hnr_rows r ON "
      "r.postcode = b.postcode AND r.huisnummer = b.huisnummer WHERE r.buurt = 'BU01060101' AND "
      "b.huisletter <> '' AND b.toevoeging = '' AND NOT EXISTS (SELECT 1 FROM initiative_supports "
      "i WHERE i.initiative_id = 1 AND i.address_key LIKE b.postcode || ' ' || b.huisnummer || "
      "'%') ORDER BY b.postcode DESC, b.huisnummer DESC",
      1);
  ASSERT_EQ(lettered.size(), 1u);
  const auto& h = lettered[0];
  const std::string nr = std::to_string(h.number);
  const long long before = supports(staff, 1);
  call("POST", "/api/v1/initiatieven/1/steunbetuigingen", &staff,
       {{"postcode", h.postcode}, {"huisnummer", nr + " " + h.letter}}, 201);
  std::string upper = h.letter;
  for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  call("POST", "/api/v1/initiatieven/1/steunbetuigingen", &staff,
       {{"postcode", h.postcode}, {"huisnummer", nr}, {"toevoeging", "-" + upper}}, 409);
  call("POST", "/api/v1/portaal/initiatieven/1/steunbetuigingen", nullptr,
       portal_body(h, nr + upper), 409);
  EXPECT_EQ(supports(staff, 1), before + 1);
}

TEST_F(PortalRulesApi, AnAddressOfAnotherWijkKnownOnlyToTheBagGivesNoMajority) {
  const auto staff = log_in("wijkteam");
  // An address the postcode table lacks, that the BAG places outside Lariks.
  Home outsider;
  {
    store::Database db(store_file());
    SQLite::Statement q(db.sql(),
                        "SELECT b.work_area_id, b.postcode, b.huisnummer, b.x, b.y FROM "
                        "bag_addresses b WHERE b.huisletter = '' AND b.toevoeging = '' AND "
                        "b.postcode LIKE '94%' AND NOT EXISTS (SELECT 1 FROM pc6hnr_rows r WHERE "
                        "r.postcode = b.postcode AND r.huisnummer = b.huisnummer) ORDER BY "
                        "b.postcode");
    while (outsider.postcode.empty() && q.executeStep()) {
      const auto area = store::buurt_at(db, q.getColumn(0).getInt64(),
                                        {q.getColumn(3).getDouble(), q.getColumn(4).getDouble()});
      if (area && area->wijk != "WK010601")
        outsider = {q.getColumn(1).getString(), q.getColumn(2).getInt(), ""};
    }
  }
  ASSERT_FALSE(outsider.postcode.empty());
  // An initiative in Lariks-West with one support short of its majority.
  const auto made = call("POST", "/api/v1/initiatieven", &staff,
                         {{"title", "Bankjes"},
                          {"description", "Bankjes bij de speeltuin."},
                          {"type", "ontmoeten"},
                          {"buurt", "BU01060103"}},
                         201);
  const std::int64_t id = made["id"];
  const auto path = "/api/v1/initiatieven/" + std::to_string(id);
  const long long needed = call("GET", path, &staff, {}, 200)["needed"];
  // The households: every number of the postcode table, and every BAG addition at those numbers.
  const auto neighbours = homes(
      "SELECT postcode, huisnummer, '' FROM pc6hnr_rows WHERE buurt = 'BU01060103' UNION SELECT "
      "b.postcode, b.huisnummer, b.huisletter || b.toevoeging FROM bag_addresses b JOIN "
      "pc6hnr_rows r ON r.postcode = b.postcode AND r.huisnummer = b.huisnummer WHERE r.buurt = "
      "'BU01060103' AND (b.huisletter <> '' OR b.toevoeging <> '') ORDER BY 1, 2, 3",
      static_cast<int>(needed - 1));
  ASSERT_EQ(static_cast<long long>(neighbours.size()), needed - 1);
  for (const auto& n : neighbours)
    call("POST", path + "/steunbetuigingen", &staff,
         {{"postcode", n.postcode},
          {"huisnummer", std::to_string(n.number)},
          {"toevoeging", n.letter}},
         201);
  ASSERT_EQ(call("GET", path, &staff, {}, 200)["supports"], needed - 1);

  const auto nr = std::to_string(outsider.number);
  const auto paper = call("POST", path + "/steunbetuigingen", &staff,
                          {{"postcode", outsider.postcode}, {"huisnummer", nr}}, 422);
  EXPECT_NE(paper["message"].get<std::string>().find("niet in de buurt"), std::string::npos)
      << paper.dump();
  const auto portal = call("POST", "/api/v1/portaal" + path.substr(7) + "/steunbetuigingen",
                           nullptr, portal_body(outsider, nr), 422);
  EXPECT_EQ(portal["field"], "postcode");
  const auto after = call("GET", path, &staff, {}, 200);
  EXPECT_EQ(after["supports"], needed - 1);
  EXPECT_FALSE(after["supported"].get<bool>());
}

}  // namespace

}  // namespace leefbaar::testing
