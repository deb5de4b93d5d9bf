#pragma once
// The sample written once per test process into a temporary folder, with small readers for its
// files.
#include <filesystem>
#include <string>
#include <vector>

#include "sample/sample.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::sample::testing {

struct Written {
  std::filesystem::path dir;
  SampleReport report;
};

// Written on first use; removed when the process ends.
const Written& sample();

using leefbaar::testing::read_file;

// Splits text into lines (without "\r\n" or "\n") and a line into fields.
std::vector<std::string> lines_of(const std::string& text);
std::vector<std::string> split(const std::string& line, char separator);

// Reads "1,5" or "1.5".
double number(std::string text);

// A folder in this process's temporary folder (removed when the process ends).
std::filesystem::path temp_folder(const std::string& name);

}  // namespace leefbaar::sample::testing
