#pragma once
// The live programme of one work area, held in memory: its inputs read from the store, coupled
// once, and computed with the saved settings. A what-if recomputes from the coupled stock only
// (milliseconds), with the engine's own compute_programme, so the application cannot drift from
// `leefbaar programme`. A workspace is immutable once built: after an import or a change of
// settings a new one replaces it, and requests in flight keep the one they started with.
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "report/programme_run.hpp"
#include "usecases/service.hpp"

namespace leefbaar::store {
class Database;
}

namespace leefbaar::usecases {

struct AreaShape {
  std::string code, name;
  nlohmann::json geometry_wgs84;  // GeoJSON MultiPolygon
};

class Workspace {
 public:
  Workspace(WorkArea work_area, ProgrammeRun run);

  const WorkArea& work_area() const { return work_area_; }
  const ProgrammeRun& run() const { return run_; }
  const ProgrammeParams& settings() const { return run_.data.run.params; }
  const ProgrammeResult& result() const { return run_.result; }
  const std::vector<int>& editions() const { return editions_; }
  // The polygons of a kind (buurt, wijk or gemeente) in WGS84; empty when not imported.
  const std::vector<AreaShape>& shapes(AreaLevel level) const;
  const std::vector<std::array<double, 2>>& unit_lonlat() const { return unit_lonlat_; }

  // The programme for other parameters (a what-if); throws FieldError for an edition that no
  // score table has.
  ProgrammeResult compute(const ProgrammeParams& params) const;
  // The saved settings with another edition (the map's and the area page's edition switch);
  // computed once per edition and kept.
  std::shared_ptr<const ProgrammeResult> result_for_edition(int edition) const;
  // A response body cached per key (map layers are the same for every caller until the workspace
  // is replaced).
  std::shared_ptr<const std::string> cached(const std::string& key,
                                            const std::function<std::string()>& make) const;

 private:
  WorkArea work_area_;
  ProgrammeRun run_;
  std::vector<int> editions_;
  std::array<std::vector<AreaShape>, 3> shapes_;  // buurt, wijk, gemeente
  std::vector<std::array<double, 2>> unit_lonlat_;
  mutable std::mutex cache_mutex_;
  mutable std::map<int, std::shared_ptr<const ProgrammeResult>> by_edition_;
  mutable std::map<std::string, std::shared_ptr<const std::string>> responses_;
};

// The work area's programme from its stored inputs and settings, for seeding a store outside a
// Service (tests). InputError when inputs are missing.
ProgrammeRun run_stored_programme(store::Database& db, const WorkArea& work_area);

// The live programme of the caller's work area: built on first use, one build at a time (a second
// request for it waits for the first), and kept until an import or a change of settings replaces
// it. NotFoundError "no_work_area" without a work area, ConflictError "incomplete" when its inputs
// are missing (the message says which, in Dutch).
std::shared_ptr<const Workspace> workspace(Service& service, const User& caller);
// Forgets a work area's workspace, so that the next request builds it anew from the store.
void drop_workspace(Service& service, std::int64_t work_area);

}  // namespace leefbaar::usecases
