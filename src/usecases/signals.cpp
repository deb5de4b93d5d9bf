#include "usecases/signals.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/signals.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

namespace {

NotFoundError no_contact() {
  return NotFoundError("Dit contactmoment bestaat niet (meer).");
}

constexpr const char* kFollowUp = "opvolging signaal";

std::string contact_subject(std::int64_t id) {
  return fmt::format("signaal/{}", id);
}

}  // namespace

ContactOverview contact_overview(Service& service, const User& caller,
                                 const neighbourhood::ContactFilter& filter) {
  if (!neighbourhood::may_record_signals(caller)) {
    // Counts only: nothing personal is read, so nothing is audited; the scope is still checked.
    read(service, [&](store::Database& db) { work_area_of(db, caller); });
    return {};
  }
  // A change: the read of the list is audited.
  return {true, change(service, [&](store::Database& db) {
            const auto wa = work_area_of(db, caller).id;
            auto page = store::list_contacts(db, wa, caller, filter);
            store::record_audit(db,
                                {caller.email, "read", fmt::format("signalen/werkgebied/{}", wa),
                                 fmt::format("lijst van {} contactmomenten ({} in totaal)",
                                             page.contacts.size(), page.total),
                                 "overzicht wijkteam"});
            return page;
          })};
}

std::int64_t record_contact(Service& service, const User& caller,
                            const neighbourhood::ContactInput& input,
                            std::chrono::system_clock::time_point now) {
  return change(service, [&](store::Database& db) {
    const auto recorded =
        store::record_contact(db, work_area_of(db, caller).id, caller, input, now);
    store::record_audit(
        db, {caller.email, "create", contact_subject(recorded.id),
             fmt::format("contactmoment in {} met {} signalen", recorded.wijk, recorded.signals),
             "vastleggen contactmoment"});
    return recorded.id;
  });
}

neighbourhood::ContactMoment contact_details(Service& service, const User& caller,
                                             std::int64_t id) {
  // A refusal is thrown after the transaction commits, so that its audit entry stays: who tried
  // to read what is logged too.
  bool refused = false;
  const auto contact = change(service, [&](store::Database& db) {
    std::optional<neighbourhood::ContactMoment> c;
    try {
      c = store::read_contact(db, work_area_of(db, caller).id, caller, id);
    } catch (const neighbourhood::SignalAccessDenied&) {
      refused = true;
      store::record_audit(db, {caller.email, "read_refused", contact_subject(id), "", kFollowUp});
    }
    if (c)
      store::record_audit(db, {caller.email, "read", contact_subject(id), "details", kFollowUp});
    return c;
  });
  if (refused) throw neighbourhood::SignalAccessDenied();
  if (!contact) throw no_contact();
  return *contact;
}

void change_follow_up(Service& service, const User& caller, std::int64_t id,
                      const neighbourhood::FollowUpChange& follow_up,
                      std::chrono::system_clock::time_point now) {
  change(service, [&](store::Database& db) {
    const auto changed =
        store::update_follow_up(db, work_area_of(db, caller).id, caller, id, follow_up, now);
    if (!changed) throw no_contact();
    if (!changed->empty())
      store::record_audit(
          db, {caller.email, "update", contact_subject(id), join(*changed, ", "), kFollowUp});
  });
}

std::int64_t add_follow_up_note(Service& service, const User& caller, std::int64_t id,
                                const std::string& note,
                                std::chrono::system_clock::time_point now) {
  return change(service, [&](store::Database& db) {
    const auto note_id =
        store::add_follow_up_note(db, work_area_of(db, caller).id, caller, id, note, now);
    if (!note_id) throw no_contact();
    store::record_audit(db, {caller.email, "create",
                             fmt::format("signaal/{}/notitie/{}", id, *note_id), "", kFollowUp});
    return *note_id;
  });
}

}  // namespace leefbaar::usecases
