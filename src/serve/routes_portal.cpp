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
#include "serve/schema.hpp"
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
  using namespace schema;
  std::vector<std::string> types(std::begin(neighbourhood::kInitiativeTypes),
                                 std::end(neighbourhood::kInitiativeTypes));
  const auto honeypot = string("A field people never see: leave it empty");
  routes.push_back(
      Route{"GET",
            "/api/v1/portaal/keuzes",
            "Portal: the wijken, buurten and kinds of initiative",
            Access::public_,
            {},
            options}
          .answers(
              200,
              object({{"wijken", wijken_schema()},
                      {"buurten",
                       array(object({{"code", string()}, {"name", string()}, {"wijk", string()}}))},
                      {"types", array(one_of(types))}})));
  routes.push_back(
      Route{"GET",
            "/api/v1/portaal/initiatieven",
            "Portal: open initiatives (?wijk=WK..) with their support so far (counts only)",
            Access::public_,
            {},
            open_initiatives}
          .with_query(json{{"wijk", string()}})
          .answers(200, object({{"initiatives", array(object({{"id", integer()},
                                                              {"title", string()},
                                                              {"description", string()},
                                                              {"type", string()},
                                                              {"buurt", string()},
                                                              {"buurt_name", string()},
                                                              {"wijk", string()},
                                                              {"wijk_name", string()},
                                                              {"state", initiative_state_schema()},
                                                              {"households", integer()},
                                                              {"gebied", area_schema()},
                                                              {"supports", integer()},
                                                              {"needed", integer()},
                                                              {"supported", boolean()},
                                                              {"created_at", date()}}))}})));
  routes.push_back(
      Route{"POST",
            "/api/v1/portaal/initiatieven",
            "Portal: submit an initiative ({title, description, type, buurt | postcode + "
            "huisnummer, gebied, asked_amount, asked_hours, asked_materials, email}); "
            "confirmed by an e-mail link; rate-limited (429)",
            Access::public_,
            {},
            submit}
          .takes(object({{"title", string("At most 200 bytes (UTF-8)")},
                         {"description", string("At most 4000 bytes (UTF-8)")},
                         {"type", one_of(types)},
                         {"email", string("Where the confirmation link goes")}},
                        {{"buurt", string("The buurt's code; else from the area or the address")},
                         {"postcode", string("The place of the initiative")},
                         {"huisnummer", string()},
                         {"toevoeging", string()},
                         {"gebied", area_form_schema()},
                         {"asked_amount", string("Euros, such as 250")},
                         {"asked_hours", string("A whole number")},
                         {"asked_materials", string("At most 1000 bytes (UTF-8)")},
                         {"website", honeypot}}))
          .answers(202, accepted_schema()));
  routes.push_back(
      Route{"POST",
            "/api/v1/portaal/huishoudens",
            "Portal: the households an initiative with this area would concern ({gebied, "
            "buurt}, as /api/v1/initiatieven/huishoudens); rate-limited (429)",
            Access::public_,
            {},
            households}
          .takes(object({},
                        {{"gebied", area_form_schema()},
                         {"buurt", string("The buurt's code; needed when the area is the buurt")}}))
          .answers(200, households_schema()));
  routes.push_back(
      Route{"POST",
            "/api/v1/portaal/initiatieven/{id}/steunbetuigingen",
            "Portal: support an initiative ({postcode, huisnummer, toevoeging, email}); "
            "one per address (409); confirmed by an e-mail link; rate-limited (429)",
            Access::public_,
            {},
            support}
          .takes(object({{"postcode", string()},
                         {"huisnummer", string()},
                         {"email", string("Where the confirmation link goes")}},
                        {{"toevoeging", string()}, {"website", honeypot}}))
          .answers(202, accepted_schema()));
  routes.push_back(
      Route{"POST",
            "/api/v1/portaal/bevestigingen",
            "Portal: confirm a submission or support with the token of the e-mail link "
            "({token})",
            Access::public_,
            {},
            verify}
          .takes(object({{"token", string("From the link's fragment")}}))
          .answers(200, object({{"kind", one_of({"initiatief", "steun"})},
                                {"initiative_id", integer()},
                                {"title", string()},
                                {"message", string()}})));
}

}  // namespace leefbaar::serve
