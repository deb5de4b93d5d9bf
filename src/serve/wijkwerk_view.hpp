#pragma once
// What a caller may see of the neighbourhood work outside its own pages: on the map layers, the
// area pages and the timeline. Shared by routes_wijkwerk_map.cpp, routes_area_wijkwerk.cpp and the
// timeline (wijkwerk_timeline.cpp).
//
// The rules are those of the pages of each kind of work:
//   - initiatives: beheerder and analist see all; a wijk team all in its own wijken; everyone else
//     (and a wijk team elsewhere) what the public portal shows: the open and approved ones, with
//     their support so far, without a link to the staff page;
//   - activities, physical works, wijk profiles and the mediation figures per wijk: every role;
//   - mediation counts finer than a wijk (a buurt): those who work in the wijk (works_in);
//   - signals: counts for everyone, with small counts hidden (neighbourhood/signal_counts.hpp);
//   - money (spending, the programme's plan): beheerder, analist and lezer, not a wijk team.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "neighbourhood/signal_counts.hpp"
#include "serve/app.hpp"
#include "store/initiatives.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::serve::wijkwerk {

using neighbourhood::Sight;
Sight initiative_sight(const Caller& caller, const store::Initiative& i);
// The initiative as the caller may see it; link only with Sight::full.
nlohmann::json initiative_brief(const store::Initiative& i, Sight sight);
// The dates of the initiative's steps that fall in the year (ISO dates): submitted, majority
// reached, decided, realised. Empty when nothing happened in the year.
struct InitiativeStep {
  std::string date, step;  // step: ingediend, meerderheid, goedgekeurd, afgewezen, gerealiseerd
};
std::vector<InitiativeStep> initiative_steps(const store::Initiative& i, int year);
// Whether the initiative ran during the year: submitted by its end and not finished (refused or
// realised) before it began.
bool initiative_ran_in(const store::Initiative& i, int year);

bool may_see_money(const Caller& caller);

using neighbourhood::SignalTable;
// {"n": 12, "text": "12"}, {"n": null, "text": "minder dan 5", "hidden": "klein"} or
// {"n": null, "text": "niet getoond", "hidden": "afgeschermd"}.
nlohmann::json count_json(const neighbourhood::ShownCount& c);
// The signals of the year with small counts hidden (takes the database lock).
SignalTable signal_table(App& app, std::int64_t work_area, int year);
// {kind, count} per signal kind of the area, with the total.
nlohmann::json signal_counts_json(const SignalTable& table, const std::string& area, int month = 0);

// The years with neighbourhood work (newest first, this year included) and the year shown when
// none is asked: the newest with a wijk profile or activities, as on the Wijkwerk page.
struct Years {
  std::vector<int> years;
  int default_year = 0;
};
Years wijkwerk_years(App& app, std::int64_t work_area);

// The timeline of a wijk (or all wijken), optionally of one buurt, in a year: works, activities,
// initiatives, signals per month and mediation per month, sorted by date (GET
// /api/wijkwerk/timeline).
nlohmann::json timeline_items(App& app, const Caller& caller, std::int64_t work_area,
                              const std::string& wijk, const std::string& buurt, int year);

}  // namespace leefbaar::serve::wijkwerk
