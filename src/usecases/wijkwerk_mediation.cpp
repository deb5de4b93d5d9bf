#include "usecases/wijkwerk_mediation.hpp"

#include <fmt/format.h>

#include "neighbourhood/wijkwerk.hpp"
#include "store/audit.hpp"
#include "store/wijkwerk_store.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

std::vector<neighbourhood::MediationCase> list_mediation_cases(Service& service, const User& caller,
                                                               const std::string& wijk, int year) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    std::vector<std::string> wijken;
    if (!wijk.empty()) {
      neighbourhood::require_wijk(caller, wijk);
      wijken = {wijk};
    } else if (caller.role == Role::wijkteam) {
      wijken = caller.wijken;
      if (wijken.empty()) wijken = {"-"};  // none
    }
    auto cases = store::list_mediation_cases(db, wa.id, wijken, year);
    store::record_audit(
        db, {caller.email, "read", fmt::format("wijk_mediation/{}", wijk.empty() ? "alle" : wijk),
             "", "buurtbemiddeling: zaken en termijnen volgen"});
    return cases;
  });
}

std::int64_t add_mediation_case(Service& service, const User& caller,
                                neighbourhood::MediationCase c,
                                const neighbourhood::MediationSteps& steps) {
  neighbourhood::apply_steps(steps, c);
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    neighbourhood::require_wijk(caller,
                                store::wijk_of_buurt(db, wa.id, c.buurt_code, "buurt_code"));
    const auto id = store::add_mediation_case(db, wa.id, c, caller.email);
    // The number as stored: the next free one when none was given.
    const auto stored = *store::find_mediation_case(db, wa.id, id);
    store::record_audit(
        db, {caller.email, "create", fmt::format("wijk_mediation/{}", id),
             fmt::format("{} {} {}", stored.case_number, stored.buurt_code, stored.dispute), ""});
    return id;
  });
}

neighbourhood::MediationCase update_mediation_case(Service& service, const User& caller,
                                                   std::int64_t id,
                                                   const neighbourhood::MediationSteps& steps) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    auto c = store::find_mediation_case(db, wa.id, id);
    if (!c) throw NotFoundError("Deze bemiddelingszaak bestaat niet.");
    neighbourhood::require_wijk(caller, c->wijk_code);
    neighbourhood::apply_steps(steps, *c);
    store::update_mediation_case(db, wa.id, id, *c);
    store::record_audit(db, {caller.email, "update", fmt::format("wijk_mediation/{}", id),
                             c->outcome.empty() ? "lopend" : c->outcome, ""});
    return *store::find_mediation_case(db, wa.id, id);
  });
}

std::vector<neighbourhood::MediationFigures> mediation_figures(Service& service, const User& caller,
                                                               int year, const std::string& today) {
  return read(service, [&](store::Database& db) {
    return store::mediation_figures(db, work_area_of(db, caller).id, year, today);
  });
}

}  // namespace leefbaar::usecases
