#pragma once
// Internal to the use cases: the signals of a year as counts with small ones hidden, for any
// operation that shows them (the counts page, the map layers, the area pages, the timeline), so
// that every answer hides the same cells. The caller holds the lock.
#include <cstdint>

#include "neighbourhood/signal_counts.hpp"
#include "store/database.hpp"

namespace leefbaar::usecases {

neighbourhood::SignalTable signal_table(store::Database& db, std::int64_t work_area, int year);

}  // namespace leefbaar::usecases
