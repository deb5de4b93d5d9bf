// The spending ledger: entries, totals per gemeente and year next to the programme's plan and the
// per-DAEB cap, CSV out, and CSV in for earlier years (all or nothing).
#include <fmt/format.h>

#include <cmath>

#include "serve/app.hpp"
#include "serve/initiative_json.hpp"
#include "serve/schema.hpp"
#include "usecases/spending.hpp"

namespace leefbaar::serve {

namespace {

using neighbourhood::SpendingEntry;

nlohmann::json entry_json(const SpendingEntry& e) {
  return {{"id", e.id},
          {"spent_on", e.spent_on},
          {"gemeente", e.gemeente_code},
          {"wijk", e.wijk_code.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.wijk_code)},
          {"organisation_id", e.organisation_id},
          {"organisation", e.organisation_name},
          {"organisation_kind", e.organisation_kind},
          {"amount", euros(e.amount_cents)},
          {"btiv_category",
           e.btiv_category.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.btiv_category)},
          {"effort", e.effort.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.effort)},
          {"initiative_id",
           e.initiative_id ? nlohmann::json(*e.initiative_id) : nlohmann::json(nullptr)},
          {"activity_ref",
           e.activity_ref.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.activity_ref)},
          {"description", e.description},
          {"created_by", e.created_by}};
}

void list(App& app, const httplib::Request& req, httplib::Response& res,
          const std::optional<Caller>& caller) {
  const auto ledger = usecases::spending_ledger(app.service, caller->session.user, year_query(req));
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& e : ledger.entries) rows.push_back(entry_json(e));
  nlohmann::json orgs = nlohmann::json::array();
  for (const auto& o : ledger.organisations)
    orgs.push_back({{"id", o.id}, {"name", o.name}, {"kind", o.kind}});
  send_json(res, 200, {{"entries", rows}, {"organisations", orgs}});
}

void add(App& app, const httplib::Request& req, httplib::Response& res,
         const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  neighbourhood::NewSpending e;
  e.spent_on = text_field(body, "spent_on");
  e.gemeente_code = text_field(body, "gemeente");
  e.wijk_code = text_field(body, "wijk");
  if (body.contains("organisation_id") && body["organisation_id"].is_number_integer())
    e.organisation_id = body["organisation_id"].get<std::int64_t>();
  const auto& amount = body.contains("amount") ? body["amount"] : nlohmann::json(nullptr);
  if (amount.is_number()) {
    const double v = amount.get<double>();
    if (!std::isfinite(v)) throw HttpError{422, "invalid", "Vul een bedrag in.", "amount"};
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
  send_json(res, 201, {{"id", usecases::add_spending(app.service, caller->session.user, e)}});
}

void totals(App& app, const httplib::Request&, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto entries = usecases::spending_ledger(app.service, caller->session.user).entries;
  // The programme's plan and the cap per gemeente (when the programme can be computed).
  struct Plan {
    std::string name;
    long long plan = 0, daeb_units = 0;
  };
  std::map<std::string, Plan> plans;
  double cap_per_daeb = 0;
  std::optional<int> plan_year;
  try {
    const auto ws = workspace_for(app, *caller);
    const auto& stock = ws->run().stock;
    for (const auto& g : ws->result().gemeenten)
      plans[stock.gemeenten.code(g.gemeente)] = {stock.gemeenten.name(g.gemeente), g.plan,
                                                 g.daeb_units};
    cap_per_daeb = ws->settings().budget.cap_per_daeb_unit;
    plan_year = ws->settings().budget.year.value_or(ws->settings().edition);
  } catch (const HttpError&) {
    // No programme yet: totals without plan and cap.
  }
  struct Total {
    long long spent = 0, corporation = 0;
    std::map<std::string, long long> by_category;
  };
  std::map<std::pair<std::string, int>, Total> rows;
  for (const auto& e : entries) {
    auto& t = rows[{e.gemeente_code, std::stoi(e.spent_on.substr(0, 4))}];
    t.spent += e.amount_cents;
    if (e.organisation_kind == "corporatie") {
      t.corporation += e.amount_cents;
      t.by_category[e.btiv_category.empty() ? "-" : e.btiv_category] += e.amount_cents;
    }
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [key, t] : rows) {
    const auto plan = plans.find(key.first);
    nlohmann::json by_category = nlohmann::json::object();
    for (const auto& [c, v] : t.by_category) by_category[c] = euros(v);
    nlohmann::json row = {{"gemeente", key.first},
                          {"name", plan == plans.end() ? key.first : plan->second.name},
                          {"year", key.second},
                          {"spent", euros(t.spent)},
                          {"corporation_spent", euros(t.corporation)},
                          {"by_category", by_category},
                          {"plan", nullptr},
                          {"daeb_units", nullptr},
                          {"cap", nullptr},
                          {"above_cap", nullptr}};
    if (plan != plans.end()) {
      row["plan"] = plan->second.plan;
      row["daeb_units"] = plan->second.daeb_units;
      if (cap_per_daeb > 0) {
        const double cap = cap_per_daeb * static_cast<double>(plan->second.daeb_units);
        row["cap"] = cap;
        row["above_cap"] = euros(t.corporation) > cap;
      }
    }
    out.push_back(row);
  }
  send_json(res, 200,
            {{"totals", out},
             {"plan_year", plan_year ? nlohmann::json(*plan_year) : nlohmann::json(nullptr)},
             {"cap_per_daeb_unit", cap_per_daeb}});
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
  const auto entry = object({{"id", integer()},
                             {"spent_on", date()},
                             {"gemeente", string()},
                             {"wijk", nullable(string())},
                             {"organisation_id", integer()},
                             {"organisation", string()},
                             {"organisation_kind", string()},
                             {"amount", number("Euros; a correction may be negative")},
                             {"btiv_category", nullable(one_of({"a", "b", "c"}))},
                             {"effort", nullable(one_of({"Basis", "Plus", "PlusPlus"}))},
                             {"initiative_id", nullable(integer())},
                             {"activity_ref", nullable(string())},
                             {"description", string()},
                             {"created_by", string()}});
  routes.push_back(
      Route{"GET", "/api/v1/uitgaven",
            "The spending ledger (?year=2025) and the partnership's organisations", Access::session,
            kReaders, list}
          .with_query(json{{"year", integer()}})
          .answers(200, object({{"entries", array(entry)},
                                {"organisations", array(object({{"id", integer()},
                                                                {"name", string()},
                                                                {"kind", string()}}))}})));
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
            Access::session, kReaders, totals}
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
