// The sample as a whole: determinism, counts, the run file, the stock export and the actuals.
#include <gdal/ogrsf_frmts.h>
#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "sample_fixture.hpp"

namespace leefbaar::sample::testing {
namespace {

TEST(Sample, WritesByteIdenticalFilesOnEveryRun) {
  const Written& first = sample();
  const std::filesystem::path again = temp_folder("again");
  const SampleReport second = write_sample(again);
  EXPECT_EQ(second.files, first.report.files);
  std::set<std::string> on_disk;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(first.dir)) {
    if (entry.is_regular_file())
      on_disk.insert(std::filesystem::relative(entry.path(), first.dir).generic_string());
  }
  EXPECT_EQ(on_disk, std::set<std::string>(first.report.files.begin(), first.report.files.end()));
  for (const std::string& file : first.report.files) {
    EXPECT_EQ(read_file(first.dir / file), read_file(again / file))
        << file << " differs between two runs";
  }
}

TEST(Sample, HasTheCorporationsUnitsInItsEightGemeenten) {
  const SampleReport& r = sample().report;
  EXPECT_EQ(r.units, 16000);
  const std::map<std::string, long long> expected = {
      {"Assen", 9400},    {"Midden-Drenthe", 1900}, {"Ooststellingwerf", 1700},
      {"De Wolden", 900}, {"Westerveld", 800},      {"Noordenveld", 700},
      {"Meppel", 350},    {"Hoogeveen", 250}};
  EXPECT_EQ(r.units_per_gemeente, expected);
  EXPECT_EQ(r.gemeenten, 8);
  EXPECT_GE(r.buurten, 100);
  EXPECT_GE(r.grid_cells, 1000);
  EXPECT_EQ(r.located_rd + r.located_wgs84 + r.located_postcode + r.located_buurtcode +
                r.no_location + r.outside_buurten + r.unknown_postcode,
            r.units);
  EXPECT_EQ(r.located_wgs84, 300);
  EXPECT_EQ(r.located_postcode, 350);
  EXPECT_EQ(r.located_buurtcode, 60);
  EXPECT_EQ(r.no_location, 25);
  EXPECT_EQ(r.outside_buurten, 15);
  EXPECT_EQ(r.unknown_postcode, 20);
  EXPECT_EQ(r.on_edge_units.size(), 3u);
  EXPECT_FALSE(r.buurten_without_scores.empty());
  EXPECT_FALSE(r.small_buurten.empty());
}

TEST(Sample, ExpectsTheSourceDocumentsFocusGemeentenAndARealisticColourMix) {
  const SampleReport& r = sample().report;
  EXPECT_EQ(r.expected_focus_gemeenten,
            (std::vector<std::string>{"Ooststellingwerf", "Assen", "Midden-Drenthe"}));
  const double total = r.expected_orange + r.expected_yellow + r.expected_green;
  EXPECT_GE(r.expected_orange / total, 0.10);
  EXPECT_LE(r.expected_orange / total, 0.20);
  EXPECT_GE(r.expected_yellow / total, 0.15);
  EXPECT_LE(r.expected_yellow / total, 0.25);
}

TEST(Sample, RunFileIsValidTomlWithTheContractsKeys) {
  const toml::table run = toml::parse_file((sample().dir / "RUN.toml").string());
  EXPECT_EQ(run["programme"]["edition"].value<int64_t>(), 2018);
  EXPECT_EQ(run["programme"]["trend"][0].value<int64_t>(), 2014);
  EXPECT_EQ(run["programme"]["trend"][1].value<int64_t>(), 2018);
  EXPECT_EQ(run["inputs"]["scores"].as_array()->size(), 5u);
  for (const char* key :
       {"buurten", "wijken", "gemeenten", "grid", "pc6hnr", "stock", "actuals", "bag"}) {
    const auto path = run["inputs"][key].value<std::string>();
    ASSERT_TRUE(path.has_value()) << key;
    EXPECT_TRUE(std::filesystem::exists(sample().dir / *path)) << *path;
  }
  for (const auto& score : *run["inputs"]["scores"].as_array()) {
    EXPECT_TRUE(std::filesystem::exists(sample().dir / *score.value<std::string>()));
  }
  EXPECT_EQ(run["stock"]["columns"]["id"].value<std::string>(), "vhe");
  EXPECT_EQ(run["classification"]["yellow"].value<double>(), -0.5);
  EXPECT_EQ(run["budget"]["total"].value<int64_t>(), 1199000);
  EXPECT_EQ(run["budget"]["weights"]["plusplus"].value<double>(), 4.0);
  EXPECT_EQ(run["budget"]["cap_per_daeb_unit"].value<int64_t>(), 125);
}

TEST(Sample, EveryFileSaysItIsSynthetic) {
  const std::string label = "SYNTHETISCH VOORBEELD";
  for (const char* file : {"README.txt", "RUN.toml", "geo/buurten.geojson", "geo/wijken.geojson",
                           "geo/gemeenten.geojson", "geo/grid.geojson", "geo/README.txt",
                           "lbm/README.txt", "stock/README.txt", "finance/README.txt"}) {
    EXPECT_NE(read_file(sample().dir / file).find(label), std::string::npos) << file;
  }
}

TEST(Sample, StockIsTheErpExportWithUniqueIds) {
  const std::string text = read_file(sample().dir / "stock/vhe.csv");
  ASSERT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(text.find("\r\n"), std::string::npos);
  const auto lines = lines_of(text.substr(3));
  ASSERT_EQ(lines.front(),
            "vhe;complex;straat;huisnummer;toevoeging;postcode;plaats;x;y;lat;lon;buurtcode;daeb;"
            "type;bouwjaar");
  std::set<std::string> ids;
  std::map<std::string, int> per_complex;
  int daeb = 0, letters = 0, spaced = 0, unspaced = 0, decimal_commas = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = split(lines[i], ';');
    ASSERT_EQ(f.size(), 15u) << lines[i];
    EXPECT_EQ(f[0].size(), 7u);
    EXPECT_TRUE(ids.insert(f[0]).second) << "duplicate " << f[0];
    per_complex[f[1]] += 1;
    daeb += f[12] == "ja";
    EXPECT_TRUE(f[12] == "ja" || f[12] == "nee");
    letters += !f[3].empty() && std::isalpha(static_cast<unsigned char>(f[3].back())) != 0;
    if (f[5].size() == 7) ++spaced;
    if (f[5].size() == 6) ++unspaced;
    if (!f[7].empty()) {
      EXPECT_NE(f[7].find(','), std::string::npos);
      EXPECT_FALSE(std::isnan(number(f[7])));
      ++decimal_commas;
    }
  }
  EXPECT_EQ(ids.size(), 16000u);
  EXPECT_GT(letters, 50);
  EXPECT_GT(spaced, 1000);
  EXPECT_GT(unspaced, 1000);
  EXPECT_EQ(decimal_commas, sample().report.located_rd + sample().report.outside_buurten);
  EXPECT_NEAR(daeb / 16000.0, 0.92, 0.03);
  for (const auto& [complex, n] : per_complex) EXPECT_LE(n, 120) << complex;
}

TEST(Sample, ActualsFor2019AddUpToTheAnnualReport) {
  GDALAllRegister();
  const std::string path = (sample().dir / "finance/uitgaven.xlsx").string();
  GDALDataset* ds = static_cast<GDALDataset*>(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
  ASSERT_NE(ds, nullptr);
  OGRLayer* layer = ds->GetLayerByName("Uitgaven");
  ASSERT_NE(layer, nullptr);
  const std::map<std::string, std::string> names = {{"GM0106", "Assen"},
                                                    {"106", "Assen"},
                                                    {"GM1690", "De Wolden"},
                                                    {"1690", "De Wolden"},
                                                    {"GM0118", "Hoogeveen"},
                                                    {"118", "Hoogeveen"},
                                                    {"GM0119", "Meppel"},
                                                    {"119", "Meppel"},
                                                    {"GM1731", "Midden-Drenthe"},
                                                    {"1731", "Midden-Drenthe"},
                                                    {"GM1699", "Noordenveld"},
                                                    {"1699", "Noordenveld"},
                                                    {"GM0085", "Ooststellingwerf"},
                                                    {"85", "Ooststellingwerf"},
                                                    {"GM1701", "Westerveld"},
                                                    {"1701", "Westerveld"}};
  std::map<std::string, double> per_gemeente;
  std::set<int> years;
  double total = 0;
  for (auto& feature : *layer) {
    const int year = feature->GetFieldAsInteger("jaar");
    years.insert(year);
    EXPECT_EQ(feature->GetFieldDefnRef(feature->GetFieldIndex("bedrag"))->GetType(), OFTReal);
    if (year != 2019) continue;
    std::string gemeente = feature->GetFieldAsString("gemeente");
    if (names.count(gemeente) != 0) gemeente = names.at(gemeente);
    per_gemeente[gemeente] += feature->GetFieldAsDouble("bedrag");
    total += feature->GetFieldAsDouble("bedrag");
  }
  GDALClose(ds);
  EXPECT_EQ(years, (std::set<int>{2018, 2019, 2020}));
  EXPECT_DOUBLE_EQ(total, 1199000.0);
  const std::map<std::string, double> expected = {{"Assen", 800000},
                                                  {"De Wolden", 58000},
                                                  {"Hoogeveen", 16000},
                                                  {"Meppel", 16000},
                                                  {"Midden-Drenthe", 104000},
                                                  {"Noordenveld", 19000},
                                                  {"Ooststellingwerf", 135000},
                                                  {"Westerveld", 51000}};
  EXPECT_EQ(per_gemeente, expected);
}

}  // namespace
}  // namespace leefbaar::sample::testing
