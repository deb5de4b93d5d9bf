#pragma once
// Internal to the spending ledger's routes (routes_spending*.cpp).
#include <optional>

#include "serve/app.hpp"

namespace leefbaar::serve {

// GET /api/v1/uitgaven/totalen: spending per gemeente and year next to the programme's plan and
// the per-DAEB cap. Every row counts, so a reversal nets out against the row it reverses.
void spending_totals(App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller);

}  // namespace leefbaar::serve
