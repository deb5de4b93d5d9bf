#include "usecases/wijkwerk_views.hpp"

#include <fmt/format.h>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "store/audit.hpp"
#include "store/initiatives.hpp"
#include "store/spending.hpp"
#include "store/wijkwerk_store.hpp"
#include "store/wijkwerk_summary.hpp"
#include "usecases/scope.hpp"
#include "usecases/signals_table.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

namespace {

using neighbourhood::Initiative;
using neighbourhood::SeenInitiative;
using neighbourhood::Sight;
using TimePoint = std::chrono::system_clock::time_point;

neighbourhood::WorkYears years_of(store::Database& db, std::int64_t work_area, TimePoint now) {
  const auto found = store::wijkwerk_years(db, work_area);
  return neighbourhood::work_years(found.all, found.newest_planned,
                                   std::stoi(day_text(now).substr(0, 4)));
}

// The initiatives the caller sees among these, with how much of each.
std::vector<SeenInitiative> seen(const User& caller, const std::vector<Initiative>& all,
                                 const std::function<bool(const Initiative&)>& wanted) {
  std::vector<SeenInitiative> out;
  for (const auto& i : all) {
    const Sight sight = neighbourhood::initiative_sight(caller, i.state, i.area.wijk);
    if (sight != Sight::none && wanted(i)) out.push_back({i, sight});
  }
  return out;
}

// The programme the plan on an area page comes from; none before the inputs are complete.
std::shared_ptr<const Workspace> programme_of(Service& service, const User& caller) {
  try {
    return workspace(service, caller);
  } catch (const ConflictError&) {
    return nullptr;
  } catch (const NotFoundError&) {
    return nullptr;
  }
}

}  // namespace

neighbourhood::WorkYears wijkwerk_years(Service& service, const User& caller, TimePoint now) {
  return read(service,
              [&](store::Database& db) { return years_of(db, work_area_of(db, caller).id, now); });
}

WijkwerkMap wijkwerk_map(Service& service, const User& caller, MapLayer layer,
                         std::optional<int> year, TimePoint now) {
  WijkwerkMap out;
  out.workspace = workspace(service, caller);
  const std::int64_t wa = out.workspace->work_area().id;
  read(service, [&](store::Database& db) {
    out.year = year ? *year : years_of(db, wa, now).default_year;
    switch (layer) {
      case MapLayer::initiatives:
        out.initiatives = seen(
            caller, store::list_initiatives(db, wa, {}, now),
            [&](const Initiative& i) { return neighbourhood::initiative_ran_in(i, out.year); });
        break;
      case MapLayer::activities:
        out.activities = store::list_activities(db, wa, "", out.year);
        break;
      case MapLayer::works:
        out.works = store::list_works(db, wa, "", out.year);
        break;
      case MapLayer::signals:
        out.signals = signal_table(db, wa, out.year);
        out.buurten = store::list_buurten(db, wa);
        break;
    }
  });
  return out;
}

AreaWijkwerk area_wijkwerk(Service& service, const User& caller, const std::string& level,
                           const std::string& code, std::optional<int> year, TimePoint now) {
  auto collect = [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    auto place = neighbourhood::find_place(store::list_buurten(db, wa), level, code);
    if (!place)
      throw NotFoundError(fmt::format("Het gebied {} komt niet voor in het werkgebied.", code),
                          "not_found", "code");
    AreaWijkwerk out;
    out.place = std::move(*place);
    const auto& p = out.place;
    const auto years = years_of(db, wa, now);
    out.years = years.years;
    out.year = year ? *year : years.default_year;
    const std::string wijk = p.level == "gemeente" ? "" : p.wijk;
    const auto initiatives = store::list_initiatives(db, wa, {}, now);
    for (const auto& i : initiatives) {
      if (!p.holds(i.area.buurt, i.area.wijk) || !neighbourhood::initiative_ran_in(i, out.year))
        continue;
      const Sight sight = neighbourhood::initiative_sight(caller, i.state, i.area.wijk);
      if (sight != Sight::full) out.every_initiative = false;
      if (sight != Sight::none) out.initiatives.push_back({i, sight});
    }
    out.activities = store::list_activities(db, wa, wijk, out.year);
    out.works = store::list_works(db, wa, wijk, out.year);
    out.mediation = store::mediation_figures(db, wa, out.year, day_text(now));
    if (p.level == "buurt" && neighbourhood::works_in(caller, p.wijk))
      out.buurt_mediation = neighbourhood::buurt_mediation_figures(
          store::list_mediation_cases(db, wa, {p.wijk}, out.year), p.code);
    if (p.level == "gemeente") {
      out.profiles = store::list_profiles(db, wa, "", out.year);
    } else if (auto profiles = store::list_profiles(db, wa, wijk, out.year); !profiles.empty()) {
      out.profile = std::move(profiles.front());
      // The team's names are personal data (of staff): the read is logged with its purpose.
      store::record_audit(
          db, {caller.email, "read", fmt::format("wijk_profiles/{}/{}", wijk, out.year), "",
               "wijkprofiel met wijkteam bekijken op de gebiedspagina"});
    }
    out.signals = signal_table(db, wa, out.year);
    if (neighbourhood::may_see_money(caller))
      out.spending =
          neighbourhood::area_spending(store::list_spending(db, wa, out.year), initiatives, p);
    return out;
  };
  // Only a wijk's or buurt's page reads a profile, and so writes its audit entry.
  auto out = level == "gemeente" ? read(service, collect) : change(service, collect);
  if (out.spending) out.programme = programme_of(service, caller);
  return out;
}

WijkwerkTimeline wijkwerk_timeline(Service& service, const User& caller, const std::string& wijk,
                                   const std::string& buurt, int year, TimePoint now) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    WijkwerkTimeline out;
    out.wijk = buurt.empty() ? wijk : store::wijk_of_buurt(db, wa, buurt, "buurt");
    out.works = store::list_works(db, wa, out.wijk, year);
    out.activities = store::list_activities(db, wa, out.wijk, year);
    neighbourhood::InitiativeFilter filter;
    filter.wijk = out.wijk;
    out.initiatives = seen(caller, store::list_initiatives(db, wa, filter, now),
                           [](const Initiative&) { return true; });
    if (buurt.empty() || neighbourhood::works_in(caller, out.wijk))
      out.cases = store::list_mediation_cases(
          db, wa, out.wijk.empty() ? std::vector<std::string>{} : std::vector{out.wijk}, 0);
    out.signals = signal_table(db, wa, year);
    return out;
  });
}

}  // namespace leefbaar::usecases
