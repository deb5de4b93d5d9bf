#pragma once
// Internal to the signal route files (routes_signal*.cpp): the Dutch labels of the fixed lists,
// the answers they share, the readers of their bodies and queries, and the route groups that
// add_signal_routes registers in the order of the API's description.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "neighbourhood/signal_records.hpp"
#include "serve/app.hpp"

namespace leefbaar::serve::signal_routes {

// The Dutch label of a value of the fixed lists (contact kinds, signals, referrals, follow-up
// statuses, retention record types); the value itself when it has none.
std::string label(const std::string& value);
// [{value, label}] for a form's list.
nlohmann::json option_list(const std::vector<std::string>& values);

// A contact moment as the API answers it; with details: address, reference, note, notes and the
// timestamps (only for those who may see them).
nlohmann::json contact_json(const neighbourhood::ContactMoment& c, bool details);
// Its schema (serve/schema.hpp), with or without the details.
nlohmann::json contact_schema(bool details);

// A year from ?jaar= (0 when absent).
int year_param(const httplib::Request& req);

// The retention periods (routes_signal_retention.cpp) and a resident's request
// (routes_signal_requests.cpp).
void add_retention_routes(std::vector<Route>& routes);
void add_resident_request_routes(std::vector<Route>& routes);

}  // namespace leefbaar::serve::signal_routes
