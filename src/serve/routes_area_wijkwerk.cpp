// GET /api/areas/{level}/{code}/wijkwerk?year=YYYY: the neighbourhood work on an area page. For a
// wijk or buurt: the wijk's profile of the year, the initiatives there, the activities, physical
// works, mediation counts, signal counts by kind (small counts hidden) and the spending next to
// the programme's plan; for a gemeente the same totals per wijk. A block the caller may not see is
// left out of the answer (serve/wijkwerk_view.hpp has the rules). The timeline is GET
// /api/wijkwerk/timeline?wijk=&buurt=.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "serve/routes_wijkwerk_util.hpp"
#include "serve/wijkwerk_view.hpp"
#include "store/spending.hpp"

namespace leefbaar::serve {

namespace {

using nlohmann::json;
using namespace wijkwerk;

double euros(long long cents) {
  return static_cast<double>(cents) / 100.0;
}

// The area asked for, with the buurten of the work area around it.
struct Place {
  std::string level, code, name, wijk, wijk_name, gemeente;
  std::vector<store::AreaRef> buurten;  // of the work area
  bool holds(const std::string& buurt, const std::string& wijk_code) const {
    if (level == "buurt") return buurt == code;
    if (level == "wijk") return wijk_code == code;
    return std::any_of(buurten.begin(), buurten.end(), [&](const store::AreaRef& b) {
      return b.wijk == wijk_code && b.gemeente == code;
    });
  }
  std::vector<std::pair<std::string, std::string>> wijken() const {  // of a gemeente
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& b : buurten)
      if (b.gemeente == code && (out.empty() || out.back().first != b.wijk))
        out.emplace_back(b.wijk, b.wijk_name);
    return out;
  }
};

Place find_place(App& app, std::int64_t work_area, const std::string& level,
                 const std::string& code) {
  Place p{level, code, "", "", "", "", {}};
  {
    std::lock_guard lock(app.db_mutex);
    p.buurten = store::list_buurten(app.db, work_area);
  }
  for (const auto& b : p.buurten) {
    if ((level == "buurt" && b.buurt == code) || (level == "wijk" && b.wijk == code)) {
      p.name = level == "buurt" ? b.buurt_name : b.wijk_name;
      p.wijk = b.wijk;
      p.wijk_name = b.wijk_name;
      p.gemeente = b.gemeente;
      return p;
    }
    if (level == "gemeente" && b.gemeente == code) {
      p.gemeente = code;
      return p;
    }
  }
  throw HttpError{404, "not_found",
                  fmt::format("Het gebied {} komt niet voor in het werkgebied.", code), "code"};
}

// ---- Blocks ----------------------------------------------------------------------------------

json profile_block(App& app, const Caller& caller, std::int64_t work_area, const std::string& wijk,
                   int year) {
  std::vector<store::WijkProfile> profiles;
  {
    std::lock_guard lock(app.db_mutex);
    profiles = store::list_profiles(app.db, work_area, wijk, year);
    // The team's names are personal data (of staff): the read is logged with its purpose.
    if (!profiles.empty())
      store::audit_wijkwerk_read(app.db, caller.session.user.email,
                                 fmt::format("wijk_profiles/{}/{}", wijk, year),
                                 "wijkprofiel met wijkteam bekijken op de gebiedspagina");
  }
  if (profiles.empty()) return nullptr;
  const auto& p = profiles.front();
  json priorities = json::array(), team = json::array(), places = json::array();
  for (const auto& n : p.priority_names) priorities.push_back(n);
  for (const auto& m : p.team)
    team.push_back(
        {{"name", m.name}, {"team_role", m.team_role}, {"organisation", m.organisation}});
  for (const auto& m : p.meeting_places)
    places.push_back({{"kind", m.kind},
                      {"name", m.name},
                      {"address", m.address},
                      {"opened_on", m.opened_on},
                      {"closed_on", m.closed_on}});
  return {{"wijk_code", p.wijk_code}, {"year", p.year},           {"description", p.description},
          {"focus", p.focus},         {"priorities", priorities}, {"team", team},
          {"meeting_places", places}};
}

json initiatives_block(const Caller& caller, const std::vector<store::Initiative>& all,
                       const Place& place, int year) {
  json items = json::array();
  std::map<std::string, long long> by_state;
  long long supports = 0;
  bool everything = true;
  for (const auto& i : all) {
    if (!place.holds(i.area.buurt, i.area.wijk) || !initiative_ran_in(i, year)) continue;
    const Sight sight = initiative_sight(caller, i);
    if (sight != Sight::full) everything = false;
    if (sight == Sight::none) continue;
    items.push_back(initiative_brief(i, sight));
    ++by_state[std::string(state_text(i.state))];
    supports += i.supports;
  }
  return {{"count", items.size()},
          {"by_state", by_state},
          {"supports", supports},
          {"scope", everything ? "alle" : "openbaar"},
          {"items", items}};
}

json activities_block(const std::vector<store::Activity>& all, const Place& place) {
  long long count = 0, participants = 0, cost = 0;
  std::map<std::string, long long> per_effort;
  std::vector<const store::Activity*> here;
  for (const auto& a : all) {
    if (!place.holds(a.buurt_code, a.wijk_code)) continue;
    ++count;
    participants += a.participants;
    cost += a.cost_cents;
    ++per_effort[a.effort];
    here.push_back(&a);
  }
  // A short list: the latest few.
  std::sort(here.begin(), here.end(),
            [](const auto* a, const auto* b) { return a->held_on > b->held_on; });
  json items = json::array();
  for (std::size_t k = 0; k < here.size() && k < 8; ++k)
    items.push_back({{"held_on", here[k]->held_on},
                     {"title", here[k]->title},
                     {"type", here[k]->type},
                     {"buurt_code", here[k]->buurt_code},
                     {"participants", here[k]->participants},
                     {"cost", euros(here[k]->cost_cents)}});
  return {{"count", count},
          {"participants", participants},
          {"cost", euros(cost)},
          {"per_effort", per_effort},
          {"latest", items}};
}

json works_block(const std::vector<store::PhysicalWork>& all, const Place& place) {
  json out = json::array();
  for (const auto& w : all) {
    // Work for the whole wijk counts for each of its buurten.
    const bool here = place.level == "buurt"
                          ? w.area_code == place.code || w.area_code == place.wijk
                          : place.holds(w.area_code, w.wijk_code);
    if (!here) continue;
    out.push_back({{"id", w.id},
                   {"kind", w.kind},
                   {"title", w.title},
                   {"area_code", w.area_code},
                   {"wijk", w.wijk_code},
                   {"starts_on", w.starts_on},
                   {"ends_on", w.ends_on.empty() ? json(nullptr) : json(w.ends_on)}});
  }
  return out;
}

json mediation_row(const store::MediationFigures& f) {
  return {
      {"wijk_code", f.wijk_code},     {"reported", f.reported}, {"excluded", f.excluded},
      {"running", f.running},         {"solved", f.solved},     {"partly_solved", f.partly_solved},
      {"not_solved", f.not_solved},   {"stopped", f.stopped},   {"agreements", f.agreements},
      {"joint_talks", f.joint_talks}, {"overdue", f.overdue}};
}

// Counts of a buurt's cases, for those who work in its wijk.
json buurt_mediation(const std::vector<store::MediationCase>& cases, const std::string& buurt) {
  store::MediationFigures f;
  f.wijk_code = buurt;
  for (const auto& c : cases) {
    if (c.buurt_code != buurt) continue;
    ++f.reported;
    f.excluded += c.outcome == "uitgesloten";
    f.running += c.outcome.empty();
    f.solved += c.outcome == "opgelost";
    f.partly_solved += c.outcome == "deels_opgelost";
    f.not_solved += c.outcome == "niet_opgelost";
    f.stopped += c.outcome == "gestopt";
    f.agreements += !c.agreements_on.empty();
    f.joint_talks += !c.joint_talk_on.empty();
  }
  return mediation_row(f);
}

// The programme's plan for the area (whole euros of the plan's year) and the ledger's spending in
// the year: for a gemeente its entries, for a wijk those naming it or an initiative in it, for a
// buurt those for its initiatives.
json plan_of(App& app, const Caller& caller, const Place& place) {
  try {
    const auto ws = workspace_for(app, caller);
    const auto& stock = ws->run().stock;
    long long sum = 0;
    bool found = false;
    if (place.level == "gemeente") {
      for (const auto& g : ws->result().gemeenten)
        if (stock.gemeenten.code(g.gemeente) == place.code) {
          sum += g.plan;
          found = true;
        }
    } else {
      for (const auto& b : ws->result().buurten) {
        const auto w = stock.wijk_of_buurt[static_cast<std::size_t>(b.buurt)];
        const bool here = place.level == "buurt" ? stock.buurten.code(b.buurt) == place.code
                                                 : w >= 0 && stock.wijken.code(w) == place.code;
        if (here) {
          sum += b.plan;
          found = true;
        }
      }
    }
    return {{"plan", found ? json(sum) : json(nullptr)},
            {"plan_year", ws->settings().budget.year.value_or(ws->settings().edition)}};
  } catch (const HttpError&) {
    return {{"plan", nullptr}, {"plan_year", nullptr}};  // no programme yet
  }
}

json spending_block(App& app, const Caller& caller, std::int64_t work_area, const Place& place,
                    int year, const std::vector<store::Initiative>& initiatives) {
  std::map<std::int64_t, const store::Initiative*> by_id;
  for (const auto& i : initiatives) by_id[i.id] = &i;
  std::vector<store::SpendingEntry> entries;
  {
    std::lock_guard lock(app.db_mutex);
    entries = store::list_spending(app.db, work_area, year);
  }
  long long spent = 0, corporation = 0, on_initiatives = 0, count = 0;
  std::map<std::string, double> by_category;
  for (const auto& e : entries) {
    const auto i = e.initiative_id ? by_id.find(*e.initiative_id) : by_id.end();
    bool here = false;
    if (place.level == "gemeente") here = e.gemeente_code == place.code;
    if (place.level == "wijk")
      here = e.wijk_code == place.code ||
             (e.wijk_code.empty() && i != by_id.end() && i->second->area.wijk == place.code);
    if (place.level == "buurt") here = i != by_id.end() && i->second->area.buurt == place.code;
    if (!here) continue;
    ++count;
    spent += e.amount_cents;
    if (i != by_id.end()) on_initiatives += e.amount_cents;
    if (e.organisation_kind == "corporatie") {
      corporation += e.amount_cents;
      by_category[e.btiv_category.empty() ? "-" : e.btiv_category] += euros(e.amount_cents);
    }
  }
  json out = plan_of(app, caller, place);
  out["entries"] = count;
  out["spent"] = euros(spent);
  out["corporation_spent"] = euros(corporation);
  out["on_initiatives"] = euros(on_initiatives);
  out["by_category"] = by_category;
  out["basis"] = place.level == "buurt" ? "initiatieven" : place.level;
  return out;
}

// For a gemeente: the totals per wijk.
json per_wijk_block(const Place& place, const SignalTable& table, const json& initiatives,
                    const std::vector<store::Activity>& activities,
                    const std::vector<store::PhysicalWork>& works,
                    const std::vector<store::MediationFigures>& mediation,
                    const std::vector<store::WijkProfile>& profiles) {
  json out = json::array();
  for (const auto& [code, name] : place.wijken()) {
    Place wijk = place;
    wijk.level = "wijk";
    wijk.code = code;
    long long n_initiatives = 0;
    for (const auto& i : initiatives["items"]) n_initiatives += i["wijk"] == code;
    const auto acts = activities_block(activities, wijk);
    long long n_works = 0;
    for (const auto& w : works) n_works += w.wijk_code == code;
    long long reported = 0;
    for (const auto& f : mediation) reported += f.wijk_code == code ? f.reported : 0;
    std::string focus;
    for (const auto& p : profiles)
      if (p.wijk_code == code) focus = p.focus;
    out.push_back({{"code", code},
                   {"name", name},
                   {"focus", focus.empty() ? json(nullptr) : json(focus)},
                   {"initiatives", n_initiatives},
                   {"activities", acts["count"]},
                   {"participants", acts["participants"]},
                   {"cost", acts["cost"]},
                   {"works", n_works},
                   {"mediation_reported", reported},
                   {"signals", count_json(table.shown(code))}});
  }
  return out;
}

void area_wijkwerk(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const Place place = find_place(app, wa.id, req.matches[1].str(), req.matches[2].str());
  const auto years = wijkwerk_years(app, wa.id);
  const int year = req.has_param("year") && !req.get_param_value("year").empty()
                       ? year_param(app, req)
                       : years.default_year;
  const std::string wijk = place.level == "gemeente" ? "" : place.wijk;
  std::vector<store::Initiative> initiatives;
  std::vector<store::Activity> activities;
  std::vector<store::PhysicalWork> works;
  std::vector<store::MediationFigures> mediation;
  std::vector<store::MediationCase> cases;
  std::vector<store::WijkProfile> profiles;
  {
    std::lock_guard lock(app.db_mutex);
    initiatives = store::list_initiatives(app.db, wa.id, {}, app.config.now());
    activities = store::list_activities(app.db, wa.id, wijk, year);
    works = store::list_works(app.db, wa.id, wijk, year);
    mediation = store::mediation_figures(app.db, wa.id, year, today(app));
    if (place.level == "buurt" && works_in(*caller, place.wijk))
      cases = store::list_mediation_cases(app.db, wa.id, {place.wijk}, year);
    if (place.level == "gemeente") profiles = store::list_profiles(app.db, wa.id, "", year);
  }
  const auto table = signal_table(app, wa.id, year);
  json out = {{"level", place.level}, {"code", place.code}, {"year", year}, {"years", years.years}};
  if (!wijk.empty()) out["wijk"] = {{"code", place.wijk}, {"name", place.wijk_name}};
  if (place.level != "gemeente") out["profile"] = profile_block(app, *caller, wa.id, wijk, year);
  out["initiatives"] = initiatives_block(*caller, initiatives, place, year);
  out["activities"] = activities_block(activities, place);
  out["works"] = works_block(works, place);
  if (place.level == "wijk") {
    for (const auto& f : mediation)
      if (f.wijk_code == place.code) out["mediation"] = mediation_row(f);
    if (!out.contains("mediation")) out["mediation"] = mediation_row({place.code});
  }
  if (place.level == "buurt" && works_in(*caller, place.wijk))
    out["mediation"] = buurt_mediation(cases, place.code);
  out["signals"] = signal_counts_json(table, place.code);
  if (may_see_money(*caller))
    out["spending"] = spending_block(app, *caller, wa.id, place, year, initiatives);
  if (place.level == "gemeente")
    out["per_wijk"] =
        per_wijk_block(place, table, out["initiatives"], activities, works, mediation, profiles);
  send_json(res, 200, out);
}

}  // namespace

void add_area_wijkwerk_routes(std::vector<Route>& routes) {
  routes.push_back({"GET",
                    R"(/api/areas/(buurt|wijk|gemeente)/([A-Za-z0-9_.-]{1,40})/wijkwerk)",
                    "/api/areas/{level}/{code}/wijkwerk",
                    "The neighbourhood work on an area page (?year=YYYY): the wijk profile, "
                    "initiatives, activities, physical works, mediation and signal counts (counts "
                    "below 5 hidden), spending next to the plan; for a gemeente totals per wijk",
                    Access::session,
                    {},
                    area_wijkwerk});
}

}  // namespace leefbaar::serve
