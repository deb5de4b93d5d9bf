#pragma once
// A route's path, written once as a template from which both the request matcher (a regex for
// httplib) and the OpenAPI path and parameters follow, so the two cannot drift apart:
//   /api/v1/berekeningen/{id}/gemeenten             {id}: a whole number, (\d+)
//   /api/v1/gebieden/{level:buurt|wijk}/{code} {name:a|b}: one of the words; {code}: an area code
// Any other {name} is a text of 1 to 60 characters from [A-Za-z0-9_.-].
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace leefbaar::serve {

// The regex httplib matches the request path against: one group per parameter, in order.
std::string path_regex(std::string_view path);
// The OpenAPI form: /api/v1/gebieden/{level}/{code}.
std::string openapi_path(std::string_view path);
// The OpenAPI path parameters, with their schema (integer, enum or pattern).
nlohmann::json path_parameters(std::string_view path);

}  // namespace leefbaar::serve
