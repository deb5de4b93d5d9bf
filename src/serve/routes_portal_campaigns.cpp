// The yearly campaigns on the public residents' portal (no account): the state of this year's
// Christmas tree and superbuur campaigns, a tree request for the requester's street (one per street
// per year: 409) and a superbuur nomination, both only while the campaign is open (409 otherwise)
// and both confirmed by an e-mail link (/portaal/actie-bevestigen#<token>). The same defences as
// the initiatives (routes_portal.cpp): rate limits per client and per postal address, the
// honeypot, and known addresses only (usecases/portal_campaigns.hpp).
#include <fmt/format.h>

#include "core/log.hpp"
#include "serve/app.hpp"
#include "serve/initiative_json.hpp"
#include "serve/portal_util.hpp"
#include "serve/schema.hpp"
#include "usecases/portal_campaigns.hpp"

namespace leefbaar::serve {

namespace {

using namespace portal;
using nlohmann::json;

constexpr const char* kConfirmPage = "portaal/actie-bevestigen";

json campaign_json(const neighbourhood::PortalCampaignState& p) {
  return {{"name", p.name},
          {"year", p.year},
          {"open", p.open},
          {"opens_on", p.opens_on},
          {"closes_on", p.closes_on},
          {"opens_next", p.opens_next},
          {"contribution", euros(p.contribution_cents)},
          {"pickup_days", p.pickup_days}};
}

void campaigns(App& app, const httplib::Request&, httplib::Response& res,
               const std::optional<Caller>&) {
  const auto c = usecases::portal_campaigns(app.service, app.config.now());
  send_json(res, 200,
            {{"today", c.today},
             {"kerstbomen", campaign_json(c.trees)},
             {"superbuur", campaign_json(c.superbuur)}});
}

void read_own(const json& body, usecases::PortalTreeForm& form) {
  form.street = text_field(body, "street");
  form.pickup_on = text_field(body, "pickup_on");
}

void read_own(const json& body, usecases::PortalNominationForm& form) {
  form.nominee = text_field(body, "nominee");
  form.motivation = text_field(body, "motivation");
}

// Reads the form and hands it to the use case. The link (a secret) goes only into the mail; the
// log names what waits for it.
template <typename Form, typename Submit>
Handler submitting(Submit use_case, const char* what) {
  return [use_case, what](App& app, const httplib::Request& req, httplib::Response& res,
                          const std::optional<Caller>&) {
    const auto body = json_body(req);
    Form form;
    form.address = address_text(body);
    form.buurt = text_field(body, "buurt");
    form.email = text_field(body, "email");
    read_own(body, form);
    const auto receipt = use_case(app.service, sender_of(app, req, body), form,
                                  link_base(app, kConfirmPage), app.config.now());
    if (submitted(receipt))
      log::progress("portaal: {} {} wacht op bevestiging per e-mail", what, receipt.id);
    answer_receipt(res, receipt);
  };
}

void verify(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>&) {
  const auto body = json_body(req);
  const auto result = usecases::confirm_campaign_link(app.service, client_address(app.config, req),
                                                      text_field(body, "token"), app.config.now());
  if (result.throttled) throw too_many();
  const auto& done = result.confirmation;
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
  using namespace schema;
  const Handler request_tree =
      submitting<usecases::PortalTreeForm>(usecases::request_portal_tree, "kerstboom");
  const Handler nominate =
      submitting<usecases::PortalNominationForm>(usecases::nominate_portal_superbuur, "superbuur");
  const auto campaign = object(
      {{"name", string()},
       {"year", integer()},
       {"open", boolean()},
       {"opens_on", date()},
       {"closes_on", date("Included")},
       {"opens_next", string("When closed: the first day of the next intake (a date); else empty")},
       {"contribution", number("Euros")},
       {"pickup_days", array(date(), "Trees, while open: the days a tree can be picked up")}});
  const auto honeypot = string("A field people never see: leave it empty");
  routes.push_back(
      Route{"GET",
            "/api/v1/portaal/campagnes",
            "Portal: this year's Christmas tree and superbuur campaigns (open or when "
            "they open, the contribution, the pick-up days)",
            Access::public_,
            {},
            campaigns}
          .answers(200,
                   object({{"today", date()}, {"kerstbomen", campaign}, {"superbuur", campaign}})));
  routes.push_back(
      Route{"POST",
            "/api/v1/portaal/campagnes/kerstbomen",
            "Portal: request a Christmas tree for the requester's street ({postcode, "
            "huisnummer, toevoeging, street, buurt, pickup_on, email}); one per street "
            "per year (409), only while open (409); confirmed by an e-mail link; "
            "rate-limited (429)",
            Access::public_,
            {},
            request_tree}
          .takes(object(
              {{"postcode", string("The requester's address")},
               {"huisnummer", string()},
               {"street", string("The requester's street")},
               {"email", string("Where the confirmation link goes")}},
              {{"toevoeging", string()},
               {"buurt", string("The buurt's code, when the address does not give it")},
               {"pickup_on", string("One of the pick-up days (required while there are any)")},
               {"website", honeypot}}))
          .answers(202, accepted_schema()));
  routes.push_back(Route{"POST",
                         "/api/v1/portaal/campagnes/superbuur",
                         "Portal: nominate a superbuur ({nominee, postcode + huisnummer or buurt, "
                         "motivation, email}); only while open (409); confirmed by an e-mail link; "
                         "rate-limited (429)",
                         Access::public_,
                         {},
                         nominate}
                       .takes(object({{"nominee", string("At most 120 bytes (UTF-8)")},
                                      {"motivation", string("At most 2000 bytes (UTF-8)")},
                                      {"email", string("Where the confirmation link goes")}},
                                     {{"postcode", string("The nominee's address; or the buurt")},
                                      {"huisnummer", string()},
                                      {"toevoeging", string()},
                                      {"buurt", string("The buurt's code, without an address")},
                                      {"website", honeypot}}))
                       .answers(202, accepted_schema()));
  routes.push_back(
      Route{"POST",
            "/api/v1/portaal/campagnes/bevestigingen",
            "Portal: confirm a tree request or nomination with the token of the e-mail "
            "link ({token})",
            Access::public_,
            {},
            verify}
          .takes(object({{"token", string("From the link's fragment")}}))
          .answers(200, object({{"kind", one_of({"kerstboom", "superbuur"})},
                                {"year", integer()},
                                {"message", string()}})));
}

}  // namespace leefbaar::serve
