#pragma once
// Read-only summaries of the neighbourhood work for the map layers, the area pages and the
// timeline: signals counted down to the buurt (the counts behind the suppression of small
// numbers), and nothing else that the modules of each kind of work do not already answer.
#include <cstdint>
#include <string>
#include <vector>

#include "neighbourhood/signal_counts.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

// Signals per month, wijk, buurt and kind (neighbourhood/signal_counts.hpp), live records plus
// the anonymous counts of purged ones (which have no buurt). No personal data: counts only.
// year 0: all years.
using neighbourhood::SignalAreaCount;
std::vector<SignalAreaCount> count_signals_by_area(Database& db, std::int64_t work_area, int year);

// The years (newest first) in which the work area has any neighbourhood work: a wijk profile, an
// activity, a physical work starting or ending, an initiative submitted, a signal or a mediation
// case; and the newest year with a wijk profile or an activity (0 when none), which the Wijkwerk
// page also opens on.
struct WijkwerkYears {
  std::vector<int> all;
  int newest_planned = 0;
};
WijkwerkYears wijkwerk_years(Database& db, std::int64_t work_area);

}  // namespace leefbaar::store
