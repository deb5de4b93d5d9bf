// GET /api/v1/gebieden/{level}/{code}/wijkwerk?year=YYYY: the neighbourhood work on an area page.
// For a wijk or buurt: the wijk's profile of the year, the initiatives there, the activities,
// physical works, mediation counts, signal counts by kind (small counts hidden) and the spending
// next to the programme's plan; for a gemeente the same totals per wijk. A block the caller may not
// see is left out of the answer (neighbourhood/wijkwerk_views.hpp has the rules). The timeline is
// GET /api/v1/wijkwerk/tijdlijn?wijk=&buurt=.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "serve/signals_json.hpp"
#include "serve/wijkwerk_view.hpp"
#include "usecases/wijkwerk_views.hpp"

namespace leefbaar::serve {

namespace {

using nlohmann::json;
using namespace wijkwerk;

double euros(long long cents) {
  return static_cast<double>(cents) / 100.0;
}

using neighbourhood::AreaPlace;

// ---- Blocks ----------------------------------------------------------------------------------

json profile_block(const std::optional<neighbourhood::WijkProfile>& profile) {
  if (!profile) return nullptr;
  const auto& p = *profile;
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

json initiatives_block(const std::vector<neighbourhood::SeenInitiative>& seen, bool everything) {
  json items = json::array();
  std::map<std::string, long long> by_state;
  long long supports = 0;
  for (const auto& [i, sight] : seen) {
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

json activities_block(const std::vector<neighbourhood::Activity>& all, const AreaPlace& place) {
  long long count = 0, participants = 0, cost = 0;
  std::map<std::string, long long> per_effort;
  std::vector<const neighbourhood::Activity*> here;
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

json works_block(const std::vector<neighbourhood::PhysicalWork>& all, const AreaPlace& place) {
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

json mediation_row(const neighbourhood::MediationFigures& f) {
  return {
      {"wijk_code", f.wijk_code},     {"reported", f.reported}, {"excluded", f.excluded},
      {"running", f.running},         {"solved", f.solved},     {"partly_solved", f.partly_solved},
      {"not_solved", f.not_solved},   {"stopped", f.stopped},   {"agreements", f.agreements},
      {"joint_talks", f.joint_talks}, {"overdue", f.overdue}};
}

// The programme's plan for the area: whole euros of the plan's year (null without a programme).
json plan_of(const Workspace* ws, const AreaPlace& place) {
  if (!ws) return {{"plan", nullptr}, {"plan_year", nullptr}};  // no programme yet
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
}

// The ledger's spending in the year (neighbourhood::area_spending says which entries count) next
// to the plan.
json spending_block(const usecases::AreaWijkwerk& area) {
  const auto& spent = *area.spending;
  json out = plan_of(area.programme.get(), area.place);
  out["entries"] = spent.entries;
  out["spent"] = euros(spent.spent_cents);
  out["corporation_spent"] = euros(spent.corporation_cents);
  out["on_initiatives"] = euros(spent.on_initiatives_cents);
  out["by_category"] = spent.by_category;
  out["basis"] = area.place.level == "buurt" ? "initiatieven" : area.place.level;
  return out;
}

// For a gemeente: the totals per wijk.
json per_wijk_block(const usecases::AreaWijkwerk& area, const json& initiatives) {
  const auto& place = area.place;
  json out = json::array();
  for (const auto& [code, name] : place.wijken()) {
    AreaPlace wijk = place;
    wijk.level = "wijk";
    wijk.code = code;
    long long n_initiatives = 0;
    for (const auto& i : initiatives["items"]) n_initiatives += i["wijk"] == code;
    const auto acts = activities_block(area.activities, wijk);
    long long n_works = 0;
    for (const auto& w : area.works) n_works += w.wijk_code == code;
    long long reported = 0;
    for (const auto& f : area.mediation) reported += f.wijk_code == code ? f.reported : 0;
    std::string focus;
    for (const auto& p : area.profiles)
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
                   {"signals", count_json(area.signals.shown(code))}});
  }
  return out;
}

// The signal kinds of the area with their hidden counts grouped: {shown: [{kind, count}], small:
// [kinds below 5], protected: [kinds hidden to protect another]} (neighbourhood::group_hidden).
json grouped_signals(const SignalTable& table, const std::string& area) {
  const auto& kinds = table.kinds();
  std::vector<neighbourhood::ShownCount> counts;
  for (std::size_t k = 1; k < kinds.size(); ++k) counts.push_back(table.shown(area, kinds[k]));
  const auto groups = neighbourhood::group_hidden(counts);
  json shown = json::array(), small = json::array(), hidden = json::array();
  for (auto i : groups.shown)
    shown.push_back({{"kind", kinds[i + 1]}, {"count", count_json(counts[i])}});
  for (auto i : groups.small) small.push_back(kinds[i + 1]);
  for (auto i : groups.protecting) hidden.push_back(kinds[i + 1]);
  return {{"shown", shown}, {"small", small}, {"protected", hidden}};
}

void area_wijkwerk(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const std::optional<int> year = req.has_param("year") && !req.get_param_value("year").empty()
                                      ? std::optional<int>(year_param(app, req))
                                      : std::nullopt;
  const auto area = usecases::area_wijkwerk(app.service, caller->session.user, req.matches[1].str(),
                                            req.matches[2].str(), year, app.config.now());
  const auto& place = area.place;
  json out = {
      {"level", place.level}, {"code", place.code}, {"year", area.year}, {"years", area.years}};
  if (place.level != "gemeente") {
    out["wijk"] = {{"code", place.wijk}, {"name", place.wijk_name}};
    out["profile"] = profile_block(area.profile);
  }
  out["initiatives"] = initiatives_block(area.initiatives, area.every_initiative);
  out["activities"] = activities_block(area.activities, place);
  out["works"] = works_block(area.works, place);
  if (place.level == "wijk") {
    for (const auto& f : area.mediation)
      if (f.wijk_code == place.code) out["mediation"] = mediation_row(f);
    if (!out.contains("mediation")) out["mediation"] = mediation_row({place.code});
  }
  if (area.buurt_mediation) out["mediation"] = mediation_row(*area.buurt_mediation);
  out["signals"] = signal_counts_json(area.signals, place.code);
  out["signals"]["grouped"] = grouped_signals(area.signals, place.code);
  if (area.spending) out["spending"] = spending_block(area);
  if (place.level == "gemeente") out["per_wijk"] = per_wijk_block(area, out["initiatives"]);
  send_json(res, 200, out);
}

// ---- The answer's schema ---------------------------------------------------------------------

// signal_counts_schema with the grouped kinds (grouped_signals).
json signals_schema() {
  using schema::array, schema::object, schema::string;
  json out = wijkwerk::signal_counts_schema();
  out["properties"]["grouped"] =
      object({{"shown", array(object({{"kind", string()}, {"count", count_schema()}}))},
              {"small", array(string(), "The kinds with fewer than 5 signals")},
              {"protected", array(string(), "The kinds hidden to protect another count")}},
             {}, "The kinds again, the hidden ones grouped: never a sum of hidden counts");
  out["required"].push_back("grouped");
  return out;
}

json area_wijkwerk_schema() {
  // wijkwerk::integer (a body's member) is another thing: the schema builders by name.
  using schema::array, schema::boolean, schema::date, schema::integer, schema::map_of,
      schema::nullable, schema::number, schema::object, schema::one_of, schema::string;
  const auto profile = object(
      {{"wijk_code", string()},
       {"year", integer()},
       {"description", string()},
       {"focus", string("basis or extra")},
       {"priorities", array(string(), "The priority themes' names, in order")},
       {"team",
        array(object({{"name", string()}, {"team_role", string()}, {"organisation", string()}}))},
       {"meeting_places", meeting_places_schema()}});
  const auto initiatives =
      object({{"count", integer()},
              {"by_state", map_of(integer(), "Initiatives per state")},
              {"supports", integer()},
              {"scope", one_of({"alle", "openbaar"}, "openbaar: only what the portal shows")},
              {"items", array(initiative_brief_schema())}});
  const auto activities =
      object({{"count", integer()},
              {"participants", integer()},
              {"cost", number("Euros")},
              {"per_effort", map_of(integer(), "Activities per level of effort")},
              {"latest", array(object({{"held_on", date()},
                                       {"title", string()},
                                       {"type", string()},
                                       {"buurt_code", string("Empty for the whole wijk")},
                                       {"participants", integer()},
                                       {"cost", number("Euros")}}),
                               "The latest eight")}});
  const auto works = array(object({{"id", integer()},
                                   {"kind", one_of(neighbourhood::physical_work_kinds())},
                                   {"title", string()},
                                   {"area_code", string()},
                                   {"wijk", string()},
                                   {"starts_on", date()},
                                   {"ends_on", nullable(date())}}));
  json mediation = object({{"wijk_code", string("The wijk, or the buurt for a buurt's figures")}});
  for (const char* n : {"reported", "excluded", "running", "solved", "partly_solved", "not_solved",
                        "stopped", "agreements", "joint_talks", "overdue"}) {
    mediation["properties"][n] = integer();
    mediation["required"].push_back(n);
  }
  const auto spending =
      object({{"plan", nullable(integer("Whole euros of the plan; null without one"))},
              {"plan_year", nullable(integer("Null without a programme"))},
              {"entries", integer()},
              {"spent", number("Euros")},
              {"corporation_spent", number("Euros")},
              {"on_initiatives", number("Euros")},
              {"by_category", map_of(number(), "Euros of the corporation's money; -: none")},
              {"basis", one_of({"initiatieven", "wijk", "gemeente"})}});
  const auto per_wijk = object({{"code", string()},
                                {"name", string()},
                                {"focus", nullable(string())},
                                {"initiatives", integer()},
                                {"activities", integer()},
                                {"participants", integer()},
                                {"cost", number("Euros")},
                                {"works", integer()},
                                {"mediation_reported", integer()},
                                {"signals", count_schema()}});
  return object(
      {{"level", one_of({"buurt", "wijk", "gemeente"})},
       {"code", string()},
       {"year", integer()},
       {"years", array(integer())},
       {"initiatives", initiatives},
       {"activities", activities},
       {"works", works},
       {"signals", signals_schema()}},
      {{"wijk", object({{"code", string()}, {"name", string()}}, {}, "Not for a gemeente")},
       {"profile", nullable(profile)},
       {"mediation", mediation},
       {"spending", spending},
       {"per_wijk", array(per_wijk, "For a gemeente: the totals per wijk")}},
      "A block the caller may not see is left out");
}

}  // namespace

void add_area_wijkwerk_routes(std::vector<Route>& routes) {
  routes.push_back(
      Route{"GET", "/api/v1/gebieden/{level:buurt|wijk|gemeente}/{code}/wijkwerk",
            "The neighbourhood work on an area page (?year=YYYY): the wijk profile, "
            "initiatives, activities, physical works, mediation and signal counts (counts "
            "below 5 hidden), spending next to the plan; for a gemeente totals per wijk",
            Access::session, kEveryRole, area_wijkwerk}
          .with_query(json{{"year", schema::integer()}})
          .answers(200, area_wijkwerk_schema()));
}

}  // namespace leefbaar::serve
