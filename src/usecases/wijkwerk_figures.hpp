#pragma once
// The figures of a year on the Wijkwerk page, for every role: activities per wijk and level of
// effort, the campaigns' intake counted and neighbour mediation per wijk, all without names.
// Scoped to the caller's work area (NotFoundError "no_work_area").
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/mediation.hpp"
#include "neighbourhood/wijkwerk_figures.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct WijkwerkFigures {
  std::vector<neighbourhood::ActivityFigures> activities;  // per wijk, then "totaal"
  std::vector<neighbourhood::MediationFigures> mediation;  // per wijk, then "totaal"
  neighbourhood::CampaignFigures campaigns;
};
// Mediation cases count as overdue by today (ISO date).
WijkwerkFigures wijkwerk_figures(Service& service, const User& caller, int year,
                                 const std::string& today);

}  // namespace leefbaar::usecases
