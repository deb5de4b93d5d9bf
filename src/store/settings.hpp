#pragma once
// What the web application keeps per work area: the partner organisations that may see it, its
// current programme settings, and saved what-if scenarios.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/parameters.hpp"
#include "core/programme_records.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using leefbaar::Scenario;

// The work area an organisation owns, else the first it is a partner in; nullopt when none.
std::optional<WorkArea> work_area_of_organisation(Database& db, std::int64_t organisation);
std::optional<WorkArea> find_work_area(Database& db, const std::string& organisation,
                                       const std::string& name);
// The organisation's own work area, created with its name (trimmed). FieldError ("name") for an
// empty name or one over 100 characters; ConflictError ("name") when the organisation already
// owns or partners in one (a user works in one work area).
WorkArea create_work_area(Database& db, std::int64_t organisation, const std::string& name);
// True when the store holds at least one work area.
bool any_work_area(Database& db);
void add_partner(Database& db, std::int64_t work_area, std::int64_t organisation);

// A new organisation that joins the work area's partnership. FieldError ("name") for an empty name
// or one already in use.
std::int64_t create_partner_organisation(Database& db, std::int64_t work_area,
                                         const std::string& name, const std::string& kind);

std::optional<ProgrammeParams> load_settings(Database& db, std::int64_t work_area);
void save_settings(Database& db, std::int64_t work_area, const ProgrammeParams& params,
                   const std::string& actor);

// The new scenario's id and its name as stored (trimmed).
struct SavedScenario {
  std::int64_t id = 0;
  std::string name;
};
// Throws FieldError("name") for an empty name or one the work area already uses.
SavedScenario save_scenario(Database& db, std::int64_t work_area, const std::string& name,
                            const ProgrammeParams& params, const std::string& actor);
std::vector<Scenario> list_scenarios(Database& db, std::int64_t work_area);
std::optional<Scenario> find_scenario(Database& db, std::int64_t work_area, std::int64_t id);
// Removes the work area's scenario and answers it as it was; nullopt when the work area has none
// with this id. Runs in the caller's transaction.
std::optional<Scenario> delete_scenario(Database& db, std::int64_t work_area, std::int64_t id);

}  // namespace leefbaar::store
