#include "usecases/signals.hpp"

#include "core/errors.hpp"
#include "store/signals.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

namespace {

NotFoundError no_contact() {
  return NotFoundError("Dit contactmoment bestaat niet (meer).");
}

}  // namespace

ContactOverview contact_overview(Service& service, const User& caller, int year) {
  if (!neighbourhood::may_record_signals(caller)) {
    // Counts only: nothing personal is read, so nothing is audited; the scope is still checked.
    read(service, [&](store::Database& db) { work_area_of(db, caller); });
    return {};
  }
  // A change: the read of the list is audited.
  return {true, change(service, [&](store::Database& db) {
            return store::list_contacts(db, work_area_of(db, caller).id, caller, year,
                                        "overzicht wijkteam");
          })};
}

std::int64_t record_contact(Service& service, const User& caller,
                            const neighbourhood::ContactInput& input,
                            std::chrono::system_clock::time_point now) {
  return change(service, [&](store::Database& db) {
    return store::record_contact(db, work_area_of(db, caller).id, caller, input, now);
  });
}

neighbourhood::ContactMoment contact_details(Service& service, const User& caller,
                                             std::int64_t id) {
  // A refusal is thrown after the transaction commits, so that its audit entry stays.
  bool refused = false;
  const auto contact = change(service, [&](store::Database& db) {
    std::optional<neighbourhood::ContactMoment> c;
    try {
      c = store::read_contact(db, work_area_of(db, caller).id, caller, id, "opvolging signaal");
    } catch (const neighbourhood::SignalAccessDenied&) {
      refused = true;
    }
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
    if (!store::update_follow_up(db, work_area_of(db, caller).id, caller, id, follow_up, now))
      throw no_contact();
  });
}

std::int64_t add_follow_up_note(Service& service, const User& caller, std::int64_t id,
                                const std::string& note,
                                std::chrono::system_clock::time_point now) {
  return change(service, [&](store::Database& db) {
    const auto note_id =
        store::add_follow_up_note(db, work_area_of(db, caller).id, caller, id, note, now);
    if (!note_id) throw no_contact();
    return *note_id;
  });
}

}  // namespace leefbaar::usecases
