// The commands end to end: the programme on the sample work area, inspect on real files, and every
// kind of bad input with its message and exit code (and no partial output folder).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace fs = std::filesystem;

namespace {

struct Result {
  int code = -1;
  std::string out;  // stdout and stderr together
};

std::string quote(const std::string& s) {
  return "'" + s + "'";
}

Result run(const std::string& args) {
  const std::string command = std::string(LEEFBAAR_BIN) + " -q " + args + " 2>&1";
  Result r;
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buffer{};
  while (fgets(buffer.data(), buffer.size(), pipe) != nullptr) r.out += buffer.data();
  const int status = pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string first_line(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}

std::vector<std::vector<std::string>> csv_rows(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::vector<std::vector<std::string>> rows;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.emplace_back();
    rows.push_back(cells);
  }
  return rows;
}

void replace_in_file(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = read_file(file);
  const auto pos = text.find(from);
  ASSERT_NE(pos, std::string::npos) << from << " not in " << file;
  text.replace(pos, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

// The sample and its programme output in `dir` (sample/, out/).
void write_sample_and_run(const fs::path& dir) {
  const auto r = run("sample " + quote((dir / "sample").string()));
  ASSERT_EQ(r.code, 0) << r.out;
  const auto p = run("programme " + quote((dir / "sample" / "RUN.toml").string()) + " --out " +
                     quote((dir / "out").string()));
  ASSERT_EQ(p.code, 0) << p.out;
}

// Written once per ctest run by the cli_sample fixture (CMakeLists.txt); each process copies it.
fs::path sample_fixture() {
  const char* dir = std::getenv("LEEFBAAR_SAMPLE_FIXTURE");
  return dir && *dir ? fs::path(dir) : fs::path();
}

class SampleRun : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const auto fixture = sample_fixture();
    if (!fixture.empty() && fs::exists(fixture / "out" / "summary.md")) {
      fs::copy(fixture, dir_->path(), fs::copy_options::recursive);
      return;
    }
    write_sample_and_run(dir_->path());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static fs::path sample(const std::string& name = {}) { return dir_->path() / "sample" / name; }
  static fs::path out() { return dir_->path() / "out"; }

  // A copy of the sample to break, and the command that runs it into a fresh output folder.
  fs::path broken_copy(const std::string& name) {
    const fs::path copy = dir_->path() / name;
    fs::remove_all(copy);
    fs::copy(sample(), copy, fs::copy_options::recursive);
    return copy;
  }
  Result run_copy(const fs::path& copy) {
    return run("programme " + quote((copy / "RUN.toml").string()) + " --out " +
               quote((copy / "out").string()));
  }
  void expect_failure(const fs::path& copy, const Result& r,
                      const std::vector<std::string>& parts) {
    EXPECT_EQ(r.code, 1) << r.out;
    EXPECT_EQ(r.out.rfind("error: ", 0), 0u) << r.out;
    for (const auto& part : parts)
      EXPECT_NE(r.out.find(part), std::string::npos) << "missing '" << part << "' in: " << r.out;
    EXPECT_FALSE(fs::exists(copy / "out")) << "a partial output folder was left";
    for (const auto& entry : fs::directory_iterator(copy)) {
      EXPECT_EQ(entry.path().filename().string().find(".out.writing"), std::string::npos);
    }
  }

  // A copy with one text in one file replaced, which the programme must refuse with the parts.
  void expect_edit_refused(const std::string& name, const std::string& file,
                           const std::string& from, const std::string& to,
                           const std::vector<std::string>& parts) {
    const auto copy = broken_copy(name);
    replace_in_file(copy / file, from, to);
    expect_failure(copy, run_copy(copy), parts);
  }

  static TempDir* dir_;
};

TempDir* SampleRun::dir_ = nullptr;

// The CTest fixture's set-up (not one of the discovered tests): the sample and its output for
// this run, so that a folder left by an older build is never used.
TEST(CliSampleFixture, Build) {
  const auto dir = sample_fixture();
  if (dir.empty()) GTEST_SKIP() << "LEEFBAAR_SAMPLE_FIXTURE is not set";
  fs::remove_all(dir);
  write_sample_and_run(dir);
  EXPECT_TRUE(fs::exists(dir / "out" / "summary.md"));
}

TEST_F(SampleRun, WritesEveryOutputWithTheExactHeaders) {
  EXPECT_EQ(first_line(out() / "units.csv"),
            "unit_id,x,y,cell_x,cell_y,buurt,wijk,gemeente,complex,score_level,afw,fys,onv,soc,vrz,"
            "won,colour,level,status");
  EXPECT_EQ(first_line(out() / "areas.csv"),
            "area_level,code,name,gemeente,n,mean_afw,mean_fys,mean_onv,mean_soc,mean_vrz,mean_won,"
            "z_afw,z_fys,z_onv,"
            "z_soc,z_vrz,z_won,colour,level,indicatief,weak_dimensions");
  EXPECT_EQ(first_line(out() / "gemeenten.csv"),
            "code,name,n,mean_afw,mean_fys,mean_onv,mean_soc,mean_vrz,mean_won,z_afw,z_fys,z_onv,z_"
            "soc,z_vrz,z_won,"
            "focus,budget_plan,actual,difference,actual_per_daeb_unit,above_cap");
  EXPECT_EQ(first_line(out() / "trend.csv"),
            "area_level,code,n,d_afw,d_fys,d_onv,d_soc,d_vrz,d_won");
  for (const char* f : {"programme.xlsx", "areas.geojson", "summary.md", "budget_buurten.csv"})
    EXPECT_TRUE(fs::exists(out() / f)) << f;
}

TEST_F(SampleRun, TheSampleMatchesTheSourceDocument) {
  const auto gemeenten = csv_rows(out() / "gemeenten.csv");
  ASSERT_EQ(gemeenten.size(), 8u);
  long long plan = 0;
  double actual = 0;
  std::vector<std::string> focus;
  for (const auto& g : gemeenten) {
    plan += std::stoll(g[16]);
    actual += std::stod(g[17]);
    if (g[15] == "true") focus.push_back(g[1]);
  }
  EXPECT_EQ(plan, 1199000);
  EXPECT_DOUBLE_EQ(actual, 1199000);
  std::sort(focus.begin(), focus.end());
  EXPECT_EQ(focus, (std::vector<std::string>{"Assen", "Midden-Drenthe", "Ooststellingwerf"}));
}

TEST_F(SampleRun, EveryUnitIsListedWithItsStatus) {
  const auto units = csv_rows(out() / "units.csv");
  EXPECT_GT(units.size(), 15000u);
  std::map<std::string, int> status;
  for (const auto& u : units) ++status[u.back()];
  EXPECT_GT(status["ok"], 15000);
  EXPECT_GT(status["no_location"], 0);
  EXPECT_GT(status["outside_buurten"], 0);
  EXPECT_GT(status["unknown_postcode"], 0);
  const std::string summary = read_file(out() / "summary.md");
  EXPECT_NE(
      summary.find("geen locatie (no_location) | " + std::to_string(status["no_location"]) + " |"),
      std::string::npos);
}

TEST_F(SampleRun, DeterministicAndOverwriteOnlyWhenAsked) {
  const fs::path again = dir_->path() / "again";
  ASSERT_EQ(
      run("programme " + quote(sample("RUN.toml").string()) + " --out " + quote(again.string()))
          .code,
      0);
  for (const char* f : {"units.csv", "areas.csv", "gemeenten.csv", "trend.csv", "summary.md"})
    EXPECT_EQ(read_file(out() / f), read_file(again / f)) << f;
  const auto refused =
      run("programme " + quote(sample("RUN.toml").string()) + " --out " + quote(again.string()));
  EXPECT_EQ(refused.code, 1);
  EXPECT_NE(refused.out.find("use --overwrite"), std::string::npos) << refused.out;
  EXPECT_EQ(run("programme " + quote(sample("RUN.toml").string()) + " --out " +
                quote(again.string()) + " --overwrite")
                .code,
            0);
}

TEST_F(SampleRun, RecordsTheRunInTheStore) {
  const fs::path store = dir_->path() / "store.sqlite";
  const std::string base = "programme " + quote(sample("RUN.toml").string()) + " --store " +
                           quote(store.string()) +
                           " --organisation Actium --work-area Drenthe --overwrite --out ";
  auto r = run(base + quote((dir_->path() / "stored1").string()));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Recorded as run 1 in"), std::string::npos) << r.out;
  r = run(base + quote((dir_->path() / "stored2").string()));
  EXPECT_NE(r.out.find("Recorded as run 2 in"), std::string::npos) << r.out;
}

TEST_F(SampleRun, MissingRequiredColumn) {
  expect_edit_refused(
      "missing-column", "lbm/buurten.csv", ",won", ",woningvoorraad",
      {"lbm/buurten.csv: de verplichte kolom 'won' ontbreekt", "de kolommen zijn:"});
}

TEST_F(SampleRun, TextWhereANumberBelongs) {
  const auto copy = broken_copy("text-number");
  std::string stock = read_file(copy / "stock/vhe.csv");
  // The second data row's x coordinate becomes text.
  const auto row2 = stock.find('\n', stock.find('\n') + 1) + 1;
  std::vector<std::string> cells;
  std::size_t start = row2;
  for (int i = 0; i < 7; ++i) start = stock.find(';', start) + 1;
  const auto end = stock.find(';', start);
  stock.replace(start, end - start, "onbekend");
  std::ofstream(copy / "stock/vhe.csv", std::ios::binary) << stock;
  expect_failure(copy, run_copy(copy),
                 {"stock/vhe.csv, rij 3, kolom 'x': gevonden 'onbekend', verwacht een getal"});
}

TEST_F(SampleRun, EditionTheScoreTablesDoNotHave) {
  expect_edit_refused("edition", "RUN.toml", "edition = 2018", "edition = 2019",
                      {"de editie 2019 staat in geen van de scoretabellen", "2014, 2016, 2018"});
}

TEST_F(SampleRun, MissingFile) {
  const auto copy = broken_copy("missing-file");
  fs::remove(copy / "geo/pc6hnr2023.csv");
  expect_failure(copy, run_copy(copy), {"geo/pc6hnr2023.csv: het bestand is niet gevonden"});
}

TEST_F(SampleRun, UnreadableFile) {
  const auto copy = broken_copy("unreadable");
  std::ofstream(copy / "geo/buurten.geojson", std::ios::binary) << "{ this is not geojson";
  expect_failure(copy, run_copy(copy),
                 {"geo/buurten.geojson: het bestand kan niet gelezen worden; verwacht een "
                  "GeoPackage, GeoJSON of shapefile"});
}

TEST_F(SampleRun, GeometryWithoutBuurtCodes) {
  const auto copy = broken_copy("no-codes");
  std::string text = read_file(copy / "geo/buurten.geojson");
  text = std::regex_replace(text, std::regex("\"buurtcode\""), "\"code\"");
  std::ofstream(copy / "geo/buurten.geojson", std::ios::binary) << text;
  expect_failure(
      copy, run_copy(copy),
      {"geo/buurten.geojson: er is geen veld met de buurtcode; verwacht een veld met de naam "
       "buurtcode, bu_code of statcode"});
}

TEST_F(SampleRun, GeometryWithUnknownCrs) {
  expect_edit_refused("crs", "geo/buurten.geojson", "EPSG::28992", "EPSG::999999",
                      {"geo/buurten.geojson: onbekend coördinatenstelsel"});
}

TEST_F(SampleRun, DuplicateUnitIds) {
  const auto copy = broken_copy("duplicates");
  std::string stock = read_file(copy / "stock/vhe.csv");
  const auto row2 = stock.find('\n') + 1;
  const auto row3 = stock.find('\n', row2) + 1;
  const std::string second = stock.substr(row2, row3 - row2);
  stock += second;  // the first unit again at the end
  std::ofstream(copy / "stock/vhe.csv", std::ios::binary) << stock;
  const std::string id = second.substr(0, second.find(';'));
  expect_failure(
      copy, run_copy(copy),
      {"stock/vhe.csv: 1 nummer van een eenheid komt vaker voor", "'" + id + "' (rijen 2, "});
}

TEST_F(SampleRun, RunFileUnknownKeyWrongTypeMissingEntry) {
  expect_edit_refused("run-unknown", "RUN.toml", "[budget]", "[budget]\nbudgett = 3",
                      {"RUN.toml, regel", "onbekende instelling 'budget.budgett' in [budget]"});
  expect_edit_refused("run-type", "RUN.toml", "total = 1199000", "total = \"veel\"",
                      {"'budget.total': gevonden 'veel', verwacht een geheel getal"});
  expect_edit_refused("run-missing", "RUN.toml", "edition = 2018", "",
                      {"de verplichte instelling 'edition' in [programme] ontbreekt"});
}

TEST(Inspect, RealAmstelveenWijkScores) {
  const auto r = run("inspect " + quote(test_data("lbm-wijk-amstelveen-2022.csv").string()));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("level: wijk"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("reference value (lbm - afw): 4.102264851"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("edition 2022: 14 rows"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("afw = fys+onv+soc+vrz+won (1e-4): ok"), std::string::npos) << r.out;
}

TEST(Inspect, RealPc4ScoresAndGeometries) {
  auto r = run("inspect " + quote(test_data("lbm-pc4-assen-2002-2022.csv").string()));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("level: pc4"), std::string::npos) << r.out;
  r = run("inspect " + quote(test_data("amstelveen-buurten.geojson").string()));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("features: 47"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("code fields: buurtcode, wijkcode, gemeentecode"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("CRS: WGS 84"), std::string::npos) << r.out;
}

TEST_F(SampleRun, InspectStock) {
  const auto r = run("inspect " + quote(sample("stock/vhe.csv").string()));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("housing stock"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("postcode + huisnummer: "), std::string::npos) << r.out;
}

TEST(Commandline, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run("").code, 2);
  EXPECT_EQ(run("programme").code, 2);
  EXPECT_EQ(run("nonsense").code, 2);
  EXPECT_EQ(run("inspect /does/not/exist.csv").code, 1);
}

// The user commands: add, then the wijken and the role; a bad wijk code names itself, exit 1.
TEST(Commandline, UserCommandsSetTheWijkenAndTheRole) {
  TempDir dir;
  const auto store = quote((dir.path() / "users.sqlite").string());
  const auto password = dir.path() / "password.txt";
  std::ofstream(password) << "een lang genoeg wachtwoord\n";
  const std::string who = " --store " + store + " --email team@assen.example";
  auto r = run("user add" + who + " --organisation 'Welzijn Assen' --kind welzijn --name Team " +
               "--role wijkteam --wijk WK010601 < " + quote(password.string()));
  ASSERT_EQ(r.code, 0) << r.out;
  r = run("user wijken" + who + " --wijk WK010604 --wijk wk010605");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("2 wijken"), std::string::npos) << r.out;
  r = run("user wijken" + who + " --wijk Lariks");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("'Lariks' is geen wijkcode"), std::string::npos) << r.out;
  r = run("user role" + who + " --role lezer");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(
      run("user wijken --store " + store + " --email niemand@assen.example --wijk WK010601").code,
      1);
}

namespace {
// The stock columns of the sample's RUN.toml ([stock.columns]) as import options.
const char* const kSampleStockColumns =
    " --id vhe --x x --y y --lat lat --lon lon --postcode postcode --huisnummer huisnummer "
    "--buurtcode buurtcode --complex complex --daeb daeb";
}  // namespace

TEST_F(SampleRun, ImportsScoresGeometriesAndStockIntoAStore) {
  const fs::path store = dir_->path() / "imports.sqlite";
  fs::remove(store);
  const std::string target =
      " --store " + quote(store.string()) + " --organisation Actium --work-area Drenthe";
  auto r = run("import scores " + quote(sample("lbm/buurten.csv").string()) + target);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("read 816 rows"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Imported as import 1 "), std::string::npos) << r.out;
  r = run("import buurten " + quote(sample("geo/buurten.geojson").string()) + target);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("met water"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Imported as import 2 "), std::string::npos) << r.out;
  r = run("import stock " + quote(sample("stock/vhe.csv").string()) + target + kSampleStockColumns);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("read 16000 rows"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Imported as import 3 "), std::string::npos) << r.out;
  // Re-importing replaces the previous version under a new id.
  r = run("import scores " + quote(sample("lbm/buurten.csv").string()) + target);
  EXPECT_NE(r.out.find("Imported as import 4 "), std::string::npos) << r.out;
  EXPECT_EQ(run("import nonsense " + quote(sample("lbm/buurten.csv").string()) + target).code, 2);
}

TEST_F(SampleRun, ImportOfABrokenStockFileImportsNothing) {
  const fs::path store = dir_->path() / "broken-import.sqlite";
  fs::remove(store);
  const std::string target = " --store " + quote(store.string());
  auto r =
      run("import stock " + quote(sample("stock/vhe.csv").string()) + target + kSampleStockColumns);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Imported as import 1 "), std::string::npos) << r.out;

  const fs::path copy = broken_copy("broken-import");
  std::string stock = read_file(copy / "stock/vhe.csv");
  const auto row2 = stock.find('\n') + 1;
  const auto row3 = stock.find('\n', row2) + 1;
  stock += stock.substr(row2, row3 - row2);  // the first unit again at the end
  std::ofstream(copy / "stock/vhe.csv", std::ios::binary) << stock;
  r = run("import stock " + quote((copy / "stock/vhe.csv").string()) + target +
          kSampleStockColumns);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_EQ(r.out.rfind("error: ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("1 nummer van een eenheid komt vaker voor"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Imported"), std::string::npos) << r.out;

  // The failed import left no import behind: the next one gets the next id.
  r = run("import scores " + quote(sample("lbm/buurten.csv").string()) + target);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Imported as import 2 "), std::string::npos) << r.out;
}

// Issue 9: a stock file cut short by a quote that is never closed is refused with its row, and one
// with fewer than half the units replaces the stock only with --confirm-shrink.
TEST_F(SampleRun, AStockCutShortIsRefusedAndAShrinkNeedsConfirmation) {
  const fs::path store = dir_->path() / "shrink-import.sqlite";
  fs::remove(store);
  const std::string target = " --store " + quote(store.string());
  auto r =
      run("import stock " + quote(sample("stock/vhe.csv").string()) + target + kSampleStockColumns);
  ASSERT_EQ(r.code, 0) << r.out;

  const fs::path copy = broken_copy("shrink-import");
  const std::string stock = read_file(copy / "stock/vhe.csv");
  std::size_t cut = 0;
  for (int line = 0; line < 11; ++line) cut = stock.find('\n', cut) + 1;  // header and 10 rows
  std::ofstream(copy / "stock/quote.csv", std::ios::binary)
      << stock.substr(0, cut) + "\"" + stock.substr(cut);
  r = run("import stock " + quote((copy / "stock/quote.csv").string()) + target +
          kSampleStockColumns + " --confirm-shrink");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("rij 12"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("aanhalingsteken"), std::string::npos) << r.out;

  std::ofstream(copy / "stock/small.csv", std::ios::binary) << stock.substr(0, cut);
  r = run("import stock " + quote((copy / "stock/small.csv").string()) + target +
          kSampleStockColumns);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("van 16000 naar 10 rijen"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--confirm-shrink"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Imported"), std::string::npos) << r.out;

  r = run("import stock " + quote((copy / "stock/small.csv").string()) + target +
          kSampleStockColumns + " --confirm-shrink");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("read 10 rows"), std::string::npos) << r.out;
}

}  // namespace leefbaar::testing
