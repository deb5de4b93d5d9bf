#pragma once
// The programme side's operations, each scoped to the caller's work area: its settings and saved
// scenarios, the stored runs, the imports, and the partnership's organisations and wijken (Beheer).
// The live programme itself is usecases/workspace.hpp.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/parameters.hpp"
#include "core/programme_records.hpp"
#include "core/types.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// Saves the programme settings (audited) and replaces the live programme.
void save_settings(Service& service, const User& caller, const ProgrammeParams& params);

std::vector<Scenario> list_scenarios(Service& service, const User& caller);
// FieldError("name") for an empty name or one the work area already uses.
std::int64_t save_scenario(Service& service, const User& caller, const std::string& name,
                           const ProgrammeParams& params);
// NotFoundError on `field` when the work area has no scenario with this id.
Scenario find_scenario(Service& service, const User& caller, std::int64_t id,
                       const std::string& field);
// Removes a scenario of the caller's work area, audited with its name and parameters as they were;
// NotFoundError("id") when the work area has no scenario with this id.
void delete_scenario(Service& service, const User& caller, std::int64_t id);

std::vector<StoredRun> list_runs(Service& service, const User& caller);
// NotFoundError("id") for a run of another work area, or none.
std::vector<StoredGemeente> run_gemeenten(Service& service, const User& caller, std::int64_t run);
std::vector<StoredArea> run_areas(Service& service, const User& caller, std::int64_t run,
                                  AreaLevel level);

struct ImportList {
  WorkArea work_area;
  std::vector<ImportRecord> imports;  // newest first
};
ImportList list_imports(Service& service, const User& caller);
// Reads the file (one of kImportKinds) into the caller's work area, all or nothing, and replaces
// the live programme. InputError with the reader's message on bad input, ShrinkRefused when it
// would shrink its kind by more than half and confirm_shrink is not set.
ImportReport import_file(Service& service, const User& caller, const std::string& kind,
                         const std::filesystem::path& file, const std::string& display,
                         bool confirm_shrink);

// The organisations of the caller's partnership by name (the store holds other tenants too).
std::vector<OrganisationRef> partnership(Service& service, const User& caller);
// A new organisation (gemeente, corporatie or welzijn) joins the caller's partnership.
std::int64_t add_partner_organisation(Service& service, const User& caller, const std::string& name,
                                      const std::string& kind);
std::vector<WijkChoice> wijken(Service& service, const User& caller);

}  // namespace leefbaar::usecases
