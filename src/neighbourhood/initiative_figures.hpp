#pragma once
// The figures of resident initiatives in a year: per wijk, per kind and in total, the number of
// initiatives by state, their supports, how many reached a majority, the pledges, and the spending
// of the ledger (neighbourhood/spending.hpp) in the wijk, of which on initiatives.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "neighbourhood/initiative_records.hpp"
#include "neighbourhood/spending.hpp"

namespace leefbaar::neighbourhood {

struct FigureRow {
  std::string code, name;  // the wijk's code or the kind; the total's code is "totaal"
  long long initiatives = 0, supports = 0, supported = 0;
  long long pledged_cents = 0, pledged_hours = 0;
  long long spent_cents = 0, spent_on_initiatives_cents = 0;
  std::map<std::string, long long> by_state;  // the state's text -> initiatives
};

struct InitiativeFigures {
  int year = 0;
  std::set<int> years;                        // the years with initiatives or spending, and now's
  std::vector<FigureRow> per_wijk, per_type;  // by code
  FigureRow total;
  // A wijk team's own wijken added up (code "eigen"): the sum of per_wijk, so it agrees with the
  // rows shown next to it. Only when the figures are cut to wijken; total stays the whole area's.
  std::optional<FigureRow> own_total;
};

// The year's initiatives and spending. An amount without a wijk counts in the wijk of the
// initiative it paid for, when that is one of `initiatives`; else in no wijk. `buurten` names the
// wijken; only those in `wijken` are listed per wijk when it is given (a wijk team), with their
// sum as own_total; the kinds and the total count everything.
InitiativeFigures initiative_figures(const std::vector<Initiative>& initiatives,
                                     const std::vector<SpendingEntry>& spending,
                                     const std::vector<AreaRef>& buurten,
                                     const std::optional<std::vector<std::string>>& wijken);

}  // namespace leefbaar::neighbourhood
