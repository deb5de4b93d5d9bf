// GET /api/v1/openapi.json: the OpenAPI 3.0 document, built from the route table, so that every
// operation is described by the declaration that serves it (its path, roles, body and answer).
#include <string>
#include <vector>

#include "core/text.hpp"
#include "serve/app.hpp"
#include "serve/schema.hpp"

namespace leefbaar::serve {

namespace {

using nlohmann::json;

json problem_answer(const char* description) {
  return {
      {"description", description},
      {"content",
       {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
}

// RFC 9457 with the members the pages read (serve/http.cpp send_error).
json problem_schema() {
  using namespace schema;
  return object({{"type", string("about:blank")},
                 {"title", string("The status in Dutch words")},
                 {"status", integer()},
                 {"detail", string("What was wrong, in Dutch")},
                 {"code", string("Machine-readable: invalid, not_found, forbidden, ...")},
                 {"message", string("The same as detail")},
                 {"field", string("The field at fault; empty when it is not one field")}},
                {{"request_id", string("With a 500: the log line's id")},
                 {"problems", array(json::object(), "An import's problems, row by row")},
                 {"errors", array(json::object(), "An import's problems, row by row")},
                 {"before", integer()},
                 {"after", integer()}});
}

json success_answer(const Route& r) {
  if (r.answer_status == 204) return {{"description", "Done; no body"}};
  return {{"description", "OK"}, {"content", {{r.answer_type, {{"schema", r.answer}}}}}};
}

json parameters_of(const Route& r) {
  json out = json::array();
  if (r.access == Access::session && r.method != "GET") {
    out.push_back({{"name", "X-CSRF-Token"},
                   {"in", "header"},
                   {"required", true},
                   {"schema", schema::string()}});
  }
  for (const auto& p : path_parameters(r.path)) out.push_back(p);
  for (const auto& [name, value] : r.query.items())
    out.push_back({{"name", name}, {"in", "query"}, {"required", false}, {"schema", value}});
  return out;
}

json operation(const Route& r) {
  json op = {{"summary", r.summary}, {"responses", json::object()}};
  auto& responses = op["responses"];
  responses[std::to_string(r.answer_status)] = success_answer(r);
  responses["400"] = problem_answer("Bad request: the field and the reason");
  responses["422"] = problem_answer("A value that is not allowed: the field and the reason");
  if (!r.body.is_null()) {
    op["requestBody"] = {{"required", true}, {"content", {{r.body_type, {{"schema", r.body}}}}}};
  }
  if (r.no_body) op["x-body"] = "none";  // declared: the operation reads no body
  if (r.method != "GET") {
    // The body limit of the route (Route::max_body), checked before the body is read.
    op["x-max-body-bytes"] = r.max_body;
    responses["413"] = problem_answer("The body is larger than x-max-body-bytes");
    responses["409"] = problem_answer("In conflict with what is stored");
  }
  responses["500"] =
      problem_answer("A bug: the body's request_id (also in X-Request-Id) finds the log line");
  responses["503"] =
      problem_answer("The store is busy (an import runs): try again after Retry-After");
  if (r.access == Access::session) {
    op["security"] = json::array({{{"session", json::array()}}});
    responses["401"] = problem_answer("Not logged in");
    responses["403"] = problem_answer("Role not allowed, or the CSRF token is missing");
    std::vector<std::string> roles;
    for (auto role : r.roles) roles.emplace_back(to_string(role));
    op["x-roles"] = roles.empty()
                        ? std::vector<std::string>{"beheerder", "analist", "wijkteam", "lezer"}
                        : roles;
  }
  if (r.access == Access::public_ && r.method != "GET") {
    // Log-in and the portal's forms count the attempts of an address.
    responses["429"] =
        problem_answer("Too many attempts from this address: try again after Retry-After");
  }
  const json parameters = parameters_of(r);
  if (!parameters.empty()) op["parameters"] = parameters;
  // What the path names, or the caller's work area (no_work_area), may not be there.
  if (!path_parameters(r.path).empty() || r.access == Access::session)
    responses["404"] = problem_answer("Not found, or no work area for the caller's organisation");
  return op;
}

}  // namespace

nlohmann::json openapi_document(const std::vector<Route>& routes) {
  json paths = json::object();
  for (const auto& r : routes) paths[r.openapi_path()][to_lower(r.method)] = operation(r);
  return {{"openapi", "3.0.3"},
          {"info",
           {{"title", "Leefbaar API"},
            {"version", "1.0.0"},
            {"description",
             "The liveability programme and the neighbourhood work of a partnership. Errors are "
             "application/problem+json (RFC 9457)."}}},
          {"servers", json::array({{{"url", "/"}}})},
          {"paths", paths},
          {"components",
           {{"securitySchemes",
             {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", kSessionCookie}}}}},
            {"schemas", {{"Problem", problem_schema()}}}}}};
}

}  // namespace leefbaar::serve
