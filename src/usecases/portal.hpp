#pragma once
// The public residents' portal (no account), for the work area it serves (the store's first;
// NotFoundError "no_work_area" before there is one): open initiatives per wijk with their support
// so far, submitting an initiative and supporting one, both confirmed by an e-mail link, and the
// forms' live household count. The campaigns are in usecases/portal_campaigns.hpp.
//
// Each request is one operation: its rate limits are counted and checked in the same transaction
// as the work they guard, before any of it. A refused request (429) does nothing else; a request
// that fails on its input still counts, so that the limits also bound attempts to find out which
// addresses the registers know.
#include <cstdint>
#include <string>
#include <vector>

#include "neighbourhood/initiative_records.hpp"
#include "neighbourhood/portal_forms.hpp"
#include "usecases/initiatives.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// Who sends a portal request: the client's address (for the limit per client) and whether the
// form's hidden honeypot field was filled, as only a program does: such a request is counted,
// answered as accepted, and nothing of it is kept.
struct PortalSender {
  std::string client;
  bool honeypot = false;
};

// How a submission ended: waiting for its e-mail link (id: what waits), dropped (the honeypot),
// or refused by a rate limit with nothing done.
struct PortalReceipt {
  enum class Outcome { submitted, dropped, throttled };
  Outcome outcome = Outcome::submitted;
  std::int64_t id = 0;
};

// The buurten of the portal's work area.
std::vector<neighbourhood::AreaRef> portal_buurten(Service& service);
// The initiatives the portal lists (neighbourhood::is_public), of one wijk when given.
std::vector<neighbourhood::Initiative> portal_initiatives(Service& service, const std::string& wijk,
                                                          TimePoint now);

// An initiative from the portal; the location address (when its postcode or number is filled in)
// must be known to the registers. `link_base` is the absolute start of the confirmation link.
// FieldError naming the field (the area: "gebied"; the e-mail address: "email").
PortalReceipt submit_portal_initiative(Service& service, const PortalSender& sender,
                                       const neighbourhood::PortalInitiativeForm& form,
                                       const neighbourhood::AddressText& location,
                                       const AreaForm& area, const std::string& email,
                                       const std::string& link_base, TimePoint now);

// A support from the portal, one per address: the address must be known to the registers, and it
// has a limit of its own (an invented addition is refused, not counted as another household).
// ConflictError when it already supports the initiative; FieldError as store::add_paper_support.
PortalReceipt support_portal_initiative(Service& service, const PortalSender& sender,
                                        std::int64_t initiative,
                                        const neighbourhood::AddressText& address,
                                        const std::string& email, const std::string& link_base,
                                        TimePoint now);

// The portal form's live count, under a generous limit of its own (the form asks again as the
// resident draws, and a count changes nothing). FieldError as initiative_households.
struct PortalHouseholds {
  bool throttled = false;
  HouseholdsAnswer answer;
};
PortalHouseholds portal_households(Service& service, const std::string& client,
                                   const AreaForm& area, const std::string& buurt, TimePoint now);

// Uses the token of a confirmation link once (store::confirm_portal_token: FieldError "token",
// ConflictError when the address supported meanwhile).
struct PortalConfirmed {
  bool throttled = false;
  neighbourhood::Confirmation confirmation;
};
PortalConfirmed confirm_portal_link(Service& service, const std::string& client,
                                    const std::string& token, TimePoint now);

}  // namespace leefbaar::usecases
