#include "usecases/initiatives_figures.hpp"

#include <set>
#include <string>

#include "core/dates.hpp"
#include "store/initiatives.hpp"
#include "store/spending.hpp"
#include "usecases/initiatives_scope.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

neighbourhood::InitiativeFigures initiative_figures(Service& service, const User& caller,
                                                    std::optional<int> year, TimePoint now) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    std::set<int> years;
    for (const auto& i : store::list_initiatives(db, wa, {}, now))
      years.insert(std::stoi(i.created_at.substr(0, 4)));
    for (const auto& e : store::list_spending(db, wa))
      years.insert(std::stoi(e.spent_on.substr(0, 4)));
    const int this_year = std::stoi(day_text(now).substr(0, 4));
    if (!year) year = years.empty() || years.count(this_year) ? this_year : *years.rbegin();
    years.insert(this_year);
    neighbourhood::InitiativeFilter filter;
    filter.year = year;
    auto out = neighbourhood::initiative_figures(store::list_initiatives(db, wa, filter, now),
                                                 store::list_spending(db, wa, year),
                                                 store::list_buurten(db, wa), wijken_of(caller));
    out.year = *year;
    out.years = std::move(years);
    return out;
  });
}

}  // namespace leefbaar::usecases
