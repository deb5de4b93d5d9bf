#include "usecases/signals_sharing.hpp"

#include <fmt/format.h>

#include "store/audit.hpp"
#include "store/initiatives.hpp"
#include "store/signal_sharing.hpp"
#include "store/signals.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

namespace {

SignalSharing sharing_of(store::Database& db, std::int64_t work_area) {
  SignalSharing out;
  out.organisations = store::partnership_organisations(db, work_area);
  for (const auto& a : store::signal_areas(db, work_area))
    if (a.wijk.empty()) out.wijken.push_back(a);
  out.sharing = store::load_sharing(db, work_area);
  return out;
}

}  // namespace

SignalSharing signal_sharing(Service& service, const User& caller) {
  return read(service,
              [&](store::Database& db) { return sharing_of(db, work_area_of(db, caller).id); });
}

SignalSharing set_signal_sharing(Service& service, const User& caller, const std::string& wijk,
                                 std::int64_t partner, bool shared,
                                 std::chrono::system_clock::time_point now) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const bool changed = store::set_sharing(db, wa.id, caller, wijk, partner, shared, now);
    if (changed)
      store::record_audit(
          db, {caller.email, shared ? "grant" : "revoke",
               fmt::format("signaaldelen/{}/{}/{}", wa.id, wijk, partner),
               neighbourhood::describe_sharing(caller.organisation_id, wijk, partner, shared),
               "samenwerkingsafspraak"});
    auto out = sharing_of(db, wa.id);
    out.changed = changed;
    return out;
  });
}

}  // namespace leefbaar::usecases
