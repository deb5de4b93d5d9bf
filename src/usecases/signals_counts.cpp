#include "usecases/signals_counts.hpp"

#include <algorithm>
#include <set>

#include "core/dates.hpp"
#include "neighbourhood/signals.hpp"
#include "store/initiatives.hpp"
#include "store/signals.hpp"
#include "store/wijkwerk_summary.hpp"
#include "usecases/scope.hpp"
#include "usecases/signals_table.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

neighbourhood::SignalTable signal_table(store::Database& db, std::int64_t work_area, int year) {
  return neighbourhood::SignalTable(store::list_buurten(db, work_area),
                                    neighbourhood::signal_kinds(),
                                    store::count_signals_by_area(db, work_area, year));
}

std::vector<neighbourhood::SignalArea> signal_areas(Service& service, const User& caller) {
  return read(service, [&](store::Database& db) {
    return store::signal_areas(db, work_area_of(db, caller).id);
  });
}

SignalYearCounts signal_counts(Service& service, const User& caller, int year,
                               std::chrono::system_clock::time_point now) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    std::set<int, std::greater<>> years;
    std::set<std::string> wijken;
    for (const auto& r : store::count_signals(db, wa.id, 0)) {
      years.insert(std::stoi(r.month.substr(0, 4)));
      if (!r.wijk.empty()) wijken.insert(r.wijk);
    }
    if (year == 0) year = years.empty() ? std::stoi(day_text(now).substr(0, 4)) : *years.begin();
    return SignalYearCounts{year,
                            {years.begin(), years.end()},
                            {wijken.begin(), wijken.end()},
                            signal_table(db, wa.id, year)};
  });
}

neighbourhood::SignalTable signal_table(Service& service, const User& caller, int year) {
  return read(service, [&](store::Database& db) {
    return signal_table(db, work_area_of(db, caller).id, year);
  });
}

}  // namespace leefbaar::usecases
