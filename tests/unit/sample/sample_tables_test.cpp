// The sample's tables: Leefbaarometer score files, the CBS pc6hnr table, and how they fit the areas
// and the stock.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "sample_fixture.hpp"

namespace leefbaar::sample::testing {
namespace {

struct ScoreFile {
  std::string header;
  std::set<std::string> codes;
  std::map<std::string, std::set<int>> years;
  long long rows = 0;
};

// Reads a score file and checks every row's identities on the way.
ScoreFile read_scores(const std::string& file, std::size_t id_columns) {
  ScoreFile out;
  const auto lines = lines_of(read_file(sample().dir / file));
  out.header = lines.front();
  const std::size_t first_score = id_columns + 1;  // after the ids and jaar
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = split(lines[i], ',');
    EXPECT_EQ(f.size(), id_columns + 8) << file << ": " << lines[i];
    if (f.size() != id_columns + 8) continue;
    const std::string code = f[id_columns == 3 ? 1 : 0];
    out.codes.insert(code);
    out.years[code].insert(std::stoi(f[id_columns]));
    const double lbm = number(f[first_score]), afw = number(f[first_score + 1]);
    double sum = 0;
    for (std::size_t d = 0; d < 5; ++d) {
      const double v = number(f[first_score + 2 + d]);
      EXPECT_LT(std::abs(v), 0.3) << file << ": " << lines[i];
      sum += v;
    }
    EXPECT_NEAR(afw, sum, 1e-12) << file << ": " << lines[i];
    EXPECT_NEAR(lbm - afw, 4.1022648, 1e-12) << file << ": " << lines[i];
    EXPECT_LT(std::abs(afw), 0.5) << file << ": " << lines[i];
    ++out.rows;
  }
  return out;
}

std::set<std::string> property_values(const std::string& file, const std::string& name) {
  std::ifstream in(sample().dir / file);
  const auto doc = nlohmann::json::parse(in);
  std::set<std::string> out;
  for (const auto& f : doc.at("features"))
    out.insert(f.at("properties").at(name).get<std::string>());
  return out;
}

struct StockRow {
  std::string id, postcode, number, buurtcode;
  bool has_xy = false, has_latlon = false;
};

std::vector<StockRow> stock() {
  std::vector<StockRow> out;
  const auto lines = lines_of(read_file(sample().dir / "stock/vhe.csv").substr(3));
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = split(lines[i], ';');
    out.push_back({f[0], f[5], f[3], f[11], !f[7].empty(), !f[9].empty()});
  }
  return out;
}

std::string without_space(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

TEST(SampleTables, ScoreRowsKeepTheLeefbaarometerIdentities) {
  const std::set<int> editions = {2014, 2016, 2018, 2020, 2022, 2024};
  const ScoreFile grid = read_scores("lbm/grid.csv", 1);
  EXPECT_EQ(grid.header, "grid_id,jaar,lbm,afw,fys,onv,soc,vrz,won");
  const ScoreFile buurten = read_scores("lbm/buurten.csv", 2);
  EXPECT_EQ(buurten.header, "bu_code,bu_naam,jaar,lbm,afw,fys,onv,soc,vrz,won");
  const ScoreFile pc4 = read_scores("lbm/pc4.csv", 1);
  EXPECT_EQ(pc4.header, "pc4,jaar,lbm,afw,fys,onv,soc,vrz,won");
  const ScoreFile wijken = read_scores("lbm/wijken.csv", 3);
  EXPECT_EQ(wijken.header, "1,wk_code,wk_naam,jaar,lbm,afw,fys,onv,soc,vrz,won");
  const ScoreFile gemeenten = read_scores("lbm/gemeenten.csv", 2);
  EXPECT_EQ(gemeenten.header, "gm_code,gm_naam,jaar,lbm,afw,fys,onv,soc,vrz,won");
  for (const ScoreFile* f : {&buurten, &pc4, &wijken, &gemeenten}) {
    for (const auto& [code, years] : f->years) EXPECT_EQ(years, editions) << code;
  }
  for (const auto& [code, file] : sample().report.score_rows) EXPECT_GT(file, 0) << code;
  EXPECT_EQ(sample().report.score_rows.at("lbm/grid.csv"), grid.rows);
}

TEST(SampleTables, WijkAndGemeenteTablesCoverEveryArea) {
  EXPECT_EQ(read_scores("lbm/wijken.csv", 3).codes,
            property_values("geo/wijken.geojson", "statcode"));
  EXPECT_EQ(read_scores("lbm/gemeenten.csv", 2).codes,
            property_values("geo/gemeenten.geojson", "statcode"));
  EXPECT_EQ(read_scores("lbm/grid.csv", 1).codes, property_values("geo/grid.geojson", "grid_id"));
}

TEST(SampleTables, SomeBuurtenHaveNoScoresAndPc4CoversTheStock) {
  const ScoreFile buurten = read_scores("lbm/buurten.csv", 2);
  for (const std::string& code : sample().report.buurten_without_scores)
    EXPECT_EQ(buurten.codes.count(code), 0u) << code;
  EXPECT_EQ(buurten.codes.count(sample().report.water_buurt), 0u);
  EXPECT_EQ(buurten.codes.count(sample().report.enclave_buurt), 1u);
  const ScoreFile pc4 = read_scores("lbm/pc4.csv", 1);
  for (const StockRow& u : stock()) {
    if (!u.postcode.empty()) {
      EXPECT_EQ(pc4.codes.count(u.postcode.substr(0, 4)), 1u) << u.postcode;
    }
  }
}

TEST(SampleTables, Pc6hnrLocatesThePostcodeOnlyUnitsBarTwenty) {
  const auto lines = lines_of(read_file(sample().dir / "geo/pc6hnr2023.csv"));
  ASSERT_EQ(lines.front(), "PC6;Huisnummer;Buurt2023;Wijk2023;Gemeente2023");
  std::set<std::pair<std::string, std::string>> addresses;
  std::set<std::string> pc6s;
  const std::set<std::string> buurt_codes = property_values("geo/buurten.geojson", "buurtcode");
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = split(lines[i], ';');
    ASSERT_EQ(f.size(), 5u);
    EXPECT_TRUE(addresses.insert({f[0], f[1]}).second) << lines[i];
    pc6s.insert(f[0]);
    // Bare numbers: BU + zero-padded digits gives a buurt of the sample, consistent with wijk and
    // gemeente.
    const std::string buurt = "BU" + std::string(8 - f[2].size(), '0') + f[2];
    EXPECT_EQ(buurt_codes.count(buurt), 1u) << lines[i];
    EXPECT_EQ(std::string(6 - f[3].size(), '0') + f[3], buurt.substr(2, 6)) << lines[i];
    EXPECT_EQ(std::string(4 - f[4].size(), '0') + f[4], buurt.substr(2, 4)) << lines[i];
  }
  EXPECT_EQ(static_cast<long long>(lines.size()) - 1, sample().report.pc6hnr_rows);
  int found = 0, unknown_number = 0, unknown_pc6 = 0;
  for (const StockRow& u : stock()) {
    if (u.has_xy || u.has_latlon || u.postcode.empty()) continue;
    std::string digits;
    for (char c : u.number) {
      if (!std::isdigit(static_cast<unsigned char>(c))) break;
      digits += c;
    }
    const std::string pc6 = without_space(u.postcode);
    if (addresses.count({pc6, digits}) != 0) {
      ++found;
    } else if (pc6s.count(pc6) != 0) {
      ++unknown_number;
    } else {
      ++unknown_pc6;
    }
  }
  EXPECT_EQ(found, 350);
  EXPECT_EQ(unknown_number, 10);
  EXPECT_EQ(unknown_pc6, 10);
}

TEST(SampleTables, BuurtcodeOnlyUnitsNameSampleBuurten) {
  const std::set<std::string> buurt_codes = property_values("geo/buurten.geojson", "buurtcode");
  int count = 0;
  for (const StockRow& u : stock()) {
    if (u.buurtcode.empty()) continue;
    ++count;
    EXPECT_EQ(buurt_codes.count(u.buurtcode), 1u) << u.buurtcode;
    EXPECT_TRUE(u.postcode.empty() && !u.has_xy && !u.has_latlon) << u.id;
  }
  EXPECT_EQ(count, 60);
}

TEST(SampleTables, BagHasEveryAddressOfThePc6hnrTableAndOneRowPerUnit) {
  const auto lines = lines_of(read_file(sample().dir / "geo/bag_verblijfsobjecten.csv"));
  ASSERT_EQ(lines.front(),
            "identificatie;postcode;huisnummer;huisletter;huisnummertoevoeging;gebruiksdoel;x;y");
  std::set<std::string> ids;
  std::set<std::pair<std::string, std::string>> numbers;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = split(lines[i], ';');
    ASSERT_EQ(f.size(), 8u) << lines[i];
    EXPECT_EQ(f[0].size(), 16u) << lines[i];
    EXPECT_TRUE(ids.insert(f[0]).second) << "duplicate " << f[0];
    EXPECT_EQ(f[5], "woonfunctie");
    // RD New in the sample's part of Drenthe and Friesland.
    EXPECT_GT(number(f[6]), 180000) << lines[i];
    EXPECT_LT(number(f[7]), 580000) << lines[i];
    numbers.insert({f[1], f[2]});
  }
  EXPECT_EQ(static_cast<long long>(lines.size()) - 1, sample().report.bag_rows);
  EXPECT_GE(sample().report.bag_rows, sample().report.units);
  const auto pc6hnr = lines_of(read_file(sample().dir / "geo/pc6hnr2023.csv"));
  for (std::size_t i = 1; i < pc6hnr.size(); ++i) {
    const auto f = split(pc6hnr[i], ';');
    EXPECT_EQ(numbers.count({f[0], f[1]}), 1u) << pc6hnr[i];
  }
}

}  // namespace
}  // namespace leefbaar::sample::testing
