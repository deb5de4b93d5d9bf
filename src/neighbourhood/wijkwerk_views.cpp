#include "neighbourhood/wijkwerk_views.hpp"

#include <algorithm>

namespace leefbaar::neighbourhood {

std::vector<InitiativeStep> initiative_steps(const Initiative& i, int year) {
  const std::string y = std::to_string(year);
  std::vector<InitiativeStep> out;
  auto add = [&](const std::string& at, const char* step) {
    if (at.size() >= 10 && at.compare(0, 4, y) == 0) out.push_back({at.substr(0, 10), step});
  };
  add(i.created_at, "ingediend");
  add(i.majority_at, "meerderheid");
  add(i.decided_at, i.state == InitiativeState::refused ? "afgewezen" : "goedgekeurd");
  add(i.realised_at, "gerealiseerd");
  return out;
}

bool initiative_ran_in(const Initiative& i, int year) {
  const std::string y = std::to_string(year);
  if (i.created_at.substr(0, 4) > y) return false;
  std::string ended;
  if (i.state == InitiativeState::refused) ended = i.decided_at;
  if (i.state == InitiativeState::realised || i.state == InitiativeState::evaluated)
    ended = i.realised_at;
  return ended.empty() || ended.substr(0, 4) >= y;
}

bool may_see_money(const User& user) {
  return user.role != Role::wijkteam;
}

WorkYears work_years(std::vector<int> years, int newest_planned, int this_year) {
  WorkYears out{std::move(years), newest_planned};
  if (out.default_year == 0) out.default_year = this_year;
  if (std::find(out.years.begin(), out.years.end(), this_year) == out.years.end()) {
    out.years.push_back(this_year);
    std::sort(out.years.rbegin(), out.years.rend());
  }
  return out;
}

bool AreaPlace::holds(const std::string& buurt, const std::string& wijk_code) const {
  if (level == "buurt") return buurt == code;
  if (level == "wijk") return wijk_code == code;
  return std::any_of(buurten.begin(), buurten.end(),
                     [&](const AreaRef& b) { return b.wijk == wijk_code && b.gemeente == code; });
}

std::vector<std::pair<std::string, std::string>> AreaPlace::wijken() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& b : buurten)
    if (b.gemeente == code && (out.empty() || out.back().first != b.wijk))
      out.emplace_back(b.wijk, b.wijk_name);
  return out;
}

std::optional<AreaPlace> find_place(std::vector<AreaRef> buurten, const std::string& level,
                                    const std::string& code) {
  AreaPlace p{level, code, "", "", "", "", std::move(buurten)};
  for (const auto& b : p.buurten) {
    if ((level == "buurt" && b.buurt == code) || (level == "wijk" && b.wijk == code)) {
      p.name = level == "buurt" ? b.buurt_name : b.wijk_name;
      p.wijk = b.wijk;
      p.wijk_name = b.wijk_name;
      p.gemeente = b.gemeente;
      return p;
    }
    if (level == "gemeente" && b.gemeente == code) {
      p.gemeente = code;
      return p;
    }
  }
  return std::nullopt;
}

MediationFigures buurt_mediation_figures(const std::vector<MediationCase>& cases,
                                         const std::string& buurt) {
  MediationFigures f;
  f.wijk_code = buurt;
  for (const auto& c : cases) {
    if (c.buurt_code != buurt) continue;
    ++f.reported;
    f.excluded += c.outcome == "uitgesloten";
    f.running += c.outcome.empty();
    f.solved += c.outcome == "opgelost";
    f.partly_solved += c.outcome == "deels_opgelost";
    f.not_solved += c.outcome == "niet_opgelost";
    f.stopped += c.outcome == "gestopt";
    f.agreements += !c.agreements_on.empty();
    f.joint_talks += !c.joint_talk_on.empty();
  }
  return f;
}

AreaSpending area_spending(const std::vector<SpendingEntry>& entries,
                           const std::vector<Initiative>& initiatives, const AreaPlace& place) {
  std::map<std::int64_t, const Initiative*> by_id;
  for (const auto& i : initiatives) by_id[i.id] = &i;
  AreaSpending out;
  for (const auto& e : entries) {
    const auto i = e.initiative_id ? by_id.find(*e.initiative_id) : by_id.end();
    bool here = false;
    if (place.level == "gemeente") here = e.gemeente_code == place.code;
    if (place.level == "wijk")
      here = e.wijk_code == place.code ||
             (e.wijk_code.empty() && i != by_id.end() && i->second->area.wijk == place.code);
    if (place.level == "buurt") here = i != by_id.end() && i->second->area.buurt == place.code;
    if (!here) continue;
    ++out.entries;
    out.spent_cents += e.amount_cents;
    if (i != by_id.end()) out.on_initiatives_cents += e.amount_cents;
    if (e.organisation_kind == "corporatie") {
      out.corporation_cents += e.amount_cents;
      out.by_category[e.btiv_category.empty() ? "-" : e.btiv_category] +=
          static_cast<double>(e.amount_cents) / 100.0;
    }
  }
  return out;
}

}  // namespace leefbaar::neighbourhood
