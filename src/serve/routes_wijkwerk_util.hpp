#pragma once
// Helpers shared by the wijk work's route files (routes_wijkwerk*.cpp).
#include <string>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::serve::wijkwerk {

// A string member; empty when absent or null, HttpError 400 when it is not a string.
std::string text(const nlohmann::json& body, const std::string& field);
// A whole number member; fallback when absent or null, HttpError 422 otherwise.
long long integer(const nlohmann::json& body, const std::string& field, long long fallback);
// An amount in euros (a number or Dutch text "12,50") as cents; fallback when absent.
long long cents(const nlohmann::json& body, const std::string& field, long long fallback);
// Today (the app's clock) as an ISO date.
std::string today(App& app);
// ?year=... or this year.
int year_param(App& app, const httplib::Request& req);
// ?wijk=... (empty when absent); HttpError 400 for a malformed code.
std::string wijk_param(const httplib::Request& req);
// Whether the caller works on the wijk: wijkteam only in their own wijken, analist and beheerder
// everywhere, lezer nowhere.
bool works_in(const Caller& caller, const std::string& wijk);
// HttpError 403 unless works_in.
void require_wijk(const Caller& caller, const std::string& wijk);

void add_case_routes(std::vector<Route>& routes);

}  // namespace leefbaar::serve::wijkwerk
