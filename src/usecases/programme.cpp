#include "usecases/programme.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/params_json.hpp"
#include "store/audit.hpp"
#include "store/imports.hpp"
#include "store/initiatives.hpp"
#include "store/runs.hpp"
#include "store/settings.hpp"
#include "store/work_area_data.hpp"
#include "usecases/import_audit.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"
#include "usecases/workspace.hpp"

namespace leefbaar::usecases {

namespace {

const char* const kNoRun = "Deze programmarun bestaat niet.";
const char* const kNoScenario = "Dit scenario bestaat niet.";

}  // namespace

void save_settings(Service& service, const User& caller, const ProgrammeParams& params) {
  const auto work_area = change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    store::save_settings(db, wa.id, params, caller.email);
    store::record_audit(db, {caller.email, "settings", fmt::format("work_area/{}", wa.id),
                             params_to_json(params).dump(), ""});
    return wa.id;
  });
  drop_workspace(service, work_area);
}

std::vector<Scenario> list_scenarios(Service& service, const User& caller) {
  return read(service, [&](store::Database& db) {
    return store::list_scenarios(db, work_area_of(db, caller).id);
  });
}

std::int64_t save_scenario(Service& service, const User& caller, const std::string& name,
                           const ProgrammeParams& params) {
  return change(service, [&](store::Database& db) {
    const auto saved =
        store::save_scenario(db, work_area_of(db, caller).id, name, params, caller.email);
    store::record_audit(
        db, {caller.email, "create", fmt::format("scenario/{}", saved.id), saved.name, ""});
    return saved.id;
  });
}

Scenario find_scenario(Service& service, const User& caller, std::int64_t id,
                       const std::string& field) {
  auto s = read(service, [&](store::Database& db) {
    return store::find_scenario(db, work_area_of(db, caller).id, id);
  });
  if (!s) throw NotFoundError(kNoScenario, "not_found", field);
  return *s;
}

void delete_scenario(Service& service, const User& caller, std::int64_t id) {
  change(service, [&](store::Database& db) {
    const auto removed = store::delete_scenario(db, work_area_of(db, caller).id, id);
    if (!removed) throw NotFoundError(kNoScenario, "not_found", "id");
    // The previous value: the name and the parameters, enough to save the scenario again.
    store::record_audit(
        db, {caller.email, "delete", fmt::format("scenario/{}", id),
             nlohmann::json{{"name", removed->name}, {"params", params_to_json(removed->params)}}
                 .dump(),
             ""});
  });
}

std::vector<StoredRun> list_runs(Service& service, const User& caller) {
  return read(service, [&](store::Database& db) {
    return store::list_programme_runs(db, work_area_of(db, caller).id);
  });
}

std::vector<StoredGemeente> run_gemeenten(Service& service, const User& caller, std::int64_t run) {
  auto rows = read(service, [&](store::Database& db) {
    return store::run_gemeenten(db, work_area_of(db, caller).id, run);
  });
  if (!rows) throw NotFoundError(kNoRun, "not_found", "id");
  return std::move(*rows);
}

std::vector<StoredArea> run_areas(Service& service, const User& caller, std::int64_t run,
                                  AreaLevel level) {
  auto rows = read(service, [&](store::Database& db) {
    return store::run_areas(db, work_area_of(db, caller).id, run, level);
  });
  if (!rows) throw NotFoundError(kNoRun, "not_found", "id");
  return std::move(*rows);
}

ImportList list_imports(Service& service, const User& caller) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    return ImportList{wa, store::list_imports(db, wa.id)};
  });
}

ImportReport import_file(Service& service, const User& caller, const std::string& kind,
                         const std::filesystem::path& file, const std::string& display,
                         bool confirm_shrink) {
  WorkArea wa;
  auto report = holding_lock(service, [&](store::Database& db) {
    wa = work_area_of(db, caller);
    return store::import_file(db, kind, wa.organisation, wa.name, file, {}, caller.email, display,
                              confirm_shrink, audit_import_as(caller.email, wa.name));
  });
  drop_workspace(service, wa.id);
  return report;
}

std::vector<OrganisationRef> partnership(Service& service, const User& caller) {
  auto organisations = read(service, [&](store::Database& db) {
    return store::partnership_organisations(db, work_area_of(db, caller).id);
  });
  std::sort(organisations.begin(), organisations.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return organisations;
}

std::int64_t add_partner_organisation(Service& service, const User& caller, const std::string& name,
                                      const std::string& kind) {
  return change(service, [&](store::Database& db) {
    const auto id = store::create_partner_organisation(db, work_area_of(db, caller).id, name, kind);
    store::record_audit(db, {caller.email, "create", fmt::format("organisation/{}", id),
                             name + " (" + kind + ")", ""});
    return id;
  });
}

std::vector<WijkChoice> wijken(Service& service, const User& caller) {
  return read(service, [&](store::Database& db) {
    return store::list_wijken(db, work_area_of(db, caller).id);
  });
}

}  // namespace leefbaar::usecases
