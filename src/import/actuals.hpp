#pragma once
// Actual liveability spending (optional): gemeente (code, bare digits or name), jaar, bedrag,
// optional categorie.
#include <filesystem>
#include <string>
#include <vector>

namespace leefbaar {

struct ActualRow {
  std::string gemeente;  // as written
  int year = 0;
  double amount = 0;  // euros
  std::string category;
  long long row = 0;
};

struct Actuals {
  std::string file;
  std::vector<ActualRow> rows;
  std::vector<std::string> warnings;  // about the file as a whole (a converted encoding)
};

Actuals read_actuals(const std::filesystem::path& path, const std::string& display = {});

}  // namespace leefbaar
