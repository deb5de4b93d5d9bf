// The spending ledger: entries, totals per gemeente and year next to the programme's plan and the
// per-DAEB cap, CSV out, and CSV in for earlier years (all or nothing).
#include "serve/routes_spending.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/text.hpp"
#include "serve/app.hpp"
#include "serve/initiative_json.hpp"
#include "serve/schema.hpp"
#include "usecases/spending.hpp"

namespace leefbaar::serve {

namespace {

using neighbourhood::SpendingEntry;

nlohmann::json text_or_null(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

nlohmann::json id_or_null(const std::optional<std::int64_t>& id) {
  return id ? nlohmann::json(*id) : nlohmann::json(nullptr);
}

nlohmann::json entry_json(const SpendingEntry& e) {
  return {{"id", e.id},
          {"spent_on", e.spent_on},
          {"gemeente", e.gemeente_code},
          {"gemeente_name", text_or_null(e.gemeente_name)},
          {"wijk", text_or_null(e.wijk_code)},
          {"wijk_name", text_or_null(e.wijk_name)},
          {"organisation_id", e.organisation_id},
          {"organisation", e.organisation_name},
          {"organisation_kind", e.organisation_kind},
          {"amount", euros(e.amount_cents)},
          {"btiv_category", text_or_null(e.btiv_category)},
          {"effort", text_or_null(e.effort)},
          {"initiative_id", id_or_null(e.initiative_id)},
          {"initiative_title", text_or_null(e.initiative_title)},
          {"activity_ref", text_or_null(e.activity_ref)},
          {"description", e.description},
          {"reverses_id", id_or_null(e.reverses_id)},
          {"replaces_id", id_or_null(e.replaces_id)},
          {"reversed_by", id_or_null(e.reversed_by)},
          {"correction_reason", text_or_null(e.correction_reason)},
          {"created_at", e.created_at},
          {"created_by", e.created_by}};
}

neighbourhood::SpendingFilter filter_of(const httplib::Request& req) {
  neighbourhood::SpendingFilter f;
  f.year = year_query(req);
  f.gemeente_code = short_query(req, "gemeente", 20);
  f.wijk_code = short_query(req, "wijk", 20);
  f.btiv_category = short_query(req, "categorie", 1);
  if (!f.btiv_category.empty() && f.btiv_category != "a" && f.btiv_category != "b" &&
      f.btiv_category != "c" && f.btiv_category != "-")
    throw HttpError{400, "bad_request", "Kies categorie a, b, c of - (geen).", "categorie"};
  f.text = short_query(req, "q", 100);
  const auto page = page_query(req, 50, neighbourhood::kMaxSpendingPage);
  f.limit = page.limit;
  f.offset = page.offset;
  return f;
}

nlohmann::json named_json(const std::vector<neighbourhood::NamedCode>& list, const char* parent) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& n : list) {
    nlohmann::json row = {{"code", n.code}, {"name", n.name}};
    if (parent) row[parent] = n.parent;
    out.push_back(row);
  }
  return out;
}

void list(App& app, const httplib::Request& req, httplib::Response& res,
          const std::optional<Caller>& caller) {
  const auto filter = filter_of(req);
  const auto ledger = usecases::spending_ledger_page(app.service, caller->session.user, filter);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& e : ledger.page.entries) rows.push_back(entry_json(e));
  nlohmann::json orgs = nlohmann::json::array();
  for (const auto& o : ledger.organisations)
    orgs.push_back({{"id", o.id}, {"name", o.name}, {"kind", o.kind}});
  send_json(res, 200,
            {{"entries", rows},
             {"total", ledger.page.total},
             {"total_amount", euros(ledger.page.total_cents)},
             {"limit", filter.limit},
             {"offset", filter.offset},
             {"organisations", orgs},
             {"choices",
              {{"gemeenten", named_json(ledger.choices.gemeenten, nullptr)},
               {"wijken", named_json(ledger.choices.wijken, "gemeente")},
               {"initiatives", named_json(ledger.choices.initiatives, "wijk")}}}});
}

// The fields of a new amount (POST /api/v1/uitgaven, and a correction's corrected row).
neighbourhood::NewSpending spending_of(const nlohmann::json& body) {
  neighbourhood::NewSpending e;
  e.spent_on = text_field(body, "spent_on");
  e.gemeente_code = text_field(body, "gemeente");
  e.wijk_code = text_field(body, "wijk");
  if (body.contains("organisation_id") && body["organisation_id"].is_number_integer())
    e.organisation_id = body["organisation_id"].get<std::int64_t>();
  const auto& amount = body.contains("amount") ? body["amount"] : nlohmann::json(nullptr);
  if (amount.is_number()) {
    const double v = amount.get<double>();
    // Beyond a billion euros is no amount of the ledger (and would not fit in cents).
    if (!std::isfinite(v) || std::fabs(v) > 1e9)
      throw HttpError{422, "invalid", "Vul een bedrag in.", "amount"};
    e.amount_cents = std::llround(v * 100);
  } else if (amount.is_string()) {
    const auto c = neighbourhood::parse_euros(amount.get<std::string>());
    if (!c) throw HttpError{422, "invalid", "Vul een bedrag in, zoals 1.250,00.", "amount"};
    e.amount_cents = *c;
  }
  e.btiv_category = text_field(body, "btiv_category");
  e.effort = text_field(body, "effort");
  const std::string initiative = text_field(body, "initiative_id");
  if (!initiative.empty()) {
    if (initiative.size() > 15 || initiative.find_first_not_of("0123456789") != std::string::npos)
      throw HttpError{422, "invalid", "Vul het nummer van het initiatief in.", "initiative_id"};
    e.initiative_id = std::stoll(initiative);
  }
  e.activity_ref = text_field(body, "activity_ref");
  e.description = text_field(body, "description");
  return e;
}

void add(App& app, const httplib::Request& req, httplib::Response& res,
         const std::optional<Caller>& caller) {
  const auto e = spending_of(json_body(req));
  send_json(res, 201, {{"id", usecases::add_spending(app.service, caller->session.user, e)}});
}

// {reason, corrected?}: a reversal row and, with `corrected`, the row as it should have been.
void correct(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  std::optional<neighbourhood::NewSpending> corrected;
  if (const auto it = body.find("corrected"); it != body.end() && !it->is_null()) {
    if (!it->is_object())
      throw HttpError{400, "bad_request", "Geef het goede bedrag met zijn velden.", "corrected"};
    corrected = spending_of(*it);
  }
  const auto done = usecases::correct_spending(app.service, caller->session.user, id,
                                               text_field(body, "reason"), corrected);
  send_json(res, 201,
            {{"reversal_id", done.reversal_id}, {"corrected_id", id_or_null(done.corrected_id)}});
}

void import_csv(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const std::string csv = text_field(body, "csv");
  if (csv.empty()) throw HttpError{422, "invalid", "Kies een CSV-bestand met uitgaven.", "csv"};
  const auto report = usecases::import_spending_csv(app.service, caller->session.user, csv);
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& e : report.errors)
    errors.push_back({{"row", e.row}, {"field", e.field}, {"message", e.message}});
  if (!report.errors.empty()) {
    send_error(res,
               {422, "invalid",
                fmt::format("Er is niets ingelezen: {} fout(en) in het bestand. De "
                            "eerste: regel {}: {}",
                            report.errors.size(), report.errors[0].row, report.errors[0].message),
                "csv"},
               {{"errors", errors}});
    return;
  }
  send_json(res, 200, {{"rows", report.rows}, {"errors", errors}});
}

}  // namespace

void add_spending_routes(std::vector<Route>& routes) {
  using namespace schema;
  // A nullable word: OpenAPI 3.0 wants null among the words of a nullable enum.
  const auto entry =
      object({{"id", integer()},
              {"spent_on", date()},
              {"gemeente", string()},
              {"gemeente_name", nullable(string())},
              {"wijk", nullable(string())},
              {"wijk_name", nullable(string())},
              {"organisation_id", integer()},
              {"organisation", string()},
              {"organisation_kind", string()},
              {"amount", number("Euros; a reversal is negative")},
              {"btiv_category", nullable(one_of({"a", "b", "c"}))},
              {"effort", nullable(one_of({"Basis", "Plus", "PlusPlus"}))},
              {"initiative_id", nullable(integer())},
              {"initiative_title", nullable(string())},
              {"activity_ref", nullable(string())},
              {"description", string()},
              {"reverses_id", nullable(integer("A reversal: the row it reverses"))},
              {"replaces_id", nullable(integer("A corrected row: the row it replaces"))},
              {"reversed_by", nullable(integer("The reversal of this row, when reversed"))},
              {"correction_reason", nullable(string())},
              {"created_at", string()},
              {"created_by", string()}});
  const auto named = array(object({{"code", string()}, {"name", string()}}));
  const auto wijken =
      array(object({{"code", string()}, {"name", string()}, {"gemeente", string("Its code")}}));
  const auto initiatives = array(object(
      {{"code", string("The initiative's number")}, {"name", string()}, {"wijk", string()}}));
  routes.push_back(
      Route{"GET", "/api/v1/uitgaven",
            "A page of the spending ledger, newest first, with the filters year, gemeente, wijk, "
            "categorie (a, b, c or - for none) and q (text), limit (1-200, larger is 200) and "
            "offset; the partnership's organisations and the names the form chooses from",
            Access::session, kReaders, list}
          .with_query(json{{"year", integer()},
                           {"gemeente", string()},
                           {"wijk", string()},
                           {"categorie", string()},
                           {"q", string()},
                           {"limit", integer()},
                           {"offset", integer()}})
          .answers(
              200,
              object({{"entries", array(entry)},
                      {"total", integer("Rows matching the filters")},
                      {"total_amount", number("Their sum in euros")},
                      {"limit", integer()},
                      {"offset", integer()},
                      {"organisations",
                       array(object({{"id", integer()}, {"name", string()}, {"kind", string()}}))},
                      {"choices", object({{"gemeenten", named},
                                          {"wijken", wijken},
                                          {"initiatives", initiatives}})}})));
  routes.push_back(
      Route{"POST", "/api/v1/uitgaven/{id}/correctie",
            "Correct a row by a reversal entry ({reason, corrected?}): the original stays, a row "
            "with its amount negated names it; with `corrected` (the fields of a new amount) the "
            "row as it should have been follows. Once per row (409 after)",
            Access::session, kEditors, correct}
          .takes(object(
              {{"reason", string("Why; at most 500 bytes")}},
              {{"corrected",
                json{{"type", "object"}, {"description", "The fields of POST /api/v1/uitgaven"}}}}))
          .answers(201,
                   object({{"reversal_id", integer()}, {"corrected_id", nullable(integer())}})));
  routes.push_back(
      Route{"POST", "/api/v1/uitgaven",
            "Add an amount ({spent_on, gemeente, wijk, organisation_id, amount, "
            "btiv_category a|b|c (corporation money), effort, initiative_id, "
            "activity_ref, description})",
            Access::session, kEditors, add}
          .takes(object(
              {{"spent_on", date()},
               {"gemeente", string("The gemeente's code")},
               {"organisation_id", integer("One of the partnership's organisations")},
               {"amount", json{{"anyOf", json::array({number(), string("Such as 1.250,00")})},
                               {"description", "Euros, not 0; a correction may be negative"}}}},
              {{"wijk", string("The wijk's code, of this gemeente")},
               {"btiv_category",
                string("a, b or c (BTIV art. 51); required for corporation money")},
               {"effort", string("Basis, Plus, PlusPlus or empty")},
               {"initiative_id",
                json{{"anyOf", json::array({integer(), string("The digits; empty for none")})}}},
               {"activity_ref", string("At most 100 bytes (UTF-8)")},
               {"description", string("At most 1000 bytes (UTF-8)")}}))
          .answers(201, object({{"id", integer()}})));
  routes.push_back(
      Route{"GET", "/api/v1/uitgaven/totalen",
            "Spending per gemeente and year next to the programme's plan and the "
            "per-DAEB cap",
            Access::session, kReaders, spending_totals}
          .answers(
              200,
              object({{"totals",
                       array(object(
                           {{"gemeente", string()},
                            {"name", string()},
                            {"year", integer()},
                            {"spent", number("Euros")},
                            {"corporation_spent", number("Euros")},
                            {"by_category", map_of(number(),
                                                   "The corporation's money per BTIV "
                                                   "category (- for none), in euros")},
                            {"plan", nullable(integer("The programme's plan; null without one"))},
                            {"daeb_units", nullable(integer())},
                            {"cap", nullable(number("Euros: cap per DAEB unit x units"))},
                            {"above_cap", nullable(boolean())}}))},
                      {"plan_year", nullable(integer())},
                      {"cap_per_daeb_unit", number("Euros; 0 without a programme")}})));
  routes.push_back(
      Route{"POST", "/api/v1/uitgaven/import",
            "Read earlier years from CSV ({csv}: the export's columns); all rows or none",
            Access::session, kEditors, import_csv, kUploadBodyLimit}
          .takes(object({{"csv", string("The file's text")}}))
          .answers(200, object({{"rows", integer("Rows added")},
                                {"errors", array(object({{"row", integer()},
                                                         {"field", string()},
                                                         {"message", string()}}),
                                                 "Empty: with errors the answer is 422")}})));
}

}  // namespace leefbaar::serve
