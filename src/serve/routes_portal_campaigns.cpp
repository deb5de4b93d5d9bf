// The yearly campaigns on the public residents' portal (no account): the state of this year's
// Christmas tree and superbuur campaigns, a tree request for the requester's street (one per street
// per year: 409) and a superbuur nomination, both only while the campaign is open (409 otherwise)
// and both confirmed by an e-mail link (/portaal/actie-bevestigen#<token>). The same defences as
// the initiatives (routes_portal.cpp): rate limits per client and per postal address, the
// honeypot, and known addresses only.
#include <fmt/format.h>

#include "core/log.hpp"
#include "core/text.hpp"
#include "serve/app.hpp"
#include "serve/client_address.hpp"
#include "serve/portal_util.hpp"
#include "store/portal_campaigns.hpp"

namespace leefbaar::serve {

namespace {

using namespace portal;
using nlohmann::json;

constexpr const char* kConfirmPage = "portaal/actie-bevestigen";

std::string today(App& app) {
  return store::iso_utc(app.config.now()).substr(0, 10);
}

json campaign_json(const store::PortalCampaign& p) {
  return {{"name", p.campaign.name},
          {"year", p.campaign.year},
          {"open", p.open},
          {"opens_on", p.campaign.opens_on},
          {"closes_on", p.campaign.closes_on},
          {"opens_next", p.opens_next},
          {"contribution", static_cast<double>(p.campaign.contribution_cents) / 100.0},
          {"pickup_days", p.pickup_days}};
}

void campaigns(App& app, const httplib::Request&, httplib::Response& res,
               const std::optional<Caller>&) {
  const auto wa = portal_area(app);
  const std::string day = today(app);
  const auto [trees, superbuur] = with_store(app, [&] {
    return std::pair{store::portal_campaign(app.db, wa, "kerstbomen", day),
                     store::portal_campaign(app.db, wa, "superbuur", day)};
  });
  send_json(res, 200,
            {{"today", day},
             {"kerstbomen", campaign_json(trees)},
             {"superbuur", campaign_json(superbuur)}});
}

// The address in the body, when one is given (postcode or house number filled in).
std::optional<store::Address> address_in(App& app, const json& body) {
  const std::string postcode = text_field(body, "postcode");
  const std::string huisnummer = text_field(body, "huisnummer");
  if (trim(postcode).empty() && trim(huisnummer).empty()) return std::nullopt;
  return with_store(app, [&] {
    return store::parse_address(postcode, huisnummer, text_field(body, "toevoeging"));
  });
}

void request_tree(App& app, const httplib::Request& req, httplib::Response& res,
                  const std::optional<Caller>&) {
  const auto wa = portal_area(app);
  const auto body = json_body(req);
  throttle(app, "client:" + client_address(app.config, req));
  if (honeypot(body)) {
    send_json(res, 202, accepted());
    return;
  }
  const auto address = address_in(app, body);
  if (!address) throw HttpError{422, "invalid", "Vul uw postcode en huisnummer in.", "postcode"};
  throttle(app, "adres:" + address->key());
  store::PortalTreeRequest in;
  in.address = *address;
  in.street = text_field(body, "street");
  in.buurt_code = text_field(body, "buurt");
  in.pickup_on = text_field(body, "pickup_on");
  in.email = text_field(body, "email");
  const auto mail = with_store(app, [&] {
    return store::submit_portal_tree(app.db, wa, in, link_base(app, kConfirmPage),
                                     app.config.now());
  });
  // The link (a secret) goes only into the mail.
  log::progress("portaal: kerstboom {} wacht op bevestiging per e-mail", mail.id);
  send_json(res, 202, accepted());
}

void nominate(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>&) {
  const auto wa = portal_area(app);
  const auto body = json_body(req);
  throttle(app, "client:" + client_address(app.config, req));
  if (honeypot(body)) {
    send_json(res, 202, accepted());
    return;
  }
  store::PortalNomination in;
  in.address = address_in(app, body);
  in.nominee = text_field(body, "nominee");
  in.buurt_code = text_field(body, "buurt");
  in.motivation = text_field(body, "motivation");
  in.email = text_field(body, "email");
  // Without the nominee's address the nominator's e-mail address stands in for the per-address
  // limit.
  throttle(app, "adres:" + (in.address ? in.address->key() : to_lower(trim(in.email))));
  const auto mail = with_store(app, [&] {
    return store::submit_portal_nomination(app.db, wa, in, link_base(app, kConfirmPage),
                                           app.config.now());
  });
  log::progress("portaal: superbuur {} wacht op bevestiging per e-mail", mail.id);
  send_json(res, 202, accepted());
}

void verify(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>&) {
  const auto body = json_body(req);
  throttle(app, "client:" + client_address(app.config, req));
  const auto done = with_store(app, [&] {
    return store::confirm_campaign_token(app.db, text_field(body, "token"), app.config.now());
  });
  send_json(res, 200,
            {{"kind", done.kind},
             {"year", done.year},
             {"message",
              done.kind == "kerstboom"
                  ? fmt::format("Bedankt! De kerstboom voor de {} is aangevraagd. Het wijkteam "
                                "zorgt voor de rest.",
                                done.what)
                  : fmt::format("Bedankt! Uw nominatie van {} als superbuur is binnen. Het "
                                "wijkteam kiest de superburen.",
                                done.what)}});
}

}  // namespace

void add_portal_campaign_routes(std::vector<Route>& routes) {
  routes.push_back({"GET",
                    "/api/portal/campaigns",
                    "/api/portal/campaigns",
                    "Portal: this year's Christmas tree and superbuur campaigns (open or when "
                    "they open, the contribution, the pick-up days)",
                    Access::public_,
                    {},
                    campaigns});
  routes.push_back({"POST",
                    "/api/portal/campaigns/kerstbomen",
                    "/api/portal/campaigns/kerstbomen",
                    "Portal: request a Christmas tree for the requester's street ({postcode, "
                    "huisnummer, toevoeging, street, buurt, pickup_on, email}); one per street "
                    "per year (409), only while open (409); confirmed by an e-mail link; "
                    "rate-limited (429)",
                    Access::public_,
                    {},
                    request_tree});
  routes.push_back({"POST",
                    "/api/portal/campaigns/superbuur",
                    "/api/portal/campaigns/superbuur",
                    "Portal: nominate a superbuur ({nominee, postcode + huisnummer or buurt, "
                    "motivation, email}); only while open (409); confirmed by an e-mail link; "
                    "rate-limited (429)",
                    Access::public_,
                    {},
                    nominate});
  routes.push_back({"POST",
                    "/api/portal/campaigns/verify",
                    "/api/portal/campaigns/verify",
                    "Portal: confirm a tree request or nomination with the token of the e-mail "
                    "link ({token})",
                    Access::public_,
                    {},
                    verify});
}

}  // namespace leefbaar::serve
