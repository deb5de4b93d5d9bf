#include "core/text.hpp"
#include "serve/app.hpp"

namespace leefbaar::serve {

nlohmann::json openapi_document(const std::vector<Route>& routes) {
  nlohmann::json paths = nlohmann::json::object();
  const nlohmann::json error_ref = {{"$ref", "#/components/schemas/Error"}};
  for (const auto& r : routes) {
    nlohmann::json op = {{"summary", r.summary}, {"responses", nlohmann::json::object()}};
    op["responses"]["200"] = {{"description", "OK"}};
    op["responses"]["400"] = {{"description", "Bad request: the field and the reason"},
                              {"content", {{"application/json", {{"schema", error_ref}}}}}};
    if (r.method != "GET") {
      // The body limit of the route (Route::max_body), checked before the body is read.
      op["x-max-body-bytes"] = r.max_body;
      op["responses"]["413"] = {{"description", "The body is larger than x-max-body-bytes"},
                                {"content", {{"application/json", {{"schema", error_ref}}}}}};
    }
    op["responses"]["500"] = {
        {"description", "A bug: the body's request_id (also in X-Request-Id) finds the log line"},
        {"content", {{"application/json", {{"schema", error_ref}}}}}};
    op["responses"]["503"] = {
        {"description", "The store is busy (an import runs): try again after Retry-After"},
        {"content", {{"application/json", {{"schema", error_ref}}}}}};
    if (r.access == Access::session) {
      op["security"] = nlohmann::json::array({{{"session", nlohmann::json::array()}}});
      op["responses"]["401"] = {{"description", "Not logged in"}};
      op["responses"]["403"] = {{"description", "Role not allowed, or the CSRF token is missing"}};
      std::vector<std::string> roles;
      for (auto role : r.roles) roles.emplace_back(to_string(role));
      op["x-roles"] = roles.empty()
                          ? std::vector<std::string>{"beheerder", "analist", "wijkteam", "lezer"}
                          : roles;
      if (r.method != "GET") {
        op["parameters"] = nlohmann::json::array({{{"name", "X-CSRF-Token"},
                                                   {"in", "header"},
                                                   {"required", true},
                                                   {"schema", {{"type", "string"}}}}});
      }
    }
    const auto parameters = path_parameters(r.path);
    for (const auto& p : parameters) op["parameters"].push_back(p);
    if (!parameters.empty()) op["responses"]["404"] = {{"description", "Not found"}};
    paths[r.openapi_path()][to_lower(r.method)] = op;
  }
  return {{"openapi", "3.0.3"},
          {"info", {{"title", "Leefbaar API"}, {"version", "0.1.0"}}},
          {"paths", paths},
          {"components",
           {{"securitySchemes",
             {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", kSessionCookie}}}}},
            {"schemas",
             {{"Error",
               {{"type", "object"},
                {"required", {"code", "message"}},
                {"properties",
                 {{"code", {{"type", "string"}}},
                  {"message", {{"type", "string"}}},
                  {"field", {{"type", "string"}}},
                  {"request_id", {{"type", "string"}}}}}}}}}}}};
}

}  // namespace leefbaar::serve
