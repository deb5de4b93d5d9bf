// The portal's rules against a resident who tries (issue 9, point 9): one support per household
// as the address registers know it (an invented addition is refused, "7 a" and "7A" are one), and
// every support checked against the initiative's area by where a register places the address, so
// no majority comes from outside the area.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "store/households.hpp"
#include "store/initiatives.hpp"
#include "store/portal_campaigns.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

class PortalRules : public StoreTest {
 protected:
  PortalRules() {
    store::create_organisation(db_, "Woonstichting", store::OrganisationKind::corporatie);
    add_work_area(db_);
    db_.sql().exec(
        "INSERT INTO imports (id, work_area_id, kind, file, sha256, rows_read, warnings_json, "
        "created_at, created_by) VALUES (2, 1, 'bag', 'bag', 'y', 0, '[]', '2025', 'test')");
    // Lariks-Noord (wijk Lariks) and, east of it, Pittelo-Oost (wijk Pittelo).
    add_areas(
        db_,
        {{"buurt", "BU01060101", "Lariks-Noord", "WK010601", "GM0106", rd_square(233000, 557000)},
         {"buurt", "BU01060401", "Pittelo-Oost", "WK010604", "GM0106", rd_square(235000, 557000)},
         {"wijk", "WK010601", "Lariks"},
         {"wijk", "WK010604", "Pittelo"},
         {"gemeente", "GM0106", "Assen"}});
    // Ten addresses of Lariks-Noord in the postcode table: ten households.
    add_addresses(db_, "9406AB", 1, 10, "BU01060101", "WK010601");
    auto& sql = db_.sql();
    auto bag = [&](const char* id, const char* pc, int nr, const char* letter, const char* extra,
                   int x, int y) {
      sql.exec(fmt::format(
          "INSERT INTO bag_addresses (import_id, work_area_id, vbo_id, postcode, huisnummer, "
          "huisletter, toevoeging, x, y) VALUES (2, 1, '{}', '{}', {}, '{}', '{}', {}, {})",
          id, pc, nr, letter, extra, x, y));
    };
    // In the BAG: 1 without addition, 7 as 7A and 7B, all in Lariks-Noord; 9407CD 12 in Pittelo,
    // an address the postcode table lacks.
    bag("b1", "9406AB", 1, "", "", 233500, 557500);
    bag("b7a", "9406AB", 7, "A", "", 233510, 557500);
    bag("b7b", "9406AB", 7, "b", "", 233510, 557500);
    bag("b12", "9407CD", 12, "", "", 235500, 557500);
    // In the stock only: 9407CD 14 coupled to Pittelo-Oost, 9407CD 16 placed in Pittelo by its
    // point, 9408EF 1 placed nowhere.
    add_homes(db_, {{"u14", "9407CD", "14", "test", "BU01060401"},
                    {"u16", "9407CD", "16", "test", "", 235600, 557600},
                    {"u1", "9408EF", "1", "test"}});
  }

  std::int64_t make(const store::InitiativeArea& shape = {}) {
    auto in = moestuin();
    if (shape.is_shape()) {
      in.buurt_code.clear();
      in.shape = shape;
    }
    return store::create_initiative(db_, 1, in, now_, "wijkteam@test");
  }
  std::int64_t paper(std::int64_t id, const std::string& pc, const std::string& nr,
                     const std::string& extra = "") {
    return store::add_paper_support(db_, 1, id, store::parse_address(pc, nr, extra), now_, "w@t");
  }
  // The refusal's field and message; empty when the support was accepted.
  std::pair<std::string, std::string> refusal(std::int64_t id, const std::string& pc,
                                              const std::string& nr,
                                              const std::string& extra = "") {
    try {
      paper(id, pc, nr, extra);
    } catch (const FieldError& e) {
      return {e.field(), e.what()};
    }
    return {};
  }

  store::TimePoint now_ = std::chrono::system_clock::from_time_t(1'750'000'000);
};

TEST_F(PortalRules, AnAdditionTheRegistersDoNotHaveIsRefused) {
  const auto id = make();
  // 3 is known to the postcode table only, without additions.
  for (const char* invented : {"3-1", "3-A", "3B", "3-ZZ9"}) {
    const auto [field, message] = refusal(id, "9406AB", invented);
    EXPECT_EQ(field, "toevoeging") << invented;
    EXPECT_NE(message.find("Dit adres kennen we niet: 9406 AB 3 heeft geen toevoeging"),
              std::string::npos)
        << message;
  }
  EXPECT_NE(refusal(id, "9406AB", "3", "ZZ9").second.find("geen toevoeging 'ZZ9'"),
            std::string::npos);
  // 1 has no addition in the BAG either; 7 has A and B only.
  EXPECT_EQ(refusal(id, "9406AB", "1", "C").first, "toevoeging");
  const auto seven = refusal(id, "9406AB", "7", "C");
  EXPECT_EQ(seven.first, "toevoeging");
  EXPECT_NE(seven.second.find("Kies uit: A, B"), std::string::npos) << seven.second;
  paper(id, "9406AB", "3");
  paper(id, "9406AB", "1");
  EXPECT_EQ(store::find_initiative(db_, 1, id, now_)->supports, 2);
  EXPECT_FALSE(store::known_address(db_, 1, store::parse_address("9406AB", "3-ZZ9")));
  EXPECT_TRUE(store::known_address(db_, 1, store::parse_address("9406AB", "7 b")));
}

TEST_F(PortalRules, OneHouseholdIsOneAddressHoweverItIsWritten) {
  const auto id = make();
  paper(id, "9406AB", "7 a");
  for (const auto& [nr, extra] : std::vector<std::pair<std::string, std::string>>{
           {"7A", ""}, {"7-a", ""}, {"7", "a"}, {"7", " - A "}})
    EXPECT_THROW(paper(id, "9406AB", nr, extra), store::ConflictError) << nr << "|" << extra;
  paper(id, "9406AB", "7B");
  // 7 has two households with an addition (A and B): a third addition is none of them.
  EXPECT_THROW(paper(id, "9406AB", "7", "C"), FieldError);
  EXPECT_EQ(store::find_initiative(db_, 1, id, now_)->supports, 2);
}

TEST_F(PortalRules, EveryAddressIsCheckedAgainstTheBuurtByWhicheverRegisterPlacesIt) {
  const auto id = make();
  // Known from the BAG or the stock only, in another wijk: refused, whichever register knows it.
  for (const char* nr : {"12", "14", "16"}) {
    const auto [field, message] = refusal(id, "9407CD", nr);
    EXPECT_EQ(field, "postcode") << nr;
    EXPECT_NE(message.find("niet in de buurt"), std::string::npos) << nr << ": " << message;
  }
  // In the stock, but no register says where it is.
  EXPECT_NE(refusal(id, "9408EF", "1").second.find("We weten niet in welke buurt"),
            std::string::npos);
  EXPECT_EQ(store::buurt_of_address(db_, 1, store::parse_address("9407CD", "12"))->buurt,
            "BU01060401");
  EXPECT_EQ(store::buurt_of_address(db_, 1, store::parse_address("9407CD", "14"))->wijk,
            "WK010604");
  EXPECT_FALSE(store::buurt_of_address(db_, 1, store::parse_address("9408EF", "1")));
}

TEST_F(PortalRules, NoMajorityComesFromOutsideTheArea) {
  const auto id = make();
  const auto before = store::find_initiative(db_, 1, id, now_);
  ASSERT_EQ(before->households, 10);
  ASSERT_EQ(before->needed, 6);
  for (const char* nr : {"1", "2", "3", "4", "5"}) paper(id, "9406AB", nr);
  // Invented additions and outsiders would make the sixth.
  for (const char* nr : {"5-A", "5-1", "4 b"})
    EXPECT_EQ(refusal(id, "9406AB", nr).first, "toevoeging");
  for (const char* nr : {"12", "14", "16"}) EXPECT_EQ(refusal(id, "9407CD", nr).first, "postcode");
  EXPECT_EQ(refusal(id, "9408EF", "1").first, "postcode");
  const auto after = store::find_initiative(db_, 1, id, now_);
  EXPECT_EQ(after->supports, 5);
  EXPECT_FALSE(after->supported);
  EXPECT_TRUE(after->majority_at.empty());
  // A sixth household of the buurt does give the majority.
  paper(id, "9406AB", "6");
  EXPECT_TRUE(store::find_initiative(db_, 1, id, now_)->supported);
}

TEST_F(PortalRules, AShapeNeedsTheAddressesPoint) {
  store::InitiativeArea circle;
  circle.kind = store::InitiativeArea::Kind::cirkel;
  circle.centre = *store::address_lat_lon(db_, 1, store::parse_address("9406AB", "1"));
  circle.radius_m = 100;
  const auto id = make(circle);
  paper(id, "9406AB", "1");
  paper(id, "9406AB", "7A");
  // 2 is in the postcode table only: no point, so not shown to be inside.
  EXPECT_NE(refusal(id, "9406AB", "2").second.find("We weten niet precies waar"),
            std::string::npos);
  EXPECT_NE(refusal(id, "9407CD", "12").second.find("buiten het gebied"), std::string::npos);
  EXPECT_EQ(refusal(id, "9406AB", "7", "Q").first, "toevoeging");
  EXPECT_EQ(store::find_initiative(db_, 1, id, now_)->supports, 2);
}

TEST_F(PortalRules, ThePortalRefusesInventedAdditionsAndOutsidersToo) {
  const auto id = make();
  EXPECT_THROW(store::submit_portal_support(db_, 1, id, store::parse_address("9406AB", "3-ZZ9"),
                                            "a@example.org", "/l/", now_),
               FieldError);
  EXPECT_THROW(store::submit_portal_support(db_, 1, id, store::parse_address("9407CD", "12"),
                                            "a@example.org", "/l/", now_),
               FieldError);
  store::submit_portal_support(db_, 1, id, store::parse_address("9406AB", "7a"), "a@example.org",
                               "/l/", now_);
  EXPECT_THROW(store::require_register_address(db_, 1, store::parse_address("9406AB", "11")),
               FieldError);
}

// The Christmas tree and superbuur forms know the same households.
class PortalCampaignRules : public CampaignStore {
 protected:
  const std::chrono::system_clock::time_point open_ = at("2026-11-20");
};

TEST_F(PortalCampaignRules, TheCampaignFormsRefuseInventedAdditions) {
  auto tree = tree_request(store::parse_address("9406AB", "3-ZZ9"), "Dingspelstraat");
  try {
    store::submit_portal_tree(db_, 1, tree, "/l/", open_);
    FAIL() << "a tree for an invented addition was accepted";
  } catch (const FieldError& e) {
    EXPECT_EQ(e.field(), "toevoeging");
    EXPECT_NE(std::string(e.what()).find("heeft geen toevoeging 'ZZ9'"), std::string::npos);
  }
  EXPECT_THROW(store::submit_portal_nomination(
                   db_, 1, nomination_from(store::parse_address("9408CD", "1", "b")), "/l/", open_),
               FieldError);
  // The corporation's home 7b is known (with its own buurtcode); 7c is not.
  tree.address = store::parse_address("9406XY", "7c");
  EXPECT_THROW(store::submit_portal_tree(db_, 1, tree, "/l/", open_), FieldError);
  tree.address = store::parse_address("9406XY", "7 B");
  store::submit_portal_tree(db_, 1, tree, "/l/", open_);
}

}  // namespace

}  // namespace leefbaar::testing
