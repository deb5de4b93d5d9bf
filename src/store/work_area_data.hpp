#pragma once
// A work area's imported inputs read back from the store into the engine's own structures, so the
// web application runs the very same coupling and computation as `leefbaar programme`.
#include <cstdint>
#include <string>
#include <vector>

#include "core/programme_records.hpp"
#include "import/load.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using leefbaar::WijkChoice;

// Throws InputError (in Dutch, for the Gegevens page) when the buurten, the stock or every score
// table is missing, or when the edition is in none of the score tables. Grid scores count only
// when the grid geometry is imported too (as in the run file). Edition 0: the newest edition in
// the score tables (a work area without saved settings).
ProgrammeData load_work_area_data(Database& db, std::int64_t work_area,
                                  const ProgrammeParams& params);

// The work area's wijken by gemeente and name, as a user's wijken are chosen from them.
std::vector<WijkChoice> list_wijken(Database& db, std::int64_t work_area);

}  // namespace leefbaar::store
