// GET /api/v1/zoeken on the demo work area: an address by street and number and by postcode, a
// postcode (PC6 and PC4), a buurt by name, a complex; another organisation's address is not found;
// a text that is empty, too short, too long or not UTF-8 answers 400 in Dutch.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "core/text.hpp"
#include "store/database.hpp"
#include "store/users.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

// Percent-encodes a query value (the test's texts hold spaces and accents).
std::string encoded(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

class SearchApi : public DemoServerTest {
 protected:
  nlohmann::json search(const std::string& q, const std::string& role = "analist",
                        int status = 200) const {
    return get_json("/api/v1/zoeken?q=" + encoded(q), log_in(role), status);
  }
  // One value of the first row of a query on the server's store.
  std::string first(const std::string& sql) const {
    store::Database db(store_file());
    SQLite::Statement q(db.sql(), sql);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
  }
  static bool has(const nlohmann::json& answer, const std::string& kind,
                  const std::string& label_start, const std::string& href_start) {
    for (const auto& r : answer["results"])
      if (r["kind"] == kind && r["label"].get<std::string>().starts_with(label_start) &&
          r["href"].get<std::string>().starts_with(href_start))
        return true;
    return false;
  }
  // A unit of the demo stock placed by its coordinates (so coupled to a buurt), with its address.
  std::string unit_sql(const std::string& column) const {
    return "SELECT " + column +
           " FROM stock_units WHERE source = 'rd' AND straat IS NOT NULL AND postcode IS NOT NULL "
           "AND CAST(huisnummer AS INTEGER) > 0 ORDER BY unit_id LIMIT 1";
  }
};

TEST_F(SearchApi, FindsAnAddressByStreetAndByPostcode) {
  const std::string street = first(unit_sql("straat")), number = first(unit_sql("huisnummer"));
  ASSERT_FALSE(street.empty()) << "the demo stock has no streets";
  const std::string pc = first(unit_sql("postcode"));
  auto answer = search(street + " " + number);
  EXPECT_TRUE(has(answer, "adres", street + " " + number, "/gebied/buurt/BU")) << answer.dump(1);
  // Lower case works as well; a postcode written without a space, with the number.
  answer = search(to_lower(street) + " " + number);
  EXPECT_TRUE(has(answer, "adres", street + " " + number, "/gebied/buurt/BU")) << answer.dump(1);
  answer = search(to_lower(pc) + " " + number);
  EXPECT_TRUE(has(answer, "adres", street + " " + number, "/gebied/buurt/BU")) << answer.dump(1);
  for (const auto& r : answer["results"]) EXPECT_FALSE(r["detail"].get<std::string>().empty());
}

TEST_F(SearchApi, FindsAPostcodeAndThePostcodesOfAPc4) {
  const std::string pc = first(unit_sql("postcode"));
  const std::string written = pc.substr(0, 4) + " " + pc.substr(4);
  auto answer = search(pc.substr(0, 4) + " " + to_lower(pc.substr(4)));
  EXPECT_TRUE(has(answer, "postcode", written, "/gebied/buurt/BU")) << answer.dump(1);
  answer = search(pc.substr(0, 4), "lezer");
  ASSERT_FALSE(answer["results"].empty());
  EXPECT_LE(answer["results"].size(), 20u);
  for (const auto& r : answer["results"])
    if (r["kind"] == "postcode") {
      EXPECT_TRUE(r["label"].get<std::string>().starts_with(pc.substr(0, 4)));
    }
}

TEST_F(SearchApi, FindsABuurtByNameAndCodeAndAComplex) {
  const std::string code =
      first("SELECT code FROM areas WHERE kind = 'buurt' AND name <> '' ORDER BY code LIMIT 1");
  const std::string name = first("SELECT name FROM areas WHERE code = '" + code + "'");
  ASSERT_FALSE(name.empty());
  auto answer = search(to_upper(name), "wijkteam");
  EXPECT_TRUE(has(answer, "buurt", name, "/gebied/buurt/" + code)) << answer.dump(1);
  answer = search(to_lower(code), "wijkteam");
  EXPECT_TRUE(has(answer, "buurt", name, "/gebied/buurt/" + code)) << answer.dump(1);

  const std::string complex = first(
      "SELECT complex FROM stock_units WHERE complex IS NOT NULL AND source = 'rd' ORDER BY "
      "complex LIMIT 1");
  answer = search(to_lower(complex));
  EXPECT_TRUE(has(answer, "complex", "Complex " + complex, "/gebied/complex/" + complex))
      << answer.dump(1);
  // The area page the hit links to exists.
  get_json("/api/v1/gebieden/complex/" + complex, log_in("lezer"));
}

TEST_F(SearchApi, AtMostTwentyHits) {
  const auto answer = search("bu");
  EXPECT_EQ(answer["results"].size(), 20u);
}

TEST_F(SearchApi, AnotherOrganisationsAddressIsNotFound) {
  {
    store::Database db(store_file());
    const auto org =
        store::create_organisation(db, "Tweede Corporatie", store::OrganisationKind::corporatie);
    db.sql().exec("INSERT INTO work_areas (organisation_id, name, created_at) VALUES (" +
                  std::to_string(org) + ", 'Elders', '2026-01-01')");
    const auto area = db.sql().getLastInsertRowid();
    db.sql().exec(
        "INSERT INTO imports (work_area_id, kind, file, sha256, rows_read, warnings_json, "
        "created_at, created_by) VALUES (" +
        std::to_string(area) + ", 'stock', 'x.csv', '', 1, '[]', '2026-01-01', 't')");
    const auto import = db.sql().getLastInsertRowid();
    db.sql().exec(
        "INSERT INTO stock_units (import_id, work_area_id, unit_id, postcode, huisnummer, "
        "source, row, straat, plaats, straat_key) VALUES (" +
        std::to_string(import) + ", " + std::to_string(area) +
        ", 'X1', '9999ZZ', '7', 'postcode', 1, 'Geheimstraat', 'Elders', 'geheimstraat')");
  }
  EXPECT_TRUE(search("Geheimstraat 7")["results"].empty());
  EXPECT_TRUE(search("9999 ZZ 7")["results"].empty());
  EXPECT_TRUE(search("9999")["results"].empty());
}

TEST_F(SearchApi, RefusesABadTextInDutch) {
  const auto login = log_in("lezer");
  for (const std::string& path :
       {std::string("/api/v1/zoeken"), std::string("/api/v1/zoeken?q="),
        std::string("/api/v1/zoeken?q=a"), std::string("/api/v1/zoeken?q=%20%20%21%20"),
        "/api/v1/zoeken?q=" + std::string(101, 'a'), std::string("/api/v1/zoeken?q=caf%E9")}) {
    const auto answer = get_json(path, login, 400);
    const std::string message = answer.value("message", "");
    EXPECT_TRUE(message.find("zoek") != std::string::npos ||
                message.find("Typ") != std::string::npos)
        << path << ": " << message;
    EXPECT_EQ(answer.value("field", ""), "q") << path;
  }
  // 100 characters (accents count as one) are fine.
  get_json("/api/v1/zoeken?q=" + encoded(std::string(98, 'a') + "\xC3\xA9\xC3\xA9"), login, 200);
}

}  // namespace
}  // namespace leefbaar::testing
