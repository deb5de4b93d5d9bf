// The Gemeenten downloads read as Dutch Excel reads them (issue 11): the CSV with a byte order
// mark, semicolons, decimal commas, Dutch headers and ja/nee; the XLSX with real numbers, a frozen
// Dutch header row and a sheet that explains every column. Both are checked figure by figure
// against the programme the page shows (GET /api/v1/programma).
#include <gdal/gdal_priv.h>
#include <gdal/ogrsf_frmts.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "import/gdal_env.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

using Row = std::map<std::string, std::string>;

// Dutch Excel's reading of a CSV: UTF-8 with a byte order mark, ';' between fields, CRLF lines.
// The gemeenten table holds no quoted fields (names without ';' or quotes).
std::vector<Row> read_as_dutch_excel(const std::string& csv) {
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u) << "no byte order mark";
  std::istringstream in(csv.substr(3));
  std::vector<std::string> header;
  std::vector<Row> rows;
  for (std::string line; std::getline(in, line);) {
    EXPECT_FALSE(line.empty() || line.back() != '\r') << "not a CRLF line: " << line;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string f; std::getline(cells, f, ';');) fields.push_back(f);
    if (!line.empty() && line.back() == ';') fields.emplace_back();
    if (header.empty()) {
      header = fields;
      continue;
    }
    EXPECT_EQ(fields.size(), header.size()) << line;
    Row row;
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) row[header[i]] = fields[i];
    rows.push_back(row);
  }
  return rows;
}

// "1.234,56" or "-0,125" as Dutch Excel reads a number; NaN when it is none.
double dutch_number(std::string text) {
  std::string plain;
  for (char c : text)
    if (c != '.') plain += c == ',' ? '.' : c;
  char* end = nullptr;
  const double v = std::strtod(plain.c_str(), &end);
  return plain.empty() || *end != '\0' ? std::nan("") : v;
}

class DownloadsApi : public DemoServerTest {
 protected:
  std::map<std::string, nlohmann::json> programme_gemeenten(const Login& who) const {
    std::map<std::string, nlohmann::json> out;
    const auto programme = get_json("/api/v1/programma", who);
    for (const auto& g : programme["gemeenten"]) out[g["code"].get<std::string>()] = g;
    return out;
  }
};

TEST_F(DownloadsApi, TheGemeentenCsvOpensInDutchExcelWithTheProgrammesFigures) {
  const auto who = log_in("analist");
  const auto programme = programme_gemeenten(who);
  const auto res = download("/api/v1/programma/gemeenten.csv", who);
  EXPECT_NE(res->get_header_value("Content-Disposition").find("gemeenten.csv"), std::string::npos);
  EXPECT_EQ(res->body.find("true"), std::string::npos);
  EXPECT_EQ(res->body.find("false"), std::string::npos);
  const auto rows = read_as_dutch_excel(res->body);
  ASSERT_EQ(rows.size(), programme.size());
  for (const auto& row : rows) {
    for (const char* column :
         {"gemeentecode", "gemeente", "eenheden", "DAEB-eenheden", "focusgemeente",
          "score leefbaarheid (afwijking)", "z-waarde woningvoorraad", "verschil"})
      ASSERT_EQ(row.count(column), 1u) << column;
    const auto& g = programme.at(row.at("gemeentecode"));
    SCOPED_TRACE(row.at("gemeentecode"));
    EXPECT_EQ(row.at("gemeente"), g["name"].get<std::string>());
    EXPECT_EQ(dutch_number(row.at("eenheden")), g["units"].get<double>());
    EXPECT_EQ(dutch_number(row.at("DAEB-eenheden")), g["daeb_units"].get<double>());
    EXPECT_EQ(row.at("focusgemeente"), g["focus"].get<bool>() ? "ja" : "nee");
    // Three decimals, with a comma.
    const std::string score = row.at("score leefbaarheid (afwijking)");
    ASSERT_NE(score.find(','), std::string::npos) << score;
    EXPECT_EQ(score.size() - score.find(',') - 1, 3u) << score;
    EXPECT_NEAR(dutch_number(score), g["mean_afw"].get<double>(), 0.0005);
    // Euros with cents: the plan of the page, to the cent.
    std::string plan_column;
    for (const auto& [name, value] : row)
      if (name.rfind("gepland budget", 0) == 0) plan_column = name;
    ASSERT_FALSE(plan_column.empty());
    EXPECT_NEAR(dutch_number(row.at(plan_column)), g["plan"].get<double>(), 0.005);
    if (g["actual"].is_null()) {
      EXPECT_EQ(row.at("verschil"), "");
    } else {
      EXPECT_NEAR(dutch_number(row.at("verschil")), g["difference"].get<double>(), 0.005);
    }
  }
}

TEST_F(DownloadsApi, TheGemeentenXlsxHasRealNumbersDutchHeadersAndAnExplanation) {
  const auto who = log_in("lezer");
  const auto programme = programme_gemeenten(who);
  const auto res = download("/api/v1/programma/gemeenten.xlsx", who);
  TempDir dir;
  const auto file = dir.path() / "gemeenten.xlsx";
  std::ofstream(file, std::ios::binary) << res->body;
  gdal::ensure_registered();
  const auto ds = gdal::open_vector(file, {"XLSX"}, {"HEADERS=FORCE"});
  ASSERT_EQ(ds->GetLayerCount(), 2);
  OGRLayer* table = ds->GetLayer(0);
  EXPECT_STREQ(table->GetName(), "gemeenten");
  const OGRFeatureDefn* defn = table->GetLayerDefn();
  const int units = defn->GetFieldIndex("eenheden");
  const int score = defn->GetFieldIndex("score leefbaarheid (afwijking)");
  const int focus = defn->GetFieldIndex("focusgemeente");
  ASSERT_GE(units, 0);
  ASSERT_GE(score, 0);
  ASSERT_GE(focus, 0);
  EXPECT_EQ(defn->GetFieldDefn(units)->GetType(), OFTInteger);
  EXPECT_EQ(defn->GetFieldDefn(score)->GetType(), OFTReal);
  std::size_t seen = 0;
  for (auto& f : *table) {
    const auto& g = programme.at(f->GetFieldAsString(0));
    EXPECT_EQ(f->GetFieldAsInteger64(units), g["units"].get<long long>());
    EXPECT_NEAR(f->GetFieldAsDouble(score), g["mean_afw"].get<double>(), 1e-9);
    EXPECT_STREQ(f->GetFieldAsString(focus), g["focus"].get<bool>() ? "ja" : "nee");
    ++seen;
  }
  EXPECT_EQ(seen, programme.size());
  // The explanation: one row per column of the table, each with a sentence.
  OGRLayer* explanation = ds->GetLayer(1);
  EXPECT_STREQ(explanation->GetName(), "toelichting");
  std::map<std::string, std::string> meaning;
  for (auto& f : *explanation) meaning[f->GetFieldAsString(0)] = f->GetFieldAsString(1);
  for (int c = 0; c < defn->GetFieldCount(); ++c) {
    const std::string column = defn->GetFieldDefn(c)->GetNameRef();
    ASSERT_EQ(meaning.count(column), 1u) << column;
    EXPECT_GT(meaning[column].size(), 20u) << column;
  }
  EXPECT_NE(meaning["z-waarde leefbaarheid (afwijking)"].find("meetlat"), std::string::npos);
}

}  // namespace

}  // namespace leefbaar::testing
