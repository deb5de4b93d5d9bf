#pragma once
// The views over the neighbourhood work outside its own pages: the map layers, the block of each
// area page and the timeline of a wijk or buurt. Each is scoped to the caller's work area
// (NotFoundError "no_work_area" without one) and answers only what the caller may see
// (neighbourhood/wijkwerk_views.hpp has the rules); each reads the store once, under one lock.
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/mediation.hpp"
#include "neighbourhood/signal_counts.hpp"
#include "neighbourhood/spending.hpp"
#include "neighbourhood/wijkwerk.hpp"
#include "neighbourhood/wijkwerk_views.hpp"
#include "usecases/service.hpp"
#include "usecases/workspace.hpp"

namespace leefbaar::usecases {

// The years with neighbourhood work and the one shown when none is asked (at `now`).
neighbourhood::WorkYears wijkwerk_years(Service& service, const User& caller,
                                        std::chrono::system_clock::time_point now);

enum class MapLayer { initiatives, activities, works, signals };
struct WijkwerkMap {
  std::shared_ptr<const Workspace> workspace;  // the areas' shapes in WGS84
  int year = 0;
  std::vector<neighbourhood::SeenInitiative> initiatives;  // that ran in the year
  std::vector<neighbourhood::Activity> activities;
  std::vector<neighbourhood::PhysicalWork> works;
  std::optional<neighbourhood::SignalTable> signals;
  std::vector<neighbourhood::AreaRef> buurten;  // with the signals: the wijk of each buurt
};
// One layer of the year (none asked: wijkwerk_years' default); only that layer's members are
// filled. Needs the programme's shapes: ConflictError "incomplete" as usecases::workspace.
WijkwerkMap wijkwerk_map(Service& service, const User& caller, MapLayer layer,
                         std::optional<int> year, std::chrono::system_clock::time_point now);

struct AreaWijkwerk {
  neighbourhood::AreaPlace place;
  int year = 0;
  std::vector<int> years;
  // The wijk's profile of the year (not for a gemeente); its team's names are read with an audit
  // entry.
  std::optional<neighbourhood::WijkProfile> profile;
  std::vector<neighbourhood::SeenInitiative> initiatives;  // in the area and the year
  bool every_initiative = true;  // the caller sees every initiative there in full
  std::vector<neighbourhood::Activity> activities;  // of the wijk (a gemeente: all) in the year
  std::vector<neighbourhood::PhysicalWork> works;   // likewise
  std::vector<neighbourhood::MediationFigures> mediation;  // per wijk
  // A buurt's own counts, for those who work in its wijk.
  std::optional<neighbourhood::MediationFigures> buurt_mediation;
  std::vector<neighbourhood::WijkProfile> profiles;  // a gemeente: those of its wijken
  neighbourhood::SignalTable signals{{}, {}, {}};    // the year's counts, small ones hidden
  // For those who may see money: the ledger's spending in the area and the programme (null
  // without one) whose plan it stands next to.
  std::optional<neighbourhood::AreaSpending> spending;
  std::shared_ptr<const Workspace> programme;
};
// The neighbourhood work on the page of a buurt, wijk or gemeente (level) in the year (none
// asked: wijkwerk_years' default). NotFoundError (field code) when the work area has no such
// area.
AreaWijkwerk area_wijkwerk(Service& service, const User& caller, const std::string& level,
                           const std::string& code, std::optional<int> year,
                           std::chrono::system_clock::time_point now);

struct WijkwerkTimeline {
  std::string wijk;  // the buurt's when a buurt is asked, else as asked ("" for every wijk)
  std::vector<neighbourhood::PhysicalWork> works;
  std::vector<neighbourhood::Activity> activities;
  std::vector<neighbourhood::SeenInitiative> initiatives;
  // Of every year (one reported earlier may close in this one); for a buurt only for those who
  // work in its wijk (the counts are finer than the figures every role sees).
  std::vector<neighbourhood::MediationCase> cases;
  neighbourhood::SignalTable signals{{}, {}, {}};  // the year's counts, small ones hidden
};
// The records behind the timeline of a wijk (or every wijk), optionally of one of its buurten, in
// a year. FieldError "buurt" when the work area has no such buurt.
WijkwerkTimeline wijkwerk_timeline(Service& service, const User& caller, const std::string& wijk,
                                   const std::string& buurt, int year,
                                   std::chrono::system_clock::time_point now);

}  // namespace leefbaar::usecases
