#include "neighbourhood/wijkwerk_figures.hpp"

#include <map>

namespace leefbaar::neighbourhood {

std::vector<ActivityFigures> activity_figures(const std::vector<Activity>& activities) {
  std::map<std::string, ActivityFigures> per_wijk;
  ActivityFigures total;
  total.wijk_code = "totaal";
  for (const auto& a : activities) {
    auto& wijk = per_wijk[a.wijk_code];
    wijk.wijk_code = a.wijk_code;
    for (ActivityFigures* f : {&wijk, &total}) {
      ++f->activities;
      f->participants += a.participants;
      f->cost_cents += a.cost_cents;
      if (a.effort == "Basis") ++f->basis;
      if (a.effort == "Plus") ++f->plus;
      if (a.effort == "PlusPlus") ++f->plus_plus;
    }
  }
  std::vector<ActivityFigures> out;
  for (auto& [code, f] : per_wijk) out.push_back(f);
  out.push_back(total);
  return out;
}

CampaignFigures campaign_figures(const std::vector<TreeRequest>& trees,
                                 const std::vector<SuperbuurNomination>& nominations,
                                 const std::vector<Reporter>& reporters) {
  CampaignFigures f;
  f.christmas_trees = static_cast<long long>(trees.size());
  f.superbuur_nominations = static_cast<long long>(nominations.size());
  for (const auto& n : nominations)
    f.superburen_chosen += n.status == "gekozen" || n.status == "uitgereikt";
  f.reporters = static_cast<long long>(reporters.size());
  for (const auto& r : reporters)
    f.reporter_assignments += static_cast<long long>(r.assignments.size());
  return f;
}

}  // namespace leefbaar::neighbourhood
