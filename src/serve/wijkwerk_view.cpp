#include "serve/wijkwerk_view.hpp"

#include <algorithm>

#include "serve/routes_wijkwerk_util.hpp"
#include "store/signals.hpp"
#include "store/wijkwerk_summary.hpp"

namespace leefbaar::serve::wijkwerk {

using store::Role;

Sight initiative_sight(const Caller& caller, const store::Initiative& i) {
  return neighbourhood::initiative_sight(caller.session.user, i.state, i.area.wijk);
}

nlohmann::json initiative_brief(const store::Initiative& i, Sight sight) {
  // Whether the team's decision is late is for the staff, not what the portal shows.
  return {{"id", i.id},
          {"overdue", sight == Sight::full && i.overdue},
          {"title", i.title},
          {"type", i.type},
          {"state", std::string(state_text(i.state))},
          {"supports", i.supports},
          {"needed", i.needed},
          {"households", i.households},
          {"supported", i.supported},
          {"buurt", i.area.buurt},
          {"buurt_name", i.area.buurt_name},
          {"wijk", i.area.wijk},
          {"wijk_name", i.area.wijk_name},
          {"submitted_on", i.created_at.substr(0, 10)},
          {"link", sight == Sight::full ? nlohmann::json("/initiatieven/" + std::to_string(i.id))
                                        : nlohmann::json(nullptr)}};
}

std::vector<InitiativeStep> initiative_steps(const store::Initiative& i, int year) {
  const std::string y = std::to_string(year);
  std::vector<InitiativeStep> out;
  auto add = [&](const std::string& at, const char* step) {
    if (at.size() >= 10 && at.compare(0, 4, y) == 0) out.push_back({at.substr(0, 10), step});
  };
  add(i.created_at, "ingediend");
  add(i.majority_at, "meerderheid");
  add(i.decided_at,
      i.state == neighbourhood::InitiativeState::refused ? "afgewezen" : "goedgekeurd");
  add(i.realised_at, "gerealiseerd");
  return out;
}

bool initiative_ran_in(const store::Initiative& i, int year) {
  const std::string y = std::to_string(year);
  if (i.created_at.substr(0, 4) > y) return false;
  std::string ended;
  using neighbourhood::InitiativeState;
  if (i.state == InitiativeState::refused) ended = i.decided_at;
  if (i.state == InitiativeState::realised || i.state == InitiativeState::evaluated)
    ended = i.realised_at;
  return ended.empty() || ended.substr(0, 4) >= y;
}

bool may_see_money(const Caller& caller) {
  return caller.session.user.role != Role::wijkteam;
}

nlohmann::json count_json(const neighbourhood::ShownCount& c) {
  if (c.n) return {{"n", *c.n}, {"text", std::to_string(*c.n)}};
  if (c.small) return {{"n", nullptr}, {"text", "minder dan 5"}, {"hidden", "klein"}};
  return {{"n", nullptr}, {"text", "niet getoond"}, {"hidden", "afgeschermd"}};
}

SignalTable signal_table(App& app, std::int64_t work_area, int year) {
  std::vector<store::AreaRef> buurten;
  std::vector<store::SignalAreaCount> counts;
  {
    std::lock_guard lock(app.db_mutex);
    buurten = store::list_buurten(app.db, work_area);
    counts = store::count_signals_by_area(app.db, work_area, year);
  }
  return SignalTable(buurten, neighbourhood::signal_kinds(), counts);
}

nlohmann::json signal_counts_json(const SignalTable& table, const std::string& area, int month) {
  nlohmann::json by_kind = nlohmann::json::array();
  for (std::size_t k = 1; k < table.kinds().size(); ++k)
    by_kind.push_back({{"kind", table.kinds()[k]},
                       {"count", count_json(table.shown(area, table.kinds()[k], month))}});
  return {{"total", count_json(table.shown(area, "", month))}, {"by_kind", by_kind}};
}

Years wijkwerk_years(App& app, std::int64_t work_area) {
  store::WijkwerkYears found;
  {
    std::lock_guard lock(app.db_mutex);
    found = store::wijkwerk_years(app.db, work_area);
  }
  Years out{found.all, found.newest_planned};
  const int this_year = std::stoi(today(app).substr(0, 4));
  if (out.default_year == 0) out.default_year = this_year;
  if (std::find(out.years.begin(), out.years.end(), this_year) == out.years.end()) {
    out.years.push_back(this_year);
    std::sort(out.years.rbegin(), out.years.rend());
  }
  return out;
}

}  // namespace leefbaar::serve::wijkwerk
