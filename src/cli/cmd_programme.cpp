#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/log.hpp"
#include "import/run_file.hpp"
#include "report/programme_run.hpp"
#include "usecases/administration.hpp"

namespace leefbaar::cli {

namespace {
struct ProgrammeOptions {
  std::string run_file;
  std::string out;
  bool overwrite = false;
  unsigned threads = 0;
  bool reference = false;
  std::string store;
  std::string organisation = "Corporatie";
  std::string work_area = "Werkgebied";
};
}  // namespace

std::function<int()> setup_programme(CLI::App& app) {
  auto o = std::make_shared<ProgrammeOptions>();
  app.add_option("RUN.toml", o->run_file, "The run file");
  app.add_option("-o,--out", o->out, "Output folder (written atomically)");
  app.add_flag("--overwrite", o->overwrite, "Replace the output folder if it exists");
  app.add_option("--threads", o->threads, "Threads for the coupling (0: all cores)");
  app.add_flag("--run-file-reference", o->reference,
               "Print the reference of every run-file key (Markdown)");
  app.add_option("--store", o->store,
                 "Also record the run (parameters, checksums, results) in this SQLite store");
  app.add_option("--organisation", o->organisation,
                 "The corporation the run is recorded for (with --store)");
  app.add_option("--work-area", o->work_area,
                 "The work area the run is recorded under (with --store)");
  return [o]() -> int {
    if (o->reference) {
      std::cout << run_file_reference_markdown();
      return 0;
    }
    if (o->run_file.empty() || o->out.empty()) {
      fmt::print(stderr, "usage: leefbaar programme RUN.toml --out DIR [--overwrite]\n");
      return 2;
    }
    // Refuse an existing output folder before any work, not after minutes of it.
    if (std::filesystem::exists(o->out) && !o->overwrite)
      throw InputError(fmt::format(
          "{}: the output folder exists already; use --overwrite to replace it", o->out));
    const RunFile run_file = read_run_file(o->run_file);
    const ProgrammeRun run = run_programme(run_file, o->threads);
    write_programme_outputs(run, o->out, o->overwrite);
    if (!o->store.empty()) {
      usecases::Service service(o->store);
      const char* user = std::getenv("USER");
      const long long id = usecases::record_run(service, o->organisation, o->work_area,
                                                user != nullptr ? user : "cli", run);
      fmt::print("Recorded as run {} in {}.\n", id, o->store);
    }
    const auto& r = run.result;
    long long plan = 0;
    for (const auto& g : r.gemeenten) plan += g.plan;
    fmt::print(
        "{}: {} units, {} coupled; {} Basis, {} Plus, {} PlusPlus; {} gemeenten, budget {} euros.\n"
        "Outputs in {} (summary.md describes the run).\n",
        run_file.params.name, run.stock.units.size(),
        r.units_per_effort[0] + r.units_per_effort[1] + r.units_per_effort[2],
        r.units_per_effort[0], r.units_per_effort[1], r.units_per_effort[2], r.gemeenten.size(),
        plan, o->out);
    return 0;
  };
}

}  // namespace leefbaar::cli
