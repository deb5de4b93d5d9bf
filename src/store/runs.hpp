#pragma once
// Programme runs in the store: parameters, input checksums and results, so that a run can be
// reproduced (same inputs, same parameters) and two runs compared.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compute/programme.hpp"
#include "core/programme_records.hpp"
#include "import/load.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using leefbaar::StoredArea;
using leefbaar::StoredGemeente;
using leefbaar::StoredRun;

struct RunRecord {
  std::string organisation;  // the corporation; created when new
  std::string work_area;     // created when new
  std::string actor;         // who recorded the run (audit log)
  const ProgrammeParams& params;
  const std::vector<InputChecksum>& inputs;
  const CoupledStock& stock;
  const ProgrammeResult& result;
};

// Saves the run in one transaction (all or nothing) and writes an audit entry; returns its id.
std::int64_t save_programme_run(Database& db, const RunRecord& record);
// Runs are a work area's: each query takes the work area it serves, and a run of another work area
// is answered as one that does not exist (so that no organisation reads another's runs).
std::vector<StoredRun> list_programme_runs(Database& db, std::int64_t work_area);
// nullopt when the work area has no run with this id.
std::optional<std::vector<StoredArea>> run_areas(Database& db, std::int64_t work_area,
                                                 std::int64_t run_id, AreaLevel level);
// nullopt when the work area has no run with this id.
std::optional<std::vector<StoredGemeente>> run_gemeenten(Database& db, std::int64_t work_area,
                                                         std::int64_t run_id);

}  // namespace leefbaar::store
