// A resident's request (GDPR) about their contact moments, answered by a beheerder for the own
// organisation's records (usecases/signals_residents.hpp): find them, download them as JSON or
// CSV, or erase them (the anonymous counts stay).
#include "core/text.hpp"
#include "report/sheet.hpp"
#include "serve/schema.hpp"
#include "serve/signals_json.hpp"
#include "usecases/signals_residents.hpp"

namespace leefbaar::serve::signal_routes {

namespace {

// Whose records the use case decides (the caller's organisation); the body names the resident.
neighbourhood::ResidentQuery resident_query(const nlohmann::json& body) {
  return {0, text_field(body, "postcode"), text_field(body, "huisnummer"),
          text_field(body, "toevoeging"), text_field(body, "resident_ref")};
}

std::vector<neighbourhood::ContactMoment> resident_contacts(App& app,
                                                            const std::optional<Caller>& caller,
                                                            const nlohmann::json& body) {
  return usecases::resident_contacts(app.service, caller->session.user, resident_query(body));
}

void resident_find(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : resident_contacts(app, caller, body)) out.push_back(contact_json(c, true));
  send_json(res, 200, {{"contacts", out}});
}

Sheet resident_sheet(const std::vector<neighbourhood::ContactMoment>& contacts) {
  Sheet s;
  s.name = "gegevens-bewoner";
  s.header = {"nummer",     "organisatie", "vastgelegd_door", "datum",          "wijk",
              "buurt",      "soort",       "signalen",        "postcode",       "huisnummer",
              "toevoeging", "referentie",  "notitie",         "doorverwijzing", "opvolgdatum",
              "opvolging",  "afgerond_op", "opvolgnotities"};
  for (const auto& c : contacts) {
    std::vector<std::string> signals, notes;
    for (const auto& x : c.signals) signals.push_back(label(x));
    for (const auto& n : c.notes) notes.push_back(n.date + ": " + n.note);
    s.rows.push_back({static_cast<long long>(c.id), c.organisation, c.recorded_by, c.date, c.wijk,
                      c.buurt, label(c.kind), join(signals, ", "), c.postcode,
                      c.huisnummer > 0 ? Cell{static_cast<long long>(c.huisnummer)} : Cell{},
                      c.toevoeging, c.resident_ref, c.note,
                      c.referral.empty() ? std::string{} : label(c.referral), c.follow_up_date,
                      label(c.follow_up_status), c.done_on, join(notes, " | ")});
  }
  return s;
}

void resident_export(App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const std::string format = body.value("format", std::string("json"));
  if (format != "json" && format != "csv")
    throw HttpError{422, "invalid", "Kies JSON of CSV.", "format"};
  const auto contacts = resident_contacts(app, caller, body);
  res.status = 200;
  if (format == "csv") {
    res.set_header("Content-Disposition", "attachment; filename=\"gegevens-bewoner.csv\"");
    res.set_content(csv_text(resident_sheet(contacts)), "text/csv; charset=utf-8");
    return;
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : contacts) out.push_back(contact_json(c, true));
  res.set_header("Content-Disposition", "attachment; filename=\"gegevens-bewoner.json\"");
  res.set_content(nlohmann::json{{"contactmomenten", out}}.dump(2),
                  "application/json; charset=utf-8");
}

void resident_erase(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  if (!body.value("confirm", false))
    throw HttpError{422, "invalid", "Bevestig dat u deze gegevens wilt wissen.", "confirm"};
  const int n =
      usecases::erase_resident_contacts(app.service, caller->session.user, resident_query(body));
  send_json(res, 200, {{"erased", n}});
}

}  // namespace

void add_resident_request_routes(std::vector<Route>& routes) {
  using namespace schema;
  // The resident: an address or a resident_ref (neighbourhood::checked_resident_query).
  const auto resident = [](Members more = {}) {
    auto out = object({}, {{"postcode", string()},
                           {"huisnummer", {{"anyOf", {integer(), string()}}}},
                           {"toevoeging", string()},
                           {"resident_ref", string()}});
    for (const auto& [name, member] : more) out["properties"][name] = member;
    return out;
  };
  routes.push_back(Route{"POST", "/api/v1/signalen/inzageverzoeken",
                         "A resident's request: the contact moments about an address ({postcode, "
                         "huisnummer, toevoeging}) or a resident_ref (audited: inzageverzoek)",
                         Access::session, kBeheerder, resident_find}
                       .takes(resident())
                       .answers(200, object({{"contacts", array(contact_schema(true))}})));
  routes.push_back(
      Route{"POST", "/api/v1/signalen/inzageverzoeken/export",
            "A resident's request: their contact moments as a download ({..., format: "
            "json|csv}; audited: inzageverzoek); JSON by default, with format csv a text/csv "
            "file",
            Access::session, kBeheerder, resident_export}
          .takes(resident({{"format", one_of({"json", "csv"}, "json when absent")}}))
          .answers(200, object({{"contactmomenten", array(contact_schema(true))}})));
  auto erase = resident();
  erase["properties"]["confirm"] = boolean("Must be true");
  erase["required"] = {"confirm"};
  routes.push_back(Route{"POST", "/api/v1/signalen/verwijderverzoeken",
                         "A resident's request: erase their contact moments ({..., confirm: true}; "
                         "audited: verwijderverzoek); the anonymous counts stay",
                         Access::session, kBeheerder, resident_erase}
                       .takes(erase)
                       .answers(200, object({{"erased", integer("Contact moments erased")}})));
}

}  // namespace leefbaar::serve::signal_routes
