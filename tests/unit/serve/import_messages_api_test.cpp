// The Gegevens page's imports in plain Dutch (issue 11): every kind has an example file that
// reads without a problem, and every bad file of every kind is refused with a Dutch message that
// names the file and what was wrong, with no English sentence in it.
#include <gtest/gtest.h>

#include <regex>

#include "core/programme_records.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

class ImportMessagesApi : public DemoServerTest {};

// Words of English sentences that are no Dutch words; a message with one of them is English.
const std::regex kEnglish(
    R"(\b(the|expected|found|missing|required|column|columns|row|rows|cannot|must|should|unit|)"
    R"(units|unknown|invalid|duplicate|field|fields|file|value|number|with|without|which|are|)"
    R"(has|have|not|no|every|could|listed|mapped|only|empty|none|read|error|failed)\b)",
    std::regex::icase);

struct BadFile {
  std::string kind, name, content;
};

std::vector<BadFile> bad_files() {
  const std::string polygon =
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"naam":"x"},)"
      R"("geometry":{"type":"Polygon","coordinates":[[[6.5,52.9],[6.6,52.9],[6.6,53.0],[6.5,52.9]]]}}]})";
  const std::string point =
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"naam":"x"},)"
      R"("geometry":{"type":"Point","coordinates":[6.56,52.99]}}]})";
  return {
      {"scores", "kolommen.csv", "a,b\n1,2\n"},
      {"scores", "getal.csv",
       "bu_code,bu_naam,jaar,lbm,afw,fys,onv,soc,vrz,won\nBU00850001,X,2014,4.1,abc,0,0,0,0,0\n"},
      {"scores", "weinig.csv", "bu_code,bu_naam,jaar,lbm,afw\nBU00850001,X,2014,4.1,0.1\n"},
      {"scores", "jaar.csv",
       "bu_code,bu_naam,jaar,lbm,afw,fys,onv,soc,vrz,won\nBU00850001,X,twee,4.1,0,0,0,0,0,0\n"},
      {"scores", "aanhalingsteken.csv", "bu_code,bu_naam,jaar\n\"BU1,X,2014\n"},
      {"scores", "utf16.csv", std::string("\xff\xfe\x00g\x00", 5)},
      {"scores", "alleen-kop.csv", "bu_code,bu_naam,jaar,lbm,afw,fys,onv,soc,vrz,won\n"},
      {"stock", "geen-nummer.csv", "x;y\n1;2\n"},
      {"stock", "dubbel.csv", "vhe;postcode;huisnummer\n1;9401 BJ;5\n1;9401 BJ;6\n"},
      {"stock", "coordinaat.csv", "vhe;x;y\n1;abc;557145\n"},
      {"stock", "daeb.csv", "vhe;postcode;huisnummer;daeb\n1;9401BJ;5;misschien\n"},
      {"stock", "vlakken.geojson", polygon},
      {"stock", "geen-nummer.geojson", point},
      {"stock", "kapot.geojson", "dit is geen json"},
      {"buurten", "leeg.geojson", R"({"type":"FeatureCollection","features":[]})"},
      {"buurten", "geen-code.geojson", polygon},
      {"buurten", "kapot.geojson", "dit is geen json"},
      {"wijken", "geen-code.geojson", polygon},
      {"gemeenten", "geen-code.geojson", polygon},
      {"grid", "geen-id.geojson", polygon},
      {"pc6hnr", "kolommen.csv", "PC6;Huisnummer\n7901BG;23\n"},
      {"pc6hnr", "anders.csv", "a;b\n1;2\n"},
      {"actuals", "jaar.csv", "gemeente;jaar;bedrag\nGM0106;x;100\n"},
      {"actuals", "bedrag.csv", "gemeente;jaar;bedrag\nGM0106;2019;veel\n"},
      {"actuals", "kolommen.csv", "a;b\n1;2\n"},
      {"bag", "kolommen.csv", "identificatie;postcode\n1;9401BJ\n"},
      {"bag", "punten.geojson", point},
      {"bag", "postcode.csv",
       "identificatie;postcode;huisnummer;x;y\n0106010000000001;94O1BJ;5;233412;557145\n"},
      {"stock", "foto.png", "\x89PNG"},
  };
}

TEST_F(ImportMessagesApi, EveryKindHasAnExampleFileThatReads) {
  const auto who = log_in("beheerder");
  for (const char* kind : kImportKinds) {
    SCOPED_TRACE(kind);
    const auto example = download(std::string("/api/v1/imports/voorbeeld?kind=") + kind, who);
    const std::string disposition = example->get_header_value("Content-Disposition");
    const auto start = disposition.find("voorbeeld-");
    ASSERT_NE(start, std::string::npos) << disposition;
    const std::string name = disposition.substr(start, disposition.rfind('"') - start);
    // Read and checked: imported (201), or refused only because it would replace most of the
    // demo's rows of the kind (409 confirm_shrink), never refused as a bad file.
    const auto res = api_->upload(&who, kind, name, example->body);
    EXPECT_TRUE(res->status == 201 || res->status == 409) << res->status << " " << res->body;
  }
  download("/api/v1/imports/voorbeeld?kind=foto", who, 400);
  download("/api/v1/imports/voorbeeld?kind=scores", log_in("wijkteam"), 403);
}

TEST_F(ImportMessagesApi, EveryBadFileIsRefusedInDutchNamingTheFile) {
  const auto who = log_in("beheerder");
  const auto imports_before = count("imports");
  for (const auto& bad : bad_files()) {
    SCOPED_TRACE(bad.kind + " " + bad.name);
    const auto res = api_->upload(&who, bad.kind, bad.name, bad.content);
    ASSERT_EQ(res->status, 422) << res->body;
    const auto message = nlohmann::json::parse(res->body)["message"].get<std::string>();
    EXPECT_FALSE(std::regex_search(message, kEnglish)) << message;
    const bool names_file = message.find(bad.name) != std::string::npos ||
                            message.find("Dit soort bestand") != std::string::npos;
    EXPECT_TRUE(names_file) << message;
  }
  EXPECT_EQ(count("imports"), imports_before);
}

TEST_F(ImportMessagesApi, EveryUncoupledUnitHasItsReason) {
  const auto quality = get_json("/api/v1/kwaliteit", log_in("analist"));
  ASSERT_FALSE(quality["uncoupled"].empty());
  for (const auto& u : quality["uncoupled"]) {
    const std::string reason = u["reason"].get<std::string>();
    EXPECT_GT(reason.size(), 10u) << u.dump();
    EXPECT_FALSE(std::regex_search(reason, kEnglish)) << reason;
  }
}

}  // namespace

}  // namespace leefbaar::testing
