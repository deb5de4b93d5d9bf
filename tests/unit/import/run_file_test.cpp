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
          "line 16: unknown key 'classification.modus' in [classification]; expected one of:"),
      std::string::npos)
      << message;
  EXPECT_NE(message.find("mode"), std::string::npos);
}

TEST(RunFile, WrongTypeNamesKeyFoundAndExpected) {
  TempDir dir;
  std::string text = kMinimal;
  text.replace(text.find("edition = 2022"), 14, "edition = \"2022\"");
  const auto file = dir.write("RUN.toml", text);
  EXPECT_EQ(input_error_of([&] { read_run_file(file); }),
            file.string() + ", line 3: 'programme.edition' is '2022', expected a whole number");
}

TEST(RunFile, MissingRequiredEntry) {
  TempDir dir;
  std::string text = kMinimal;
  text.erase(text.find("stock = \"stock/vhe.csv\"\n"), 24);
  const auto file = dir.write("RUN.toml", text);
  EXPECT_EQ(input_error_of([&] { read_run_file(file); }),
            file.string() +
                ": missing required entry 'stock' (in [inputs]): The housing stock (CSV/XLSX), one "
                "row per unit.");
}

TEST(RunFile, ValuesOutOfRange) {
  TempDir dir;
  const auto file = dir.write("RUN.toml", kMinimal + "[classification]\nlevel = \"straat\"\n");
  EXPECT_NE(
      input_error_of([&] {
        read_run_file(file);
      }).find("'classification.level' is \"straat\", expected complex, buurt, wijk or gemeente"),
      std::string::npos);
}

TEST(RunFile, SyntaxError) {
  TempDir dir;
  const auto file = dir.write("RUN.toml", "[programme\nedition = 2022\n");
  EXPECT_NE(input_error_of([&] { read_run_file(file); }).find(", line 1"), std::string::npos);
}

TEST(RunFile, ReferenceListsEveryKey) {
  const auto md = run_file_reference_markdown();
  for (const auto& s : run_file_settings())
    EXPECT_NE(md.find("`" + s.key + "`"), std::string::npos) << s.key;
}

}  // namespace leefbaar::testing
