// The deadline reminders of the caller (store/reminders.hpp): decisions on initiatives that are
// due within 7 days or overdue, and neighbour mediation deadlines. A wijk team sees those of its
// own wijken, analist and beheerder all; lezer none (the records behind them are not theirs to
// see). The same reminders are mailed by the server's background run.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "serve/app.hpp"
#include "store/reminders.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::serve {

namespace {

using nlohmann::json;
using store::Role;

void list_reminders(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto& user = caller->session.user;
  const std::string wijk = req.has_param("wijk") ? req.get_param_value("wijk") : "";
  if (!wijk.empty() && !store::is_wijk_code(wijk))
    throw HttpError{400, "bad_request", "Kies een wijk (een wijkcode als WK010601).", "wijk"};
  const std::string subject = req.has_param("kind") ? req.get_param_value("kind") : "";
  if (!subject.empty() && subject != "initiatief" && subject != "bemiddeling")
    throw HttpError{400, "bad_request", "Kies initiatief of bemiddeling.", "kind"};
  std::vector<std::string> wijken;
  if (user.role == Role::wijkteam) {
    wijken = user.wijken;
    if (!wijk.empty())
      wijken = std::count(wijken.begin(), wijken.end(), wijk) ? std::vector{wijk}
                                                              : std::vector<std::string>{};
    if (wijken.empty()) wijken = {"-"};  // none of the caller's
  } else if (!wijk.empty()) {
    wijken = {wijk};
  }
  const auto wa = work_area_for(app, *caller);
  std::vector<store::Reminder> reminders;
  std::set<std::string> mailed;
  {
    std::lock_guard lock(app.db_mutex);
    reminders = store::open_reminders(app.db, wa.id, app.config.now(), wijken);
    for (auto& key : store::reminders_mailed_to(app.db, user.id)) mailed.insert(std::move(key));
  }
  json out = json::array();
  for (const auto& r : reminders) {
    if (!subject.empty() && r.subject != subject) continue;
    out.push_back({{"key", r.key},
                   {"kind", r.subject},
                   {"record_id", r.record_id},
                   {"code", r.code},
                   {"wijk_code", r.wijk_code},
                   {"wijk_name", r.wijk_name},
                   {"title", r.title},
                   {"message", r.message},
                   {"due_on", r.due_on},
                   {"late", r.late},
                   {"link", r.link},
                   {"mailed", mailed.contains(r.key)}});
  }
  send_json(res, 200,
            {{"today", store::iso_utc(app.config.now()).substr(0, 10)}, {"reminders", out}});
}

}  // namespace

void add_reminder_routes(std::vector<Route>& routes) {
  routes.push_back({"GET",
                    "/api/reminders",
                    "/api/reminders",
                    "The caller's open deadline reminders (?wijk=&kind=initiatief|bemiddeling): "
                    "decisions due within 7 days or overdue, mediation intake and aftercare; "
                    "wijkteam its own wijken",
                    Access::session,
                    {Role::beheerder, Role::analist, Role::wijkteam},
                    list_reminders});
}

}  // namespace leefbaar::serve
