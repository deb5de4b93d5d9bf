#pragma once
// The programme run file (TOML, programme.md section 10). Every key is declared once in
// run_file_settings(): parsing, unknown-key detection and docs/run-file.md all come from it.
#include <filesystem>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "import/stock.hpp"

namespace leefbaar {

struct RunInputs {
  // Paths resolved against the run file's folder; a ":layer" suffix is kept.
  std::vector<std::string> scores;
  std::string buurten, wijken, gemeenten, grid, pc6hnr, stock, actuals;
  std::string bag;  // BAG addresses: imported by the application (initiatives), not read here
};

struct RunFile {
  std::filesystem::path path;
  ProgrammeParams params;
  RunInputs inputs;
  StockColumns stock_columns;

  // An input path as the run file names it (relative to the run file), for messages and reports.
  std::string display(const std::string& resolved) const;
};

enum class SettingType { string, integer, number, string_list, integer_pair };

struct SettingSpec {
  std::string key;  // dotted: "classification.yellow"
  SettingType type;
  bool required;
  std::string default_text;  // as shown in docs; empty: none
  std::string description;
};

const std::vector<SettingSpec>& run_file_settings();

// Throws InputError naming the file, the line and the key for syntax errors, unknown keys, wrong
// types, values out of range and missing required entries.
RunFile read_run_file(const std::filesystem::path& path);

// The reference of every key as Markdown (docs/run-file.md is generated from this).
std::string run_file_reference_markdown();

}  // namespace leefbaar
