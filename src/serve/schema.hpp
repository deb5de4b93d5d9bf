#pragma once
// The shapes of the API's bodies and answers as OpenAPI 3.0 schemas, written beside each route
// (Route::takes, Route::answers) so that /api/v1/openapi.json describes every operation and a
// client can be generated from it. Small builders keep a declaration about as long as the JSON it
// describes:
//
//   object({{"id", integer()}, {"name", text(200)}}, {{"note", nullable(string())}})
//
// The first list is required, the second optional. Objects stay open (no additionalProperties:
// false) so that a member added later does not break a client written against today's document.
#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace leefbaar::serve::schema {

using nlohmann::json;
using Members = std::initializer_list<std::pair<std::string, json>>;

json string(std::string_view description = {});
// A text of at most max_length characters.
json text(std::size_t max_length, std::string_view description = {});
json integer(std::string_view description = {});
json number(std::string_view description = {});
json boolean(std::string_view description = {});
// A day as YYYY-MM-DD; a moment as an ISO 8601 date and time.
json date(std::string_view description = {});
json date_time(std::string_view description = {});
// One of the words.
json one_of(const std::vector<std::string>& words, std::string_view description = {});
json array(json items, std::string_view description = {});
json object(Members required, Members optional = {}, std::string_view description = {});
// An object whose member names are data (a code, a year): every value has the given schema.
json map_of(json values, std::string_view description = {});
// The same object with more members (a record and what a caller who sees more gets besides).
json extend(json object_schema, Members required, Members optional = {});
// The value or null (with a closed list of words, null is one of them: OpenAPI 3.0's nullable does
// not add it to an enum).
json nullable(json schema);
// A file in the answer (CSV, XLSX, GeoJSON): its bytes.
json file(std::string_view description = {});
// A form upload: the file under `file`, with the optional text members.
json upload(Members optional = {});

}  // namespace leefbaar::serve::schema
