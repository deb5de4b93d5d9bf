#pragma once
// The yearly campaigns on the residents' portal: a Christmas tree for the requester's street and a
// superbuur nomination, both only while the campaign is open, both confirmed by an e-mail link as
// the portal's initiatives are. Until the link is used a submission waits in its own table
// (portal_campaign_submissions): it does not take the street's one tree, and what it holds (the
// nominee's name, the motivation, the mail in the outbox) is removed when nobody confirms it within
// 7 days. On confirmation the store's campaign functions (request_christmas_tree,
// nominate_superbuur) record it with source "portaal", so one tree per street per year holds there.
//
// The caller writes the audit entries (usecases/portal_campaigns.cpp, the demo): each function
// answers what they name, such as the campaigns it made from their templates.
//
// The store keeps no street names for addresses (neither the CBS pc6hnr table nor the stock as
// imported has them), so the requester names the street; the address must be known and gives the
// buurt.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "neighbourhood/portal_campaigns.hpp"
#include "store/database.hpp"
#include "store/initiatives.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

using neighbourhood::CampaignConfirmation;
using neighbourhood::PortalNomination;
using neighbourhood::PortalTreeRequest;

// A campaign as the portal shows it on a day: this year's (made from its template when needed),
// whether it is open, and when closed the day it opens (this year's or next year's).
struct PortalCampaign {
  Campaign campaign;
  bool open = false;
  std::string opens_next;                // when closed: the first day of the next intake
  std::vector<std::string> pickup_days;  // trees: the days a tree can be picked up
  std::vector<Campaign> made;            // made from their templates just now (this year, next)
};
// kind: kerstbomen or superbuur; today: an ISO date (the application's clock).
PortalCampaign portal_campaign(Database& db, std::int64_t work_area, const std::string& kind,
                               const std::string& today);

// Moves the intake period of the campaign of that kind and year (made from its template when it
// does not exist yet: made). Throws FieldError for dates that are not ISO dates or in the wrong
// order.
EnsuredCampaign set_campaign_intake(Database& db, std::int64_t work_area, const std::string& kind,
                                    int year, const std::string& opens_on,
                                    const std::string& closes_on);

// The pick-up days of a tree campaign: the Saturdays in December before Christmas, from today on.
std::vector<std::string> tree_pickup_days(int year, const std::string& today);

// A submission waiting for its link: the link's token, its id, what it asks for (kerstboom or
// superbuur) in which buurt, and how many expired submissions were removed first (the purge).
struct PortalSubmission {
  std::string token;
  std::int64_t id = 0;
  std::string kind, buurt;
  int purged = 0;
};
// Both throw FieldError naming the field for bad input or an unknown address, ConflictError
// ("campaign") when the campaign is closed and ("street") when the street already has its tree.
// Both make the year's campaign as portal_campaign does: a caller that audits calls
// portal_campaign first (its campaigns are made then, and their entries written, even when the
// submission is refused), so that these make none.
PortalSubmission submit_portal_tree(Database& db, std::int64_t work_area,
                                    const PortalTreeRequest& in, const std::string& link_base,
                                    TimePoint now);
PortalSubmission submit_portal_nomination(Database& db, std::int64_t work_area,
                                          const PortalNomination& in, const std::string& link_base,
                                          TimePoint now);

// Uses a link's token once (valid for 7 days): records the tree or nomination (actor and source
// "portaal") and forgets what only the link needed. Throws FieldError("token") for an unknown,
// used or expired token.
struct CampaignConfirmed {
  CampaignConfirmation confirmation;
  std::int64_t submission = 0;
  std::string buurt;
  CampaignEntry entry;  // the tree or nomination recorded, with the campaign made for it
  // When the street got its tree meanwhile: the request can never be granted, so the submission
  // is removed all the same, and the caller throws this once it has written its audit entry.
  std::optional<ConflictError> refused;
};
CampaignConfirmed confirm_campaign_token(Database& db, const std::string& token, TimePoint now);

// Removes what was submitted but not confirmed within the link's lifetime (and its mail); answers
// how many.
int purge_unconfirmed_campaign_submissions(Database& db, TimePoint now);

}  // namespace leefbaar::store
