#pragma once
// Everything a programme run reads, loaded and checked before any computation starts.
#include <optional>
#include <string>
#include <vector>

#include "import/actuals.hpp"
#include "import/areas.hpp"
#include "import/pc6hnr.hpp"
#include "import/run_file.hpp"
#include "import/score_table.hpp"
#include "import/stock.hpp"

namespace leefbaar {

struct InputChecksum {
  std::string role;  // scores, buurten, ...
  std::string file;  // as the run file names it
  std::string sha256;
};

struct ProgrammeData {
  RunFile run;
  std::vector<ScoreTable> scores;
  AreaLayer buurten;
  std::optional<AreaLayer> wijken, gemeenten;
  std::optional<GridLayer> grid;
  Stock stock;
  std::optional<PostcodeTable> pc6hnr;
  std::optional<Actuals> actuals;
  std::vector<InputChecksum> checksums;
  std::vector<std::string> warnings;  // load checks, for the log and the summary
};

// Reads every input of the run file. Throws InputError on the first fatal problem; checks that
// are not fatal (afw != sum of dimensions, ...) become warnings. The edition (and trend editions)
// must be present in at least one score table.
ProgrammeData load_programme_data(const RunFile& run);

}  // namespace leefbaar
