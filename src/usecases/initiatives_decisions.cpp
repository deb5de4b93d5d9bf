#include "usecases/initiatives_decisions.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "store/audit.hpp"
#include "store/initiatives.hpp"
#include "usecases/initiatives_scope.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

neighbourhood::SupportAdded add_paper_support(Service& service, const User& caller,
                                              std::int64_t initiative,
                                              const neighbourhood::AddressText& address,
                                              TimePoint now) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    const auto target = visible_initiative(db, caller, wa, initiative, now);
    const auto support = store::add_paper_support(
        db, wa, target, neighbourhood::parse_address(address), now, caller.email);
    store::record_audit(db, {caller.email, "create",
                             fmt::format("initiative/{}/support/{}", target.id, support.added.id),
                             "steunbetuiging van papier", ""});
    record_majority(db, target.id, support.majority);
    return support.added;
  });
}

void decide_initiative(Service& service, const User& caller, std::int64_t initiative,
                       const std::string& decision, const std::string& reason,
                       const std::vector<neighbourhood::Pledge>& pledges, TimePoint now) {
  change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    const auto current = visible_initiative(db, caller, wa, initiative, now);
    if (decision != "goedgekeurd" && decision != "afgewezen")
      throw FieldError("decision", "Kies goedkeuren of afwijzen.");
    const neighbourhood::Decision d{decision == "goedgekeurd", reason, pledges};
    for (const auto& p : d.pledges)
      store::require_partnership_organisation(db, wa, p.organisation_id, "pledges");
    // The reason as the store cleaned it (trimmed), not as given.
    const auto stored_reason = store::decide_initiative(db, wa, current, d, now, caller.email);
    store::record_audit(
        db,
        {caller.email, d.approve ? "approve" : "refuse", fmt::format("initiative/{}", current.id),
         d.approve ? fmt::format("{} toezeggingen", d.pledges.size()) : stored_reason, ""});
  });
}

void advance_initiative(Service& service, const User& caller, std::int64_t initiative,
                        const std::string& state, const std::string& evaluation, TimePoint now) {
  change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    const auto current = visible_initiative(db, caller, wa, initiative, now);
    const auto to = neighbourhood::parse_state(state);
    if (!to) throw FieldError("state", "Kies gerealiseerd of geëvalueerd.");
    const auto text = store::advance_initiative(db, wa, current, *to, evaluation, now);
    store::record_audit(db, {caller.email, std::string(neighbourhood::state_text(*to)),
                             fmt::format("initiative/{}", current.id), text, ""});
  });
}

neighbourhood::MajorityRule change_majority_rule(Service& service, const User& caller,
                                                 const MajorityRuleChange& rule) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    auto saved = store::load_majority_rule(db, wa);
    if (rule.majority_share) saved.majority_share = *rule.majority_share;
    if (rule.decision_weeks) saved.decision_weeks = *rule.decision_weeks;
    store::save_majority_rule(db, wa, saved, caller.email);
    store::record_audit(db, {caller.email, "settings", fmt::format("initiative_settings/{}", wa),
                             fmt::format("aandeel {}, termijn {} weken", saved.majority_share,
                                         saved.decision_weeks),
                             ""});
    return saved;
  });
}

}  // namespace leefbaar::usecases
