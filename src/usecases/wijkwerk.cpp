#include "usecases/wijkwerk.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "store/audit.hpp"
#include "store/initiatives.hpp"
#include "store/wijkwerk_store.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"
#include "usecases/wijkwerk_records.hpp"

namespace leefbaar::usecases {

WijkwerkOverview wijkwerk_overview(Service& service, const User& caller) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    WijkwerkOverview out{store::list_wijk_areas(db, wa.id), store::list_themes(db, wa.id),
                         store::partnership_organisations(db, wa.id),
                         store::planned_years(db, wa.id)};
    std::sort(out.organisations.begin(), out.organisations.end(),
              [](const auto& x, const auto& y) { return x.name < y.name; });
    return out;
  });
}

std::vector<neighbourhood::Theme> list_themes(Service& service, const User& caller) {
  return read(service, [&](store::Database& db) {
    return store::list_themes(db, work_area_of(db, caller).id);
  });
}

std::int64_t add_theme(Service& service, const User& caller, const std::string& name) {
  return change(service, [&](store::Database& db) {
    const auto theme = store::add_theme(db, work_area_of(db, caller).id, name);
    store::record_audit(
        db, {caller.email, "create", fmt::format("wijk_theme/{}", theme.id), theme.name, ""});
    return theme.id;
  });
}

void update_theme(Service& service, const User& caller, std::int64_t id,
                  const std::optional<std::string>& name, std::optional<bool> active) {
  change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    const auto themes = store::list_themes(db, wa.id);
    const auto it =
        std::find_if(themes.begin(), themes.end(), [&](const auto& t) { return t.id == id; });
    if (it == themes.end()) throw NotFoundError("Dit thema bestaat niet.");
    const bool now_active = active.value_or(it->active);
    const std::string stored =
        store::update_theme(db, wa.id, id, name.value_or(it->name), now_active);
    store::record_audit(
        db, {caller.email, "update", fmt::format("wijk_theme/{}", id),
             fmt::format("{} ({})", stored, now_active ? "actief" : "niet actief"), ""});
  });
}

std::vector<neighbourhood::WijkProfile> list_wijk_profiles(Service& service, const User& caller,
                                                           const std::string& wijk, int year) {
  return change(service, [&](store::Database& db) {
    const auto profiles = store::list_profiles(db, work_area_of(db, caller).id, wijk, year);
    if (!profiles.empty())
      store::record_audit(db, {caller.email, "read",
                               fmt::format("wijk_profiles/{}/{}", wijk.empty() ? "alle" : wijk,
                                           year == 0 ? std::string("alle") : std::to_string(year)),
                               "", "wijkprofiel met wijkteam bekijken"});
    return profiles;
  });
}

std::int64_t save_wijk_profile(Service& service, const User& caller,
                               const neighbourhood::WijkProfile& profile) {
  if (!neighbourhood::is_wijk_code(profile.wijk_code))
    throw FieldError("wijk_code", "Kies een wijk.");
  neighbourhood::require_wijk(caller, profile.wijk_code);
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    for (std::size_t i = 0; i < profile.team.size(); ++i)
      store::require_partnership_organisation(db, wa.id, profile.team[i].organisation_id,
                                              fmt::format("team[{}].organisation_id", i));
    const auto before = store::list_profiles(db, wa.id, profile.wijk_code, profile.year);
    const auto id = store::save_profile(db, wa.id, profile, caller.email);
    const auto after = store::find_profile(db, wa.id, id).value();
    // A first save names the profile; a later one what changed, with the profile before it.
    const std::string detail =
        before.empty() ? fmt::format("{} {} ({} teamleden)", profile.wijk_code, profile.year,
                                     profile.team.size())
                       : nlohmann::json{{"wijziging", profile_changes(before.front(), after)},
                                        {"voor", profile_record(before.front())},
                                        {"na", profile_record(after)}}
                             .dump();
    store::record_audit(db, {caller.email, "save", fmt::format("wijk_profile/{}", id), detail, ""});
    return id;
  });
}

}  // namespace leefbaar::usecases
