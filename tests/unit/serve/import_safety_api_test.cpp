// Issue 9, points 4 and 8, over the API on a copy of the demo store: an upload that would leave
// less than half of a kind's rows answers 409 confirm_shrink with both counts and is imported
// only with confirm=1; a quote never closed, rows with too few or too many fields and a file with
// only its header are refused with their row and change nothing; Windows-1252 records are stored
// as UTF-8 with a warning; a .vrt (naming the store or a /vsicurl/ URL) is refused for every
// kind, reads nothing and fetches nothing; an upload's own name is never the server's path.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "store/imports.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/tcp_listener.hpp"

namespace leefbaar::testing {

namespace {

class ImportSafetyApi : public DemoServerTest {
 protected:
  httplib::Result send(const Login& who, const std::string& path, const std::string& kind,
                       const std::string& name, const std::string& content, bool confirm = false) {
    return api_->post_file(&who, path, name, content, kind, confirm);
  }
  // The rows_read of the newest import of a kind, as the Gegevens page lists it.
  long long rows_of(const Login& who, const std::string& kind) {
    const auto res = api_->call("GET", "/api/v1/imports", &who);
    const auto list = nlohmann::json::parse(res->body);
    for (const auto& i : list["imports"])
      if (i["kind"] == kind) return i["rows_read"];
    return -1;
  }
  long long count_of(const std::string& path, const Login& who) {
    return static_cast<long long>(
        nlohmann::json::parse(api_->call("GET", path, &who)->body).size());
  }
};

std::string stock_csv(int n) {
  std::string out = "id;x;y\n";
  for (int i = 1; i <= n; ++i) out += fmt::format("V{:03};233{:03};557000\n", i, i);
  return out;
}

}  // namespace

TEST_F(ImportSafetyApi, AShrinkingStockAsksForConfirmationWithBothCounts) {
  const auto who = log_in("analist");
  const long long before = rows_of(who, "stock");
  ASSERT_GT(before, 10);
  auto res = send(who, "/api/v1/imports", "stock", "klein.csv", stock_csv(3));
  ASSERT_EQ(res->status, 409) << res->body;
  const auto body = nlohmann::json::parse(res->body);
  EXPECT_EQ(body["code"], "confirm_shrink");
  EXPECT_EQ(body["field"], "");
  EXPECT_EQ(body["before"], before);
  EXPECT_EQ(body["after"], 3);
  const std::string message = body["message"];
  EXPECT_NE(message.find(fmt::format("van {} naar 3 rijen", before)), std::string::npos) << message;
  EXPECT_EQ(rows_of(who, "stock"), before);
  res = send(who, "/api/v1/imports", "stock", "klein.csv", stock_csv(3), true);
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(rows_of(who, "stock"), 3);
}

TEST_F(ImportSafetyApi, BrokenStockFilesAreRefusedWithTheirRowAndChangeNothing) {
  const auto who = log_in("analist");
  const long long before = rows_of(who, "stock");
  const std::string good = stock_csv(5);
  for (const auto& [content, expected] :
       {std::pair{good + "V006;\"233006;557000\n" + good.substr(7), "rij 7: een aanhalingsteken"},
        std::pair{good + "V006;233006\n", "rij 7: 2 velden gevonden, verwacht 3"},
        std::pair{good + "V006;233006;557000;x\n", "rij 7: 4 velden gevonden, verwacht 3"},
        std::pair{std::string("id;x;y\n"), "rij 1: het bestand heeft geen rijen"}}) {
    for (const bool confirm : {false, true}) {
      const auto res = send(who, "/api/v1/imports", "stock", "woningen.csv", content, confirm);
      ASSERT_EQ(res->status, 422) << res->body;
      const std::string message = nlohmann::json::parse(res->body)["message"];
      EXPECT_NE(message.find(fmt::format("woningen.csv, {}", expected)), std::string::npos)
          << message;
    }
  }
  EXPECT_EQ(rows_of(who, "stock"), before);
}

TEST_F(ImportSafetyApi, RecordsOfEarlierYearsRefuseBrokenFilesAndConvertWindows1252) {
  const auto who = log_in("analist");
  const std::string header = "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n";
  const std::string row = "2023-05-01;WK010601;feest;Caf\xE9 op het plein;Basis;welzijn;40;250\n";
  for (const auto& [content, problem_row] :
       {std::pair{header + row + "2023-05-02;\"WK010601;feest\n", 3},
        std::pair{header + row + "2023-05-02;WK010601\n", 3},
        std::pair{header + row + "2023-05-02;" + row, 3}, std::pair{header, 1}}) {
    const auto res = send(who, "/api/v1/registraties/activiteiten/import", "", "act.csv", content);
    ASSERT_EQ(res->status, 422) << res->body;
    const auto body = nlohmann::json::parse(res->body);
    EXPECT_EQ(body["problems"][0]["row"], problem_row) << res->body;
  }
  const auto res =
      send(who, "/api/v1/registraties/activiteiten/import", "", "act.csv", header + row);
  ASSERT_EQ(res->status, 201) << res->body;
  const auto body = nlohmann::json::parse(res->body);
  EXPECT_EQ(body["added"], 1);
  ASSERT_EQ(body["warnings"].size(), 1u);
  EXPECT_NE(body["warnings"][0].get<std::string>().find("Windows-1252"), std::string::npos);
  // The activities list (which answered 500 on such a row) shows it as UTF-8.
  const auto list = api_->call("GET", "/api/v1/wijkwerk/activiteiten?year=2023", &who);
  ASSERT_EQ(list->status, 200) << list->body;
  EXPECT_NE(list->body.find("Caf\xC3\xA9 op het plein"), std::string::npos);
}

TEST_F(ImportSafetyApi, AVirtualFileIsRefusedForEveryKindReadsNothingAndFetchesNothing) {
  const auto who = log_in("analist");
  TcpListener listener;
  const std::string url = fmt::format("/vsicurl/http://127.0.0.1:{}/bron.csv", listener.port());
  const std::string sql =
      "SELECT email AS buurtcode, password_hash AS buurtnaam, email AS grid_id, email AS id, "
      "email AS identificatie, email AS pc6, email AS gemeente FROM users";
  const auto from_store = vrt_reading(store_file().string(), sql);
  const auto from_url = vrt_reading(url, "");
  const auto imports_before = api_->call("GET", "/api/v1/imports", &who)->body;
  for (const char* kind : store::kImportKinds) {
    for (const auto& content : {from_store, from_url}) {
      for (const auto& name : {"buurten.vrt", "buurten.gpkg", "buurten.geojson", "buurten.csv",
                               "buurten.xlsx", "../../buurten.vrt"}) {
        const auto res = send(who, "/api/v1/imports", kind, name, content);
        EXPECT_EQ(res->status, 422) << kind << " " << name << ": " << res->body;
        EXPECT_EQ(res->body.find("@demo.leefbaar.nl"), std::string::npos) << res->body;
        EXPECT_EQ(res->body.find("$argon2"), std::string::npos) << res->body;
      }
    }
  }
  for (const char* soort :
       {"initiatieven", "activiteiten", "uitgaven", "bemiddelingszaken", "werken"}) {
    for (const auto& content : {from_store, from_url}) {
      for (const auto& name : {"x.vrt", "x.xlsx", "x.csv"}) {
        const auto res =
            send(who, fmt::format("/api/v1/registraties/{}/import", soort), "", name, content);
        EXPECT_EQ(res->status, 422) << soort << " " << name << ": " << res->body;
        EXPECT_EQ(res->body.find("@demo.leefbaar.nl"), std::string::npos) << res->body;
      }
    }
  }
  EXPECT_EQ(api_->call("GET", "/api/v1/imports", &who)->body, imports_before);
  EXPECT_FALSE(listener.contacted());
  // Log-in still works: the store was not opened by GDAL behind the server's back.
  EXPECT_FALSE(log_in("beheerder").cookie.empty());
}

TEST_F(ImportSafetyApi, AnUploadIsStoredUnderTheServersOwnName) {
  const auto who = log_in("analist");
  std::ifstream in(std::filesystem::path(LEEFBAAR_TEST_DATA) / "amstelveen-buurten.geojson");
  const std::string geojson((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string name = "../../lb-upload-name-test.gpkg";
  const auto res = send(who, "/api/v1/imports", "wijken", name, geojson, true);
  EXPECT_TRUE(res->status == 201 || res->status == 422) << res->body;
  const auto tmp = std::filesystem::temp_directory_path();
  EXPECT_FALSE(std::filesystem::exists(tmp / name));
  EXPECT_FALSE(std::filesystem::exists(tmp / "lb-upload-name-test.gpkg"));
  EXPECT_FALSE(std::filesystem::exists("/lb-upload-name-test.gpkg"));
  // A companion's extension is no upload of its own.
  for (const char* companion : {"woningen.csvt", "buurten.prj", "buurten.vrt", "x"})
    EXPECT_EQ(send(who, "/api/v1/imports", "stock", companion, stock_csv(30))->status, 422)
        << companion;
}

}  // namespace leefbaar::testing
