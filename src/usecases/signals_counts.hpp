#pragma once
// What everyone may see of the signals: the work area's wijken and buurten and the counts, with
// small counts hidden (neighbourhood/signal_counts.hpp). No personal data, no audit. Scoped to
// the caller's work area (NotFoundError "no_work_area" when their organisation has none).
#include <chrono>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/signal_counts.hpp"
#include "neighbourhood/signal_records.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// The wijken and buurten of the work area, sorted by code (for the form).
std::vector<neighbourhood::SignalArea> signal_areas(Service& service, const User& caller);

struct SignalYearCounts {
  int year = 0;
  std::vector<int> years;            // the years with signals, newest first
  std::vector<std::string> wijken;   // the wijken with signals in any year, sorted
  neighbourhood::SignalTable table;  // the year's counts
};
// The counts of one year; year 0: the newest with signals, or this year (at `now`) when there
// are none.
SignalYearCounts signal_counts(Service& service, const User& caller, int year,
                               std::chrono::system_clock::time_point now);

// The counts of one year as every map layer, area page and timeline shows them.
neighbourhood::SignalTable signal_table(Service& service, const User& caller, int year);

}  // namespace leefbaar::usecases
