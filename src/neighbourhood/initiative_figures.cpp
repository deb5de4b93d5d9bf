#include "neighbourhood/initiative_figures.hpp"

#include <algorithm>

namespace leefbaar::neighbourhood {

namespace {

void add(FigureRow& r, const Initiative& i) {
  ++r.initiatives;
  r.supports += i.supports;
  r.supported += i.supported ? 1 : 0;
  ++r.by_state[std::string(state_text(i.state))];
  for (const auto& p : i.pledges) {
    r.pledged_cents += p.amount_cents;
    r.pledged_hours += p.hours;
  }
}

std::vector<FigureRow> rows_of(std::map<std::string, FigureRow>& rows) {
  std::vector<FigureRow> out;
  for (auto& [code, r] : rows) {
    r.code = code;
    out.push_back(std::move(r));
  }
  return out;
}

// The rows added up, as one row named `code`.
FigureRow sum_of(const std::vector<FigureRow>& rows, std::string code) {
  FigureRow out;
  out.code = std::move(code);
  for (const auto& r : rows) {
    out.initiatives += r.initiatives;
    out.supports += r.supports;
    out.supported += r.supported;
    out.pledged_cents += r.pledged_cents;
    out.pledged_hours += r.pledged_hours;
    out.spent_cents += r.spent_cents;
    out.spent_on_initiatives_cents += r.spent_on_initiatives_cents;
    for (const auto& [state, n] : r.by_state) out.by_state[state] += n;
  }
  return out;
}

}  // namespace

InitiativeFigures initiative_figures(const std::vector<Initiative>& initiatives,
                                     const std::vector<SpendingEntry>& spending,
                                     const std::vector<AreaRef>& buurten,
                                     const std::optional<std::vector<std::string>>& wijken) {
  std::map<std::string, FigureRow> per_wijk, per_type;
  InitiativeFigures out;
  out.total.code = "totaal";
  std::map<std::string, std::string> wijk_name;
  for (const auto& b : buurten) wijk_name[b.wijk] = b.wijk_name;
  std::map<std::int64_t, std::string> wijk_of_initiative;
  for (const auto& i : initiatives) {
    auto& w = per_wijk[i.area.wijk];
    add(w, i);
    w.name = i.area.wijk_name;
    auto& t = per_type[i.type];
    add(t, i);
    t.name = type_label(i.type);
    add(out.total, i);
    wijk_of_initiative[i.id] = i.area.wijk;
  }
  for (const auto& e : spending) {
    std::string wijk = e.wijk_code;
    if (wijk.empty() && e.initiative_id && wijk_of_initiative.count(*e.initiative_id))
      wijk = wijk_of_initiative[*e.initiative_id];
    if (wijk.empty()) continue;
    auto& r = per_wijk[wijk];
    if (r.name.empty()) r.name = wijk_name[wijk];
    r.spent_cents += e.amount_cents;
    out.total.spent_cents += e.amount_cents;
    if (e.initiative_id) {
      r.spent_on_initiatives_cents += e.amount_cents;
      out.total.spent_on_initiatives_cents += e.amount_cents;
    }
  }
  if (wijken)
    std::erase_if(per_wijk, [&](const auto& row) {
      return std::find(wijken->begin(), wijken->end(), row.first) == wijken->end();
    });
  out.per_wijk = rows_of(per_wijk);
  if (wijken) out.own_total = sum_of(out.per_wijk, "eigen");
  out.per_type = rows_of(per_type);
  return out;
}

}  // namespace leefbaar::neighbourhood
