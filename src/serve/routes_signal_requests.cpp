// A resident's request (GDPR) about their contact moments, answered by a beheerder for the own
// organisation's records (usecases/signals_residents.hpp): find them, download them as JSON or
// CSV, or erase them (the anonymous counts stay).
#include "core/text.hpp"
#include "serve/download.hpp"
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

RecordTable resident_table(const std::vector<neighbourhood::ContactMoment>& contacts) {
  RecordTable t{"gegevens-bewoner",
                {{"nummer", ColumnType::whole, 9},
                 {"organisatie", ColumnType::text, 24},
                 {"vastgelegd door", ColumnType::text, 24},
                 {"datum", ColumnType::date, 12},
                 {"wijk", ColumnType::text, 11},
                 {"buurt", ColumnType::text, 12},
                 {"soort", ColumnType::text, 16},
                 {"signalen", ColumnType::text, 30},
                 {"postcode", ColumnType::text, 10},
                 {"huisnummer", ColumnType::whole, 11},
                 {"toevoeging", ColumnType::text, 11},
                 {"referentie", ColumnType::text, 14},
                 {"notitie", ColumnType::text, 40},
                 {"doorverwijzing", ColumnType::text, 20},
                 {"opvolgdatum", ColumnType::date, 12},
                 {"opvolging", ColumnType::text, 14},
                 {"afgerond op", ColumnType::date, 12},
                 {"opvolgnotities", ColumnType::text, 40}},
                {}};
  for (const auto& c : contacts) {
    std::vector<std::string> signals, notes;
    for (const auto& x : c.signals) signals.push_back(label(x));
    for (const auto& n : c.notes) notes.push_back(n.date + ": " + n.note);
    t.rows.push_back(
        {static_cast<long long>(c.id), text_cell(c.organisation), text_cell(c.recorded_by),
         text_cell(c.date), text_cell(c.wijk), text_cell(c.buurt), label(c.kind),
         text_cell(join(signals, ", ")), text_cell(c.postcode),
         c.huisnummer > 0 ? RecordCell{static_cast<long long>(c.huisnummer)} : RecordCell{},
         text_cell(c.toevoeging), text_cell(c.resident_ref), text_cell(c.note),
         c.referral.empty() ? RecordCell{} : RecordCell{label(c.referral)},
         text_cell(c.follow_up_date), label(c.follow_up_status), text_cell(c.done_on),
         text_cell(join(notes, " | "))});
  }
  return t;
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
    send_download(res, resident_table(contacts), "csv", "gegevens-bewoner");
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
