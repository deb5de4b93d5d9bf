#pragma once
// The programme's records as the store keeps them and the server and the CLI hand them on: stored
// runs with their gemeenten and areas, the imports of a work area, saved scenarios, the wijken a
// user can be given. The store reads and writes them (store/runs.hpp, store/imports.hpp,
// store/settings.hpp); the use cases (usecases/programme.hpp) hand them out.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/parameters.hpp"
#include "core/types.hpp"

namespace leefbaar {

struct StoredRun {
  std::int64_t id = 0;
  std::string organisation, work_area, name, created_at, created_by;
  int edition = 0;
  std::int64_t budget_total = 0, units = 0, coupled_units = 0;
};

struct StoredGemeente {
  std::string code, name;
  std::int64_t units = 0, budget_plan = 0;
  bool focus = false;
};

// A classified or aggregated area of a run, with its geometry (GeoJSON in RD New) when the work
// area's polygons of that kind were imported.
struct StoredArea {
  std::string code, name, gemeente, colour, level, weak_dimensions;
  std::int64_t n = 0;
  bool indicatief = false;
  std::array<std::optional<double>, kDimCount> mean, z;
  std::optional<std::string> geometry_rd;
};

struct ImportReport {
  std::string kind, file;
  std::int64_t import_id = 0;
  long long rows_read = 0;
  std::vector<std::string> warnings;
  std::string level;            // scores: the level replaced
  long long rows_replaced = 0;  // the rows of the import it replaced; 0 when there was none
};

// An import as the Gegevens page lists it.
struct ImportRecord {
  std::int64_t id = 0;
  std::string kind;
  std::optional<std::string> level;  // scores only
  std::string file;
  long long rows_read = 0;
  std::vector<std::string> warnings;
  std::string created_at, created_by;
};

// Thrown when an import would shrink its kind by more than half (or to nothing) and that was not
// confirmed; nothing is written then. The message is Dutch and names both counts.
class ShrinkRefused : public InputError {
 public:
  ShrinkRefused(const std::string& message, long long before, long long after)
      : InputError(message), before_(before), after_(after) {}
  long long before() const { return before_; }
  long long after() const { return after_; }

 private:
  long long before_, after_;
};

inline constexpr const char* kImportKinds[] = {"scores", "buurten", "wijken",  "gemeenten", "grid",
                                               "stock",  "pc6hnr",  "actuals", "bag"};

struct Scenario {
  std::int64_t id = 0;
  std::string name, created_at, created_by;
  ProgrammeParams params;
};

struct WijkChoice {
  std::string code, name;
  std::string gemeente;  // its name, else its code
};

}  // namespace leefbaar
