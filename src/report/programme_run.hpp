#pragma once
// The whole programme run, import -> couple -> compute -> outputs, behind one call: what
// `leefbaar programme` runs and what the server will reuse.
#include <filesystem>
#include <optional>

#include "compute/programme.hpp"
#include "couple/bind.hpp"
#include "couple/couple.hpp"
#include "import/load.hpp"

namespace leefbaar {

struct ProgrammeRun {
  ProgrammeData data;
  CoupledStock stock;
  ScoreBook scores;
  BindReport bind;
  std::optional<ActualsBook> actuals;
  ProgrammeResult result;
  std::vector<std::string> warnings;  // everything worth telling, in order
};

// Loads, couples and computes; throws InputError on fatal input problems.
ProgrammeRun run_programme(const RunFile& run, unsigned threads = 0);
// Couples and computes inputs loaded elsewhere (the store).
ProgrammeRun run_programme(ProgrammeData data, unsigned threads = 0);

// Writes every output into out_dir atomically: first into a fresh sibling folder, renamed into
// place at the end, so a failure leaves no partial output. overwrite: replace an existing folder.
void write_programme_outputs(const ProgrammeRun& run, const std::filesystem::path& out_dir,
                             bool overwrite);

}  // namespace leefbaar
