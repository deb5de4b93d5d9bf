#pragma once
// The yearly campaigns on the public residents' portal, for the work area it serves: the state of
// this year's Christmas tree and superbuur campaigns, a tree request for the requester's street and
// a superbuur nomination, both confirmed by an e-mail link. The same defences as the portal's
// initiatives (usecases/portal.hpp): rate limits per client and per postal address counted in the
// request's own transaction, the honeypot, and known addresses only.
#include <string>

#include "neighbourhood/addresses.hpp"
#include "neighbourhood/portal_campaigns.hpp"
#include "usecases/portal.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// Both campaigns on the day of `now` (the application's clock); a campaign of this year is made
// from its template when it does not exist yet.
struct PortalCampaigns {
  std::string today;  // ISO date
  neighbourhood::PortalCampaignState trees, superbuur;
};
PortalCampaigns portal_campaigns(Service& service, TimePoint now);

// The forms as typed; the addresses are parsed once the limit per client is counted.
// What both forms ask: an address (a tree's requester's, required; a nominee's, or else the
// buurt), the buurt and the e-mail address the confirmation link goes to.
struct PortalContact {
  neighbourhood::AddressText address;
  std::string buurt, email;
};
struct PortalTreeForm : PortalContact {
  std::string street, pickup_on;
};
struct PortalNominationForm : PortalContact {
  std::string nominee, motivation;
};

// One tree per street per year. FieldError naming the field ("postcode" when no address is
// given), ConflictError "campaign" (reason "closed") when the campaign is closed, "street" when the
// street already has its tree.
PortalReceipt request_portal_tree(Service& service, const PortalSender& sender,
                                  const PortalTreeForm& form, const std::string& link_base,
                                  TimePoint now);
// Without the nominee's address the nominator's e-mail address stands in for the limit per
// address. FieldError naming the field, ConflictError "campaign" when it is closed.
PortalReceipt nominate_portal_superbuur(Service& service, const PortalSender& sender,
                                        const PortalNominationForm& form,
                                        const std::string& link_base, TimePoint now);

// Uses the token of a confirmation link once (store::confirm_campaign_token: FieldError "token",
// ConflictError "street" when the street got its tree meanwhile).
struct PortalCampaignConfirmed {
  bool throttled = false;
  neighbourhood::CampaignConfirmation confirmation;
};
PortalCampaignConfirmed confirm_campaign_link(Service& service, const std::string& client,
                                              const std::string& token, TimePoint now);

}  // namespace leefbaar::usecases
