#include "usecases/wijkwerk_records.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <functional>
#include <vector>

namespace leefbaar::usecases {

using nlohmann::json;

namespace {

json member_record(const neighbourhood::TeamMember& m) {
  return {{"organisation_id", m.organisation_id}, {"name", m.name}, {"team_role", m.team_role}};
}

json place_record(const neighbourhood::MeetingPlace& m) {
  return {{"kind", m.kind},
          {"name", m.name},
          {"address", m.address},
          {"opened_on", m.opened_on},
          {"closed_on", m.closed_on}};
}

// The entries of one list that are not in the other, by their whole record.
std::vector<json> missing_from(const json& list, const json& other) {
  std::vector<json> out;
  for (const auto& x : list)
    if (std::find(other.begin(), other.end(), x) == other.end()) out.push_back(x);
  return out;
}

// Added, removed and changed entries of a list, a changed entry being one whose name is in both.
void list_changes(const json& before, const json& after, const std::string& what,
                  const std::function<std::string(const json&)>& label,
                  std::vector<std::string>& out) {
  const auto gone = missing_from(before, after), added = missing_from(after, before);
  auto named = [](const std::vector<json>& xs, const json& x) {
    return std::any_of(xs.begin(), xs.end(), [&](const json& y) { return y["name"] == x["name"]; });
  };
  for (const auto& x : gone)
    out.push_back(
        fmt::format("{} {}: {}", what, named(added, x) ? "gewijzigd" : "verwijderd", label(x)));
  for (const auto& x : added)
    if (!named(gone, x)) out.push_back(fmt::format("{} toegevoegd: {}", what, label(x)));
}

}  // namespace

json profile_record(const neighbourhood::WijkProfile& p) {
  json team = json::array(), places = json::array();
  for (const auto& m : p.team) team.push_back(member_record(m));
  for (const auto& m : p.meeting_places) places.push_back(place_record(m));
  return {{"id", p.id},       {"wijk_code", p.wijk_code},
          {"year", p.year},   {"description", p.description},
          {"focus", p.focus}, {"priorities", p.priorities},
          {"team", team},     {"meeting_places", places}};
}

std::string change_detail(const json& before, const json& after) {
  return json{{"voor", before}, {"na", after}}.dump();
}

std::string removal_detail(const json& before) {
  return json{{"voor", before}}.dump();
}

std::string profile_changes(const neighbourhood::WijkProfile& before,
                            const neighbourhood::WijkProfile& after) {
  const json b = profile_record(before), a = profile_record(after);
  std::vector<std::string> out;
  list_changes(
      b["team"], a["team"], "teamlid",
      [](const json& m) {
        return fmt::format("{} ({})", m["name"].get<std::string>(),
                           m["team_role"].get<std::string>());
      },
      out);
  list_changes(
      b["meeting_places"], a["meeting_places"], "plek",
      [](const json& m) { return m["name"].get<std::string>(); }, out);
  if (b["description"] != a["description"] || b["focus"] != a["focus"] ||
      b["priorities"] != a["priorities"])
    out.push_back("beschrijving, inzet of prioriteiten");
  return fmt::format("{}", fmt::join(out, "; "));
}

}  // namespace leefbaar::usecases
