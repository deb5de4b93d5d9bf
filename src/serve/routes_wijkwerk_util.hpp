#pragma once
// Helpers shared by the wijk work's route files (routes_wijkwerk*.cpp): reading the request's
// members and parameters, and the rule of who works in a wijk (neighbourhood/wijkwerk.hpp).
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "neighbourhood/wijkwerk.hpp"
#include "serve/app.hpp"

namespace leefbaar::serve::wijkwerk {

// A string member; empty when absent or null, HttpError 400 when it is not a string.
std::string text(const nlohmann::json& body, const std::string& field);
// A string member when present (null: empty); nullopt when absent.
std::optional<std::string> text_if_given(const nlohmann::json& body, const std::string& field);
// A whole number member; fallback when absent or null, HttpError 422 otherwise.
long long integer(const nlohmann::json& body, const std::string& field, long long fallback);
// An amount in euros (a number or Dutch text "12,50") as cents; fallback when absent.
long long cents(const nlohmann::json& body, const std::string& field, long long fallback);
// Today (the app's clock) as an ISO date.
std::string today(App& app);
// ?year=... or this year.
int year_param(App& app, const httplib::Request& req);
// ?year=... when given, else 0 (all years).
int year_param_or_all(App& app, const httplib::Request& req);
// ?wijk=... (empty when absent); HttpError 400 for a malformed code.
std::string wijk_param(const httplib::Request& req);
// Whether the caller works on the wijk: wijkteam only in their own wijken, analist and beheerder
// everywhere, lezer nowhere (neighbourhood::works_in).
bool works_in(const Caller& caller, const std::string& wijk);
// ForbiddenError (403) unless works_in.
void require_wijk(const Caller& caller, const std::string& wijk);
// [{kind, name, address, opened_on, closed_on}], as the profiles and the area pages show them.
nlohmann::json meeting_places_json(const std::vector<neighbourhood::MeetingPlace>& places);
// Its schema (serve/schema.hpp).
nlohmann::json meeting_places_schema();
// {id}: the answer of a POST that adds or changes a record.
nlohmann::json id_schema();
// The schema of timeline_answer's answer (serve/wijkwerk_view.hpp; wijkwerk_timeline.cpp).
nlohmann::json timeline_schema();

// The route groups of the Wijkwerk page, in the order add_wijkwerk_routes declares them.
void add_activity_routes(std::vector<Route>& routes);
void add_work_routes(std::vector<Route>& routes);
void add_figure_routes(std::vector<Route>& routes);
void add_campaign_routes(std::vector<Route>& routes);
void add_case_routes(std::vector<Route>& routes);

}  // namespace leefbaar::serve::wijkwerk
