#include "compute/budget.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace leefbaar {

std::vector<long long> largest_remainder(long long total, const std::vector<long double>& weights,
                                         const std::vector<std::string>& tie_keys) {
  const std::size_t n = weights.size();
  std::vector<long long> out(n, 0);
  const long double sum = std::accumulate(weights.begin(), weights.end(), 0.0L);
  if (n == 0 || sum <= 0) return out;
  std::vector<long long> remainder_key(n);
  long long assigned = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const long double exact = static_cast<long double>(total) * weights[i] / sum;
    const long double floor = std::floor(exact + 1e-9L);  // 41.9999999999 is 42
    out[i] = static_cast<long long>(floor);
    // Remainders compared at 1e-9 euro, so equal remainders tie exactly and the key decides.
    remainder_key[i] = std::max(0LL, std::llround((exact - floor) * 1e9L));
    assigned += out[i];
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (remainder_key[a] != remainder_key[b]) return remainder_key[a] > remainder_key[b];
    return tie_keys[a] < tie_keys[b];
  });
  for (long long left = total - assigned, k = 0; left > 0; --left, ++k)
    ++out[order[static_cast<std::size_t>(k) % n]];
  return out;
}

namespace {

void add_actuals(const ProgrammeInputs& in, GemeenteBudget& g) {
  if (in.actuals == nullptr) return;
  const auto& years = in.actuals->by_gemeente[static_cast<std::size_t>(g.gemeente)];
  const auto it = years.find(in.params.budget_year());
  g.actual = it == years.end() ? 0.0 : it->second;
  g.difference = *g.actual - static_cast<double>(g.plan);
  if (g.daeb_units > 0) g.actual_per_daeb_unit = *g.actual / static_cast<double>(g.daeb_units);
  const double cap = in.params.budget.cap_per_daeb_unit;
  if (cap > 0 && g.actual_per_daeb_unit) g.above_cap = *g.actual_per_daeb_unit > cap;
}

}  // namespace

BudgetPlan plan_budget(const ProgrammeInputs& in, std::vector<UnitResult>& units) {
  const auto& stock = in.stock;
  const auto& weights = in.params.budget.weights;
  BudgetPlan plan;
  const std::size_t gemeente_count = stock.gemeenten.size(), buurt_count = stock.buurten.size();
  std::vector<long double> gemeente_weight(gemeente_count, 0), buurt_weight(buurt_count, 0);
  std::vector<long long> gemeente_units(gemeente_count, 0), gemeente_daeb(gemeente_count, 0),
      buurt_units(buurt_count, 0);
  long double total_weight = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const auto& u = stock.units[i];
    if (!u.coupled()) continue;  // uncoupled units get nothing
    if (u.gemeente < 0) {
      ++plan.units_without_gemeente;
      continue;
    }
    const double w = weights[static_cast<int>(units[i].effort)];
    total_weight += w;
    gemeente_weight[static_cast<std::size_t>(u.gemeente)] += w;
    buurt_weight[static_cast<std::size_t>(u.buurt)] += w;
    ++gemeente_units[static_cast<std::size_t>(u.gemeente)];
    ++buurt_units[static_cast<std::size_t>(u.buurt)];
    if (u.daeb) ++gemeente_daeb[static_cast<std::size_t>(u.gemeente)];
  }
  const long double total = static_cast<long double>(in.params.budget.total);
  for (std::size_t i = 0; i < units.size(); ++i) {
    const auto& u = stock.units[i];
    if (u.coupled() && u.gemeente >= 0 && total_weight > 0)
      units[i].share =
          static_cast<double>(total * weights[static_cast<int>(units[i].effort)] / total_weight);
  }

  // Gemeenten with coupled units, in code order; the plan rounded so that it adds up to the total.
  std::vector<std::int32_t> gemeenten;
  for (std::size_t g = 0; g < gemeente_count; ++g) {
    if (gemeente_units[g] > 0) gemeenten.push_back(static_cast<std::int32_t>(g));
  }
  std::sort(gemeenten.begin(), gemeenten.end(),
            [&](auto a, auto b) { return stock.gemeenten.code(a) < stock.gemeenten.code(b); });
  std::vector<long double> w;
  std::vector<std::string> keys;
  for (auto g : gemeenten) {
    w.push_back(gemeente_weight[static_cast<std::size_t>(g)]);
    keys.push_back(stock.gemeenten.code(g));
  }
  const auto rounded = largest_remainder(in.params.budget.total, w, keys);
  for (std::size_t k = 0; k < gemeenten.size(); ++k) {
    GemeenteBudget g;
    g.gemeente = gemeenten[k];
    g.units = gemeente_units[static_cast<std::size_t>(g.gemeente)];
    g.daeb_units = gemeente_daeb[static_cast<std::size_t>(g.gemeente)];
    g.plan = rounded[k];
    add_actuals(in, g);
    plan.gemeenten.push_back(g);
  }

  // Per buurt the same, within each gemeente's rounded plan.
  std::vector<std::vector<std::int32_t>> buurten_of(gemeente_count);
  for (std::size_t b = 0; b < buurt_count; ++b) {
    const auto g = stock.gemeente_of_buurt[b];
    if (buurt_units[b] > 0 && g >= 0)
      buurten_of[static_cast<std::size_t>(g)].push_back(static_cast<std::int32_t>(b));
  }
  for (const auto& g : plan.gemeenten) {
    auto& members = buurten_of[static_cast<std::size_t>(g.gemeente)];
    std::sort(members.begin(), members.end(),
              [&](auto a, auto b) { return stock.buurten.code(a) < stock.buurten.code(b); });
    std::vector<long double> bw;
    std::vector<std::string> bkeys;
    for (auto b : members) {
      bw.push_back(buurt_weight[static_cast<std::size_t>(b)]);
      bkeys.push_back(stock.buurten.code(b));
    }
    const auto brounded = largest_remainder(g.plan, bw, bkeys);
    for (std::size_t k = 0; k < members.size(); ++k) {
      plan.buurten.push_back(
          {members[k], g.gemeente, buurt_units[static_cast<std::size_t>(members[k])], brounded[k]});
    }
  }
  return plan;
}

}  // namespace leefbaar
