#include "usecases/wijkwerk_figures.hpp"

#include "store/wijkwerk_store.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

WijkwerkFigures wijkwerk_figures(Service& service, const User& caller, int year,
                                 const std::string& today) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    return WijkwerkFigures{
        neighbourhood::activity_figures(store::list_activities(db, wa, "", year)),
        store::mediation_figures(db, wa, year, today),
        neighbourhood::campaign_figures(store::list_tree_requests(db, wa, year),
                                        store::list_nominations(db, wa, year),
                                        store::list_reporters(db, wa, year))};
  });
}

}  // namespace leefbaar::usecases
