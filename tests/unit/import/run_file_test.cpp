#include "import/run_file.hpp"

#include <gtest/gtest.h>

#include "support/errors.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {
const std::string kMinimal = R"([programme]
name = "Test"
edition = 2022

[inputs]
scores = ["lbm/buurten.csv"]
buurten = "geo/buurten.geojson:buurten"
stock = "stock/vhe.csv"

[stock.columns]
id = "vhe"

[budget]
total = 1199000
)";
}  // namespace

TEST(RunFile, MinimalFileWithDefaultsAndRelativePaths) {
  TempDir dir;
  const auto file = dir.write("RUN.toml", kMinimal);
  const auto run = read_run_file(file);
  EXPECT_EQ(run.params.edition, 2022);
  EXPECT_EQ(run.params.budget_year(), 2022);
  EXPECT_EQ(run.params.classification.level, AreaLevel::buurt);
  EXPECT_DOUBLE_EQ(run.params.classification.orange, -1.0);
  EXPECT_EQ(run.params.budget.weights[2], 4.0);
  EXPECT_EQ(run.inputs.scores[0], (dir.path() / "lbm/buurten.csv").string());
  EXPECT_EQ(run.inputs.buurten, (dir.path() / "geo/buurten.geojson:buurten").string());
  EXPECT_EQ(run.stock_columns.id, "vhe");
}

TEST(RunFile, UnknownKeyNamesTheKeyAndLine) {
  TempDir dir;
  const auto file = dir.write("RUN.toml", kMinimal + "[classification]\nmodus = \"zscore\"\n");
  const auto message = input_error_of([&] { read_run_file(file); });
  EXPECT_NE(
      message.find(
          "regel 16: onbekende instelling 'classification.modus' in [classification]; verwacht "
          "een van:"),
      std::string::npos)
      << message;
  EXPECT_NE(message.find("mode"), std::string::npos);
}

TEST(RunFile, WrongTypeNamesKeyFoundAndExpected) {
  TempDir dir;
  std::string text = kMinimal;
  text.replace(text.find("edition = 2022"), 14, "edition = \"2022\"");
  const auto file = dir.write("RUN.toml", text);
  EXPECT_EQ(
      input_error_of([&] { read_run_file(file); }),
      file.string() + ", regel 3, 'programme.edition': gevonden '2022', verwacht een geheel getal");
}

TEST(RunFile, MissingRequiredEntry) {
  TempDir dir;
  std::string text = kMinimal;
  text.erase(text.find("stock = \"stock/vhe.csv\"\n"), 24);
  const auto file = dir.write("RUN.toml", text);
  EXPECT_EQ(input_error_of([&] { read_run_file(file); }),
            file.string() +
                ": de verplichte instelling 'stock' in [inputs] ontbreekt; verwacht het bestand "
                "met het bezit (CSV of XLSX), één rij per eenheid, als een tekst tussen "
                "aanhalingstekens");
}

TEST(RunFile, ValuesOutOfRange) {
  TempDir dir;
  const auto file = dir.write("RUN.toml", kMinimal + "[classification]\nlevel = \"straat\"\n");
  EXPECT_NE(
      input_error_of([&] { read_run_file(file); })
          .find("'classification.level': gevonden \"straat\", verwacht complex, buurt, wijk of "
                "gemeente"),
      std::string::npos);
  const auto weights = dir.write("W.toml", kMinimal + "[budget.weights]\nplus = -1\n");
  EXPECT_NE(input_error_of([&] {
              read_run_file(weights);
            }).find("'budget.weights.plus': gevonden -1, verwacht een gewicht van 0 of meer"),
            std::string::npos);
}

TEST(RunFile, SyntaxError) {
  TempDir dir;
  const auto file = dir.write("RUN.toml", "[programme\nedition = 2022\n");
  const auto message = input_error_of([&] { read_run_file(file); });
  EXPECT_NE(message.find(", regel 1, teken "), std::string::npos) << message;
  EXPECT_NE(message.find("dit is geen geldige TOML"), std::string::npos) << message;
}

TEST(RunFile, ReferenceListsEveryKey) {
  const auto md = run_file_reference_markdown();
  for (const auto& s : run_file_settings())
    EXPECT_NE(md.find("`" + s.key + "`"), std::string::npos) << s.key;
}

}  // namespace leefbaar::testing
