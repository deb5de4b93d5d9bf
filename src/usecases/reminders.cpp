#include "usecases/reminders.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "store/audit.hpp"
#include "store/reminders.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

namespace {

// The wijken whose reminders the caller gets (empty: all); "-" matches none.
std::vector<std::string> reminder_wijken(const User& caller, const std::string& wijk) {
  if (caller.role != Role::wijkteam)
    return wijk.empty() ? std::vector<std::string>{} : std::vector{wijk};
  std::vector<std::string> wijken = caller.wijken;
  if (!wijk.empty())
    wijken = std::count(wijken.begin(), wijken.end(), wijk) ? std::vector{wijk}
                                                            : std::vector<std::string>{};
  if (wijken.empty()) wijken = {"-"};  // none of the caller's
  return wijken;
}

}  // namespace

std::vector<CallerReminder> reminders_of(Service& service, const User& caller,
                                         const std::string& wijk, const std::string& subject,
                                         std::chrono::system_clock::time_point now) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const auto open = store::open_reminders(db, wa.id, now, reminder_wijken(caller, wijk));
    const auto keys = store::reminders_mailed_to(db, caller.id);
    const std::set<std::string> mailed(keys.begin(), keys.end());
    std::vector<CallerReminder> out;
    for (const auto& r : open)
      if (subject.empty() || r.subject == subject) out.push_back({r, mailed.contains(r.key)});
    return out;
  });
}

// The store opens one transaction per work area: holding_lock, not one around them all.
int run_reminders(Service& service, std::chrono::system_clock::time_point now,
                  const std::string& public_url) {
  return holding_lock(service, [&](store::Database& db) {
    return store::run_reminders(
        db, now, public_url, [](store::Database& db, std::int64_t work_area, int sent) {
          store::record_audit(db, {"systeem", "remind", fmt::format("work_area/{}", work_area),
                                   fmt::format("{} herinneringen gemaild", sent), ""});
        });
  });
}

}  // namespace leefbaar::usecases
