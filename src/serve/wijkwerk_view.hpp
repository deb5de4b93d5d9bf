#pragma once
// The neighbourhood work as the views outside its own pages answer it: the map layers
// (routes_wijkwerk_map.cpp), the area pages (routes_area_wijkwerk.cpp) and the timeline
// (wijkwerk_timeline.cpp). Who sees what is decided by the use cases
// (usecases/wijkwerk_views.hpp; the rules: neighbourhood/wijkwerk_views.hpp); these are the JSON
// forms they share.
#include <nlohmann/json.hpp>
#include <string>

#include "neighbourhood/initiative_records.hpp"
#include "neighbourhood/signal_counts.hpp"
#include "serve/app.hpp"

namespace leefbaar::serve::wijkwerk {

using neighbourhood::Sight;
// The initiative as the caller may see it; the link and whether the decision is late only with
// Sight::full.
nlohmann::json initiative_brief(const neighbourhood::Initiative& i, Sight sight);
nlohmann::json initiative_brief_schema();

using neighbourhood::SignalTable;
// {"n": 12, "text": "12"}, {"n": null, "text": "minder dan 5", "hidden": "klein"} or
// {"n": null, "text": "niet getoond", "hidden": "afgeschermd"}.
nlohmann::json count_json(const neighbourhood::ShownCount& c);
nlohmann::json count_schema();
// {kind, count} per signal kind of the area, with the total.
nlohmann::json signal_counts_json(const SignalTable& table, const std::string& area, int month = 0);
nlohmann::json signal_counts_schema();

// GET /api/v1/wijkwerk/tijdlijn's answer {wijk, buurt, year, items}: the timeline of a wijk (or all
// wijken), optionally of one buurt, in a year: works, activities, initiatives, signals per month
// and mediation per month, sorted by date. With a buurt the wijk is the buurt's: FieldError
// "buurt" when the work area has no such buurt, HttpError 400 when it is not in the wijk asked.
nlohmann::json timeline_answer(App& app, const Caller& caller, const std::string& wijk,
                               const std::string& buurt, int year);

}  // namespace leefbaar::serve::wijkwerk
