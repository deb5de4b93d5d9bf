// GET /api/v1/uitgaven/totalen: the ledger's spending per gemeente and year next to the
// programme's plan and the per-DAEB cap.
#include <map>

#include "serve/initiative_json.hpp"
#include "serve/routes_spending.hpp"
#include "usecases/spending.hpp"

namespace leefbaar::serve {

void spending_totals(App& app, const httplib::Request&, httplib::Response& res,
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

}  // namespace leefbaar::serve
