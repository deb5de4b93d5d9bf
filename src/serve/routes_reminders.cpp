// The deadline reminders of the caller (usecases/reminders.hpp): decisions on initiatives that are
// due within 7 days or overdue, and neighbour mediation deadlines. A wijk team sees those of its
// own wijken, analist and beheerder all; lezer none (the records behind them are not theirs to
// see). The same reminders are mailed by the server's background run.
#include "core/dates.hpp"
#include "serve/app.hpp"
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "usecases/reminders.hpp"

namespace leefbaar::serve {

namespace {

using nlohmann::json;

void list_reminders(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const std::string wijk = wijkwerk::wijk_param(req);
  const std::string subject = req.has_param("kind") ? req.get_param_value("kind") : "";
  if (!subject.empty() && subject != "initiatief" && subject != "bemiddeling")
    throw HttpError{400, "bad_request", "Kies initiatief of bemiddeling.", "kind"};
  const auto now = app.config.now();
  json out = json::array();
  for (const auto& [r, mailed] :
       usecases::reminders_of(app.service, caller->session.user, wijk, subject, now))
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
                   {"mailed", mailed}});
  send_json(res, 200, {{"today", day_text(now)}, {"reminders", out}});
}

}  // namespace

void add_reminder_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto reminder =
      object({{"key", string("The reminder's identity, as initiative/12/besluit_binnenkort")},
              {"kind", one_of({"initiatief", "bemiddeling"})},
              {"record_id", integer()},
              {"code", one_of({"besluit_binnenkort", "besluit_te_laat", "intake_binnenkort",
                               "intake_te_laat", "nazorg_open", "nazorg_sluit", "nazorg_te_laat"})},
              {"wijk_code", string()},
              {"wijk_name", string()},
              {"title", string("The initiative's title or the case number")},
              {"message", string()},
              {"due_on", date("The deadline")},
              {"late", boolean("The deadline has passed")},
              {"link", string("The page that handles it")},
              {"mailed", boolean("Mailed to the caller already")}});
  routes.push_back(
      Route{"GET", "/api/v1/herinneringen",
            "The caller's open deadline reminders (?wijk=&kind=initiatief|bemiddeling): "
            "decisions due within 7 days or overdue, mediation intake and aftercare; "
            "wijkteam its own wijken",
            Access::session, kWorkers, list_reminders}
          .with_query(json{{"wijk", string()}, {"kind", one_of({"initiatief", "bemiddeling"})}})
          .answers(200, object({{"today", date()}, {"reminders", array(reminder)}})));
}

}  // namespace leefbaar::serve
