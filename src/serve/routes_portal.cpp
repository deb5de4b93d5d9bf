// The public residents' portal (no account): open initiatives per wijk with their support so far
// (counts only), submitting an initiative and supporting one, both confirmed by an e-mail link.
// Against abuse without a visible captcha: the link, rate limits per client and per postal
// address (with the application's clock), a honeypot field that people never see (a filled one is
// answered as if accepted and dropped), and addresses checked against the work area's known ones.
#include <fmt/format.h>

#include "core/log.hpp"
#include "serve/app.hpp"
#include "serve/client_address.hpp"
#include "serve/households_json.hpp"
#include "serve/portal_util.hpp"
#include "store/initiatives.hpp"
#include "store/spending.hpp"

namespace leefbaar::serve {

namespace {

using namespace portal;  // portal_area, text_field, throttle, honeypot (serve/portal_util.hpp)

constexpr const char* kConfirmPage = "portaal/bevestigen";

const nlohmann::json kAccepted = accepted();

void options(App& app, const httplib::Request&, httplib::Response& res,
             const std::optional<Caller>&) {
  const auto wa = portal_area(app);
  std::vector<store::AreaRef> buurten;
  {
    std::lock_guard lock(app.db_mutex);
    buurten = store::list_buurten(app.db, wa);
  }
  nlohmann::json b = nlohmann::json::array();
  nlohmann::json wijken = nlohmann::json::array();
  std::set<std::string> seen;
  for (const auto& a : buurten) {
    b.push_back({{"code", a.buurt}, {"name", a.buurt_name}, {"wijk", a.wijk}});
    if (seen.insert(a.wijk).second)
      wijken.push_back({{"code", a.wijk}, {"name", a.wijk_name}, {"gemeente", a.gemeente}});
  }
  nlohmann::json types = nlohmann::json::array();
  for (const char* t : store::kInitiativeTypes) types.push_back(t);
  send_json(res, 200, {{"wijken", wijken}, {"buurten", b}, {"types", types}});
}

void open_initiatives(App& app, const httplib::Request& req, httplib::Response& res,
                      const std::optional<Caller>&) {
  const auto wa = portal_area(app);
  store::InitiativeFilter filter;
  if (req.has_param("wijk")) filter.wijk = req.get_param_value("wijk");
  std::vector<store::Initiative> list;
  {
    std::lock_guard lock(app.db_mutex);
    list = store::list_initiatives(app.db, wa, filter, app.config.now());
  }
  // Only what a neighbour needs to decide: no names, addresses or e-mail addresses.
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& i : list) {
    if (!neighbourhood::is_public(i.state)) continue;
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
                    {"gebied", nlohmann::json::parse(store::area_to_json(i.shape))},
                    {"supports", i.supports},
                    {"needed", i.needed},
                    {"supported", i.supported},
                    {"created_at", i.created_at.substr(0, 10)}});
  }
  send_json(res, 200, {{"initiatives", rows}});
}

void submit(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>&) {
  const auto wa = portal_area(app);
  const auto body = json_body(req);
  throttle(app, "client:" + client_address(app.config, req));
  if (honeypot(body)) {
    send_json(res, 202, kAccepted);
    return;
  }
  store::NewInitiative in;
  in.title = text_field(body, "title");
  in.description = text_field(body, "description");
  in.type = text_field(body, "type");
  in.buurt_code = text_field(body, "buurt");
  in.asked_materials = text_field(body, "asked_materials");
  const std::string amount = text_field(body, "asked_amount");
  if (!amount.empty()) {
    const auto c = neighbourhood::parse_euros(amount);
    if (!c || *c < 0)
      throw HttpError{422, "invalid", "Vul een bedrag in euro in, zoals 250.", "asked_amount"};
    in.asked_amount_cents = *c;
  }
  const std::string hours = text_field(body, "asked_hours");
  if (!hours.empty()) {
    if (hours.size() > 6 || hours.find_first_not_of("0123456789") != std::string::npos)
      throw HttpError{422, "invalid", "Vul een aantal uren in, zoals 10.", "asked_hours"};
    in.asked_hours = std::stoll(hours);
  }
  const std::string postcode = text_field(body, "postcode");
  const std::string huisnummer = text_field(body, "huisnummer");
  const auto mail = with_store(app, [&] {
    in.shape = area_of_body(app.db, wa, body);
    if (!postcode.empty() || !huisnummer.empty()) {
      in.location = store::parse_address(postcode, huisnummer, text_field(body, "toevoeging"));
      store::require_register_address(app.db, wa, *in.location);
    }
    return store::submit_portal_initiative(app.db, wa, in, text_field(body, "email"),
                                           link_base(app, kConfirmPage), app.config.now());
  });
  // The link (a secret) goes only into the mail; the log names the initiative.
  log::progress("portaal: initiatief {} wacht op bevestiging per e-mail", mail.id);
  send_json(res, 202, kAccepted);
}

// The live count of the submission form. Generous limit of its own: the form asks again as the
// resident draws, and a count changes nothing.
constexpr int kCountsPerClient = 300;

void households(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>&) {
  const auto wa = portal_area(app);
  const auto body = json_body(req);
  {
    std::lock_guard lock(app.db_mutex);
    if (store::over_rate_limit(app.db, "telling:" + client_address(app.config, req),
                               kCountsPerClient, kWindow, app.config.now()))
      throw HttpError{429, "too_many",
                      "U hebt in korte tijd heel vaak laten tellen. Probeer het over een uur "
                      "opnieuw.",
                      ""};
  }
  const auto answer = with_store(app, [&] {
    const auto area = area_of_body(app.db, wa, body);
    return households_json(
        app.db, wa, store::preview_households(app.db, wa, area, text_field(body, "buurt")), area);
  });
  send_json(res, 200, answer);
}

void support(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>&) {
  const auto wa = portal_area(app);
  const auto id = path_id(req);
  const auto body = json_body(req);
  throttle(app, "client:" + client_address(app.config, req));
  if (honeypot(body)) {
    send_json(res, 202, kAccepted);
    return;
  }
  // The per-address limit counts the address the registers confirm: an invented addition is
  // refused here, not counted as another household.
  const auto address = with_store(app, [&] {
    auto a = store::parse_address(text_field(body, "postcode"), text_field(body, "huisnummer"),
                                  text_field(body, "toevoeging"));
    store::require_register_address(app.db, wa, a);
    return a;
  });
  throttle(app, "adres:" + address.key());
  const auto mail = with_store(app, [&] {
    return store::submit_portal_support(app.db, wa, id, address, text_field(body, "email"),
                                        link_base(app, kConfirmPage), app.config.now());
  });
  log::progress("portaal: steun aan initiatief {} wacht op bevestiging per e-mail (steun {})", id,
                mail.id);
  send_json(res, 202, kAccepted);
}

void verify(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>&) {
  const auto body = json_body(req);
  throttle(app, "client:" + client_address(app.config, req));
  const auto done = with_store(app, [&] {
    return store::confirm_portal_token(app.db, text_field(body, "token"), app.config.now());
  });
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
                    "/api/portal/options",
                    "/api/portal/options",
                    "Portal: the wijken, buurten and kinds of initiative",
                    Access::public_,
                    {},
                    options});
  routes.push_back({"GET",
                    "/api/portal/initiatives",
                    "/api/portal/initiatives",
                    "Portal: open initiatives (?wijk=WK..) with their support so far (counts only)",
                    Access::public_,
                    {},
                    open_initiatives});
  routes.push_back({"POST",
                    "/api/portal/initiatives",
                    "/api/portal/initiatives",
                    "Portal: submit an initiative ({title, description, type, buurt | postcode + "
                    "huisnummer, gebied, asked_amount, asked_hours, asked_materials, email}); "
                    "confirmed by an e-mail link; rate-limited (429)",
                    Access::public_,
                    {},
                    submit});
  routes.push_back({"POST",
                    "/api/portal/households",
                    "/api/portal/households",
                    "Portal: the households an initiative with this area would concern ({gebied, "
                    "buurt}, as /api/initiatives/households); rate-limited (429)",
                    Access::public_,
                    {},
                    households});
  routes.push_back({"POST",
                    R"(/api/portal/initiatives/(\d+)/supports)",
                    "/api/portal/initiatives/{id}/supports",
                    "Portal: support an initiative ({postcode, huisnummer, toevoeging, email}); "
                    "one per address (409); confirmed by an e-mail link; rate-limited (429)",
                    Access::public_,
                    {},
                    support});
  routes.push_back({"POST",
                    "/api/portal/verify",
                    "/api/portal/verify",
                    "Portal: confirm a submission or support with the token of the e-mail link "
                    "({token})",
                    Access::public_,
                    {},
                    verify});
}

}  // namespace leefbaar::serve
