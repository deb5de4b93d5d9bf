// The timeline of a wijk or buurt in a year: physical works (start and end), activities, the steps
// of resident initiatives, and per month the signals (counts by kind, small counts hidden) and the
// neighbour mediation cases reported and closed (counts, no names).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "serve/wijkwerk_view.hpp"
#include "usecases/wijkwerk_views.hpp"

namespace leefbaar::serve::wijkwerk {

namespace {

using nlohmann::json;

const std::map<std::string, std::string> kWorkKinds = {{"sloop", "Sloop"},
                                                       {"nieuwbouw", "Nieuwbouw"},
                                                       {"renovatie", "Renovatie"},
                                                       {"openbare_ruimte", "Openbare ruimte"}};

const std::map<std::string, std::string> kSteps = {{"ingediend", "Ingediend"},
                                                   {"meerderheid", "Meerderheid van steun bereikt"},
                                                   {"goedgekeurd", "Goedgekeurd door het wijkteam"},
                                                   {"afgewezen", "Afgewezen door het wijkteam"},
                                                   {"gerealiseerd", "Gerealiseerd"}};

struct Scope {
  std::string wijk, buurt;
  // Whether something in area_code (a buurt or wijk code) belongs to the timeline. Work for the
  // whole wijk belongs to each of its buurten.
  bool holds(const std::string& area_code, const std::string& area_wijk) const {
    if (!wijk.empty() && area_wijk != wijk) return false;
    return buurt.empty() || area_code == buurt || area_code == wijk;
  }
};

void add_works(json& items, const std::vector<neighbourhood::PhysicalWork>& works,
               const Scope& scope, int year) {
  for (const auto& w : works) {
    if (!scope.holds(w.area_code, w.wijk_code)) continue;
    const auto kind = kWorkKinds.count(w.kind) ? kWorkKinds.at(w.kind) : w.kind;
    items.push_back({{"date", w.starts_on},
                     {"kind", "werk"},
                     {"title", fmt::format("Start {}: {}", to_lower(kind), w.title)},
                     {"area_code", w.area_code},
                     {"id", w.id}});
    if (!w.ends_on.empty() && w.ends_on.substr(0, 4) == std::to_string(year))
      items.push_back({{"date", w.ends_on},
                       {"kind", "werk"},
                       {"title", fmt::format("Einde {}: {}", to_lower(kind), w.title)},
                       {"area_code", w.area_code},
                       {"id", w.id}});
  }
}

void add_activities(json& items, const std::vector<neighbourhood::Activity>& activities,
                    const Scope& scope) {
  for (const auto& a : activities) {
    // An activity for the whole wijk is not one of a buurt's.
    if (!scope.buurt.empty() && a.buurt_code != scope.buurt) continue;
    items.push_back({{"date", a.held_on},
                     {"kind", "activiteit"},
                     {"title", a.title},
                     {"area_code", a.buurt_code.empty() ? a.wijk_code : a.buurt_code},
                     {"id", a.id}});
  }
}

void add_initiatives(json& items, const std::vector<neighbourhood::SeenInitiative>& initiatives,
                     const Scope& scope, int year) {
  for (const auto& [i, sight] : initiatives) {
    if (!scope.holds(i.area.buurt, i.area.wijk)) continue;
    for (const auto& s : neighbourhood::initiative_steps(i, year))
      items.push_back({{"date", s.date},
                       {"kind", "initiatief"},
                       {"step", s.step},
                       {"title", fmt::format("{}: {}", kSteps.at(s.step), i.title)},
                       {"area_code", i.area.buurt},
                       {"id", i.id},
                       {"link", sight == Sight::full ? json(fmt::format("/initiatieven/{}", i.id))
                                                     : json(nullptr)}});
  }
}

// The months of the year up to today's month (later months have nothing yet).
int last_month(App& app, int year) {
  const std::string t = today(app);
  const int this_year = std::stoi(t.substr(0, 4));
  if (year < this_year) return 12;
  if (year > this_year) return 0;
  return std::stoi(t.substr(5, 2));
}

void add_signals(json& items, const SignalTable& table, const std::string& area, int year,
                 int months) {
  for (int m = 1; m <= months; ++m) {
    const auto counts = signal_counts_json(table, area, m);
    const auto& total = counts["total"];
    items.push_back({{"date", fmt::format("{:04}-{:02}-01", year, m)},
                     {"month", fmt::format("{:04}-{:02}", year, m)},
                     {"kind", "signalen"},
                     {"title", fmt::format("Signalen: {}",
                                           total["n"].is_null()
                                               ? total["text"].get<std::string>()
                                               : total["text"].get<std::string>() + " in totaal")},
                     {"total", total},
                     {"by_kind", counts["by_kind"]}});
  }
}

void add_mediation(json& items, const std::vector<neighbourhood::MediationCase>& cases,
                   const Scope& scope, int year) {
  std::map<std::string, std::pair<long long, long long>> per_month;  // reported, closed
  const std::string y = std::to_string(year);
  for (const auto& c : cases) {
    if (!scope.holds(c.buurt_code, c.wijk_code)) continue;
    if (c.reported_on.compare(0, 4, y) == 0) ++per_month[c.reported_on.substr(0, 7)].first;
    const auto closed = neighbourhood::mediation_closed_on(c);
    if (closed.compare(0, 4, y) == 0) ++per_month[closed.substr(0, 7)].second;
  }
  for (const auto& [month, n] : per_month)
    items.push_back({{"date", month + "-01"},
                     {"month", month},
                     {"kind", "bemiddeling"},
                     {"title", fmt::format("Buurtbemiddeling: {} {}, {} {} afgesloten", n.first,
                                           n.first == 1 ? "melding" : "meldingen", n.second,
                                           n.second == 1 ? "zaak" : "zaken")},
                     {"reported", n.first},
                     {"closed", n.second}});
}

// The items of the use case's records, sorted by date.
json items_of(App& app, const usecases::WijkwerkTimeline& t, const std::string& buurt, int year) {
  const Scope scope{t.wijk, buurt};
  json items = json::array();
  add_works(items, t.works, scope, year);
  add_activities(items, t.activities, scope);
  add_initiatives(items, t.initiatives, scope, year);
  add_signals(items, t.signals, buurt.empty() ? t.wijk : buurt, year, last_month(app, year));
  add_mediation(items, t.cases, scope, year);

  // Start dates of works from earlier years fall outside the year: shown at its start.
  const std::string first = fmt::format("{:04}-01-01", year);
  for (auto& i : items)
    if (i["date"].get<std::string>() < first) {
      i["title"] = fmt::format("{} (gestart {})", i["title"].get<std::string>(),
                               i["date"].get<std::string>());
      i["date"] = first;
    }
  std::stable_sort(items.begin(), items.end(), [](const json& a, const json& b) {
    return a["date"].get<std::string>() < b["date"].get<std::string>();
  });
  return items;
}

}  // namespace

json timeline_answer(App& app, const Caller& caller, const std::string& wijk,
                     const std::string& buurt, int year) {
  const auto t = usecases::wijkwerk_timeline(app.service, caller.session.user, wijk, buurt, year,
                                             app.config.now());
  if (!wijk.empty() && t.wijk != wijk)
    throw HttpError{400, "bad_request", "Deze buurt ligt niet in de gekozen wijk.", "buurt"};
  return {
      {"wijk", t.wijk}, {"buurt", buurt}, {"year", year}, {"items", items_of(app, t, buurt, year)}};
}

json timeline_schema() {
  using schema::array, schema::integer, schema::nullable, schema::object, schema::one_of,
      schema::string;
  const json count = count_schema();
  std::vector<std::string> steps;
  for (const auto& [step, words] : kSteps) steps.push_back(step);
  const json item =
      object({{"date", schema::date("In the year: an earlier start is shown on 1 January")},
              {"kind", one_of({"werk", "activiteit", "initiatief", "signalen", "bemiddeling"})},
              {"title", string()}},
             {{"area_code", string("werk, activiteit, initiatief")},
              {"id", integer("werk, activiteit, initiatief")},
              {"step", one_of(steps, "initiatief")},
              {"link", nullable(string("initiatief: its page, for those who may see it"))},
              {"month", string("signalen, bemiddeling: YYYY-MM")},
              {"total", count},
              {"by_kind", array(object({{"kind", string()}, {"count", count}}), "signalen")},
              {"reported", integer("bemiddeling")},
              {"closed", integer("bemiddeling")}});
  return object({{"wijk", string("Empty: every wijk")},
                 {"buurt", string("Empty: the whole wijk")},
                 {"year", integer()},
                 {"items", array(item, "Sorted by date")}});
}

}  // namespace leefbaar::serve::wijkwerk
