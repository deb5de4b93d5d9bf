#pragma once
// The wijk team's figures of a year: activities per wijk and level of effort, and the campaigns'
// intake counted (no names).
#include <string>
#include <vector>

#include "neighbourhood/wijkwerk.hpp"
#include "neighbourhood/wijkwerk_campaigns.hpp"

namespace leefbaar::neighbourhood {

struct ActivityFigures {
  std::string wijk_code;
  long long activities = 0, participants = 0, cost_cents = 0;
  long long basis = 0, plus = 0, plus_plus = 0;  // activities per level of effort
};
// Per wijk (sorted by code) for these activities, plus a total with wijk_code "totaal".
std::vector<ActivityFigures> activity_figures(const std::vector<Activity>& activities);

struct CampaignFigures {
  long long christmas_trees = 0, superbuur_nominations = 0, superburen_chosen = 0, reporters = 0,
            reporter_assignments = 0;
};
// Chosen superburen: those chosen and those already awarded.
CampaignFigures campaign_figures(const std::vector<TreeRequest>& trees,
                                 const std::vector<SuperbuurNomination>& nominations,
                                 const std::vector<Reporter>& reporters);

}  // namespace leefbaar::neighbourhood
