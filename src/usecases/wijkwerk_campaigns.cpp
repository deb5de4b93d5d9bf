#include "usecases/wijkwerk_campaigns.hpp"

#include <fmt/format.h>

#include "neighbourhood/wijkwerk.hpp"
#include "store/wijkwerk_store.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

CampaignIntake campaign_intake(Service& service, const User& caller, int year,
                               const std::string& wijk) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const bool details = caller.role != Role::lezer;
    CampaignIntake out;
    out.campaigns = store::list_campaigns(db, wa.id, year);
    for (auto& t : store::list_tree_requests(db, wa.id, year, wijk)) {
      ++out.tree_count;
      if (details && neighbourhood::works_in(caller, t.wijk_code))
        out.trees.push_back(std::move(t));
    }
    for (auto& n : store::list_nominations(db, wa.id, year, wijk)) {
      ++out.nomination_count;
      if (details && neighbourhood::works_in(caller, n.wijk_code))
        out.nominations.push_back(std::move(n));
    }
    for (auto& r : store::list_reporters(db, wa.id, year)) {
      ++out.reporter_count;
      if (details) out.reporters.push_back(std::move(r));
    }
    if (details && (out.nomination_count > 0 || out.reporter_count > 0))
      store::audit_wijkwerk_read(db, caller.email, fmt::format("wijk_campaigns/{}", year),
                                 "actie-aanmeldingen afhandelen (superburen, wijkreporters)");
    return out;
  });
}

std::int64_t request_christmas_tree(Service& service, const User& caller, int year,
                                    const neighbourhood::TreeRequest& request) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    neighbourhood::require_wijk(caller,
                                store::wijk_of_buurt(db, wa.id, request.buurt_code, "buurt_code"));
    return store::request_christmas_tree(db, wa.id, year, request, caller.email);
  });
}

std::int64_t nominate_superbuur(Service& service, const User& caller, int year,
                                const neighbourhood::SuperbuurNomination& nomination) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    neighbourhood::require_wijk(
        caller, store::wijk_of_buurt(db, wa.id, nomination.buurt_code, "buurt_code"));
    return store::nominate_superbuur(db, wa.id, year, nomination, caller.email);
  });
}

std::string decide_superbuur(Service& service, const User& caller, std::int64_t id,
                             const std::optional<std::string>& status,
                             const std::optional<std::string>& award) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const auto nomination = store::find_nomination(db, wa.id, id);
    if (!nomination) throw NotFoundError("Deze nominatie bestaat niet.");
    neighbourhood::require_wijk(caller, nomination->wijk_code);
    const std::string decided = status.value_or(nomination->status);
    store::decide_superbuur(db, wa.id, id, decided, award.value_or(nomination->award),
                            caller.email);
    return decided;
  });
}

std::int64_t add_reporter(Service& service, const User& caller, int year, const std::string& name,
                          const std::string& speciality) {
  return change(service, [&](store::Database& db) {
    return store::add_reporter(db, work_area_of(db, caller).id, year, name, speciality,
                               caller.email);
  });
}

std::int64_t add_reporter_assignment(Service& service, const User& caller, std::int64_t reporter,
                                     const neighbourhood::ReporterAssignment& assignment) {
  if (!neighbourhood::is_wijk_code(assignment.wijk_code))
    throw FieldError("wijk_code", "Kies een wijk.");
  neighbourhood::require_wijk(caller, assignment.wijk_code);
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    try {
      return store::add_reporter_assignment(db, wa.id, reporter, assignment, caller.email);
    } catch (const FieldError& e) {
      // The reporter in the path is not the work area's: as every record of another work area,
      // it does not exist.
      if (e.field() == "reporter_id") throw NotFoundError(e.what());
      throw;
    }
  });
}

}  // namespace leefbaar::usecases
