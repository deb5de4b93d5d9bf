#include "usecases/wijkwerk_campaigns.hpp"

#include <fmt/format.h>

#include "neighbourhood/wijkwerk.hpp"
#include "store/audit.hpp"
#include "store/wijkwerk_store.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"
#include "usecases/wijkwerk_audit.hpp"

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
      store::record_audit(db, {caller.email, "read", fmt::format("wijk_campaigns/{}", year), "",
                               "actie-aanmeldingen afhandelen (superburen, wijkreporters)"});
    return out;
  });
}

std::int64_t request_christmas_tree(Service& service, const User& caller, int year,
                                    const neighbourhood::TreeRequest& request) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    neighbourhood::require_wijk(caller,
                                store::wijk_of_buurt(db, wa.id, request.buurt_code, "buurt_code"));
    const auto entry = store::request_christmas_tree(db, wa.id, year, request, caller.email);
    audit_tree_request(db, caller.email, entry, request.buurt_code);
    return entry.id;
  });
}

std::int64_t nominate_superbuur(Service& service, const User& caller, int year,
                                const neighbourhood::SuperbuurNomination& nomination) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    neighbourhood::require_wijk(
        caller, store::wijk_of_buurt(db, wa.id, nomination.buurt_code, "buurt_code"));
    const auto entry = store::nominate_superbuur(db, wa.id, year, nomination, caller.email);
    audit_nomination(db, caller.email, entry, nomination.buurt_code);
    return entry.id;
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
    store::decide_superbuur(db, wa.id, id, decided, award.value_or(nomination->award));
    store::record_audit(
        db, {caller.email, "update", fmt::format("wijk_superbuur/{}", id), decided, ""});
    return decided;
  });
}

std::int64_t add_reporter(Service& service, const User& caller, int year, const std::string& name,
                          const std::string& speciality) {
  return change(service, [&](store::Database& db) {
    const auto entry =
        store::add_reporter(db, work_area_of(db, caller).id, year, name, speciality, caller.email);
    audit_made_campaign(db, caller.email, entry.made_campaign);
    store::record_audit(
        db, {caller.email, "create", fmt::format("wijk_reporter/{}", entry.id), speciality, ""});
    return entry.id;
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
      const auto entry =
          store::add_reporter_assignment(db, wa.id, reporter, assignment, caller.email);
      store::record_audit(
          db, {caller.email, "create", fmt::format("wijk_reporter_assignment/{}", entry.id),
               entry.text, ""});
      return entry.id;
    } catch (const FieldError& e) {
      // The reporter in the path is not the work area's: as every record of another work area,
      // it does not exist.
      if (e.field() == "reporter_id") throw NotFoundError(e.what());
      throw;
    }
  });
}

}  // namespace leefbaar::usecases
