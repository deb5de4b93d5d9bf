// The public residents' portal (no account): open initiatives per wijk with their support so far
// (counts only), submitting an initiative and supporting one, both confirmed by an e-mail link.
// Against abuse without a visible captcha: the link, rate limits per client and per postal
// address (with the application's clock), a honeypot field that people never see (a filled one is
// answered as if accepted and dropped), and addresses checked against the work area's known ones
// (usecases/portal.hpp).
#include <fmt/format.h>

#include "core/log.hpp"
#include "serve/app.hpp"
#include "serve/initiative_json.hpp"
#include "serve/portal_util.hpp"
#include "usecases/portal.hpp"

namespace leefbaar::serve {

namespace {

using namespace portal;  // sender_of, answer_receipt, link_base (serve/portal_util.hpp)

constexpr const char* kConfirmPage = "portaal/bevestigen";

void options(App& app, const httplib::Request&, httplib::Response& res,
             const std::optional<Caller>&) {
  const auto buurten = usecases::portal_buurten(app.service);
  nlohmann::json b = nlohmann::json::array();
  for (const auto& a : buurten)
    b.push_back({{"code", a.buurt}, {"name", a.buurt_name}, {"wijk", a.wijk}});
  nlohmann::json types = nlohmann::json::array();
  for (const char* t : neighbourhood::kInitiativeTypes) types.push_back(t);
  send_json(res, 200, {{"wijken", wijken_json(buurten)}, {"buurten", b}, {"types", types}});
}

void open_initiatives(App& app, const httplib::Request& req, httplib::Response& res,
                      const std::optional<Caller>&) {
  const std::string wijk = req.has_param("wijk") ? req.get_param_value("wijk") : "";
  // Only what a neighbour needs to decide: no names, addresses or e-mail addresses.
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& i : usecases::portal_initiatives(app.service, wijk, app.config.now()))
    rows.push_back({{"id", i.id},
                    {"title", i.title},
                    {"description", i.description},
                    {"type", i.type},
                    {"buurt", i.area.buurt},
                    {"buurt_name", i.area.buurt_name},
                    {"wijk", i.area.wijk},
                    {"wijk_name", i.area.wijk_name},
                    {"state", std::string(state_text(i.state))},
                    {"households", i.households},
                    {"gebied", area_json(i.shape)},
                    {"supports", i.supports},
                    {"needed", i.needed},
                    {"supported", i.supported},
                    {"created_at", i.created_at.substr(0, 10)}});
  send_json(res, 200, {{"initiatives", rows}});
}

void submit(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>&) {
  const auto body = json_body(req);
  neighbourhood::PortalInitiativeForm form;
  form.title = text_field(body, "title");
  form.description = text_field(body, "description");
  form.type = text_field(body, "type");
  form.buurt = text_field(body, "buurt");
  form.asked_materials = text_field(body, "asked_materials");
  form.asked_amount = text_field(body, "asked_amount");
  form.asked_hours = text_field(body, "asked_hours");
  const auto receipt = usecases::submit_portal_initiative(
      app.service, sender_of(app, req, body), form, address_text(body), area_form_of(body),
      text_field(body, "email"), link_base(app, kConfirmPage), app.config.now());
  if (submitted(receipt))
    log::progress("portaal: initiatief {} wacht op bevestiging per e-mail", receipt.id);
  answer_receipt(res, receipt);
}

void households(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>&) {
  const auto body = json_body(req);
  const auto area = area_form_of(body);
  const auto count = usecases::portal_households(app.service, client_address(app.config, req), area,
                                                 text_field(body, "buurt"), app.config.now());
  if (count.throttled)
    throw HttpError{429, "too_many",
                    "U hebt in korte tijd heel vaak laten tellen. Probeer het over een uur "
                    "opnieuw.",
                    ""};
  send_json(res, 200, households_json(count.answer));
}

void support(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>&) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  const auto receipt = usecases::support_portal_initiative(
      app.service, sender_of(app, req, body), id, address_text(body), text_field(body, "email"),
      link_base(app, kConfirmPage), app.config.now());
  if (submitted(receipt))
    log::progress("portaal: steun aan initiatief {} wacht op bevestiging per e-mail (steun {})", id,
                  receipt.id);
  answer_receipt(res, receipt);
}

void verify(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>&) {
  const auto body = json_body(req);
  const auto result = usecases::confirm_portal_link(app.service, client_address(app.config, req),
                                                    text_field(body, "token"), app.config.now());
  if (result.throttled) throw too_many();
  const auto& done = result.confirmation;
  send_json(res, 200,
            {{"kind", done.kind},
             {"initiative_id", done.initiative_id},
             {"title", done.title},
             {"message", done.kind == "steun"
                             ? fmt::format("Bedankt! Uw steun voor '{}' telt mee.", done.title)
                             : fmt::format("Bedankt! Uw initiatief '{}' staat nu open voor steun "
                                           "uit de buurt.",
                                           done.title)}});
}

}  // namespace

void add_portal_routes(std::vector<Route>& routes) {
  routes.push_back({"GET",
                    "/api/v1/portaal/keuzes",
                    "Portal: the wijken, buurten and kinds of initiative",
                    Access::public_,
                    {},
                    options});
  routes.push_back({"GET",
                    "/api/v1/portaal/initiatieven",
                    "Portal: open initiatives (?wijk=WK..) with their support so far (counts only)",
                    Access::public_,
                    {},
                    open_initiatives});
  routes.push_back({"POST",
                    "/api/v1/portaal/initiatieven",
                    "Portal: submit an initiative ({title, description, type, buurt | postcode + "
                    "huisnummer, gebied, asked_amount, asked_hours, asked_materials, email}); "
                    "confirmed by an e-mail link; rate-limited (429)",
                    Access::public_,
                    {},
                    submit});
  routes.push_back({"POST",
                    "/api/v1/portaal/huishoudens",
                    "Portal: the households an initiative with this area would concern ({gebied, "
                    "buurt}, as /api/v1/initiatieven/huishoudens); rate-limited (429)",
                    Access::public_,
                    {},
                    households});
  routes.push_back({"POST",
                    "/api/v1/portaal/initiatieven/{id}/steunbetuigingen",
                    "Portal: support an initiative ({postcode, huisnummer, toevoeging, email}); "
                    "one per address (409); confirmed by an e-mail link; rate-limited (429)",
                    Access::public_,
                    {},
                    support});
  routes.push_back({"POST",
                    "/api/v1/portaal/bevestigingen",
                    "Portal: confirm a submission or support with the token of the e-mail link "
                    "({token})",
                    Access::public_,
                    {},
                    verify});
}

}  // namespace leefbaar::serve
