#pragma once
// Helpers at the HTTP boundary: JSON answers and errors ({code, message, field}), cookies and the
// security headers every response carries.
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace leefbaar::serve {

// An error the client caused or may see: answered with its status and a JSON body.
struct HttpError {
  int status = 400;
  std::string code;     // machine-readable: "bad_request", "unauthenticated", "forbidden", ...
  std::string message;  // Dutch, for the user
  std::string field;    // the request field at fault, if any
};

// Text that is not valid UTF-8 (a message cut in the middle of a character) is sent with U+FFFD in
// its place rather than failing the answer.
void send_json(httplib::Response& res, int status, const nlohmann::json& body);
// An error as application/problem+json (RFC 9457) with code, message and field; extra: more
// members (an import's problems, a 500's request_id).
void send_error(httplib::Response& res, const HttpError& error,
                const nlohmann::json& extra = nlohmann::json::object());
// hsts: Strict-Transport-Security too (when the server is behind HTTPS: secure cookies on).
// tile_origin: a CSP source images may also come from, for the base map (base_map_origin in
// serve/server.hpp).
void add_security_headers(httplib::Response& res, bool hsts = false,
                          const std::string& tile_origin = {});

std::optional<std::string> cookie(const httplib::Request& req, const std::string& name);
// The deepest nesting of arrays and objects a request body may have. Deeper bodies are refused
// while parsing, before anything that recurses over the value (dump, copies, our own walks) sees
// it.
inline constexpr int kMaxJsonDepth = 32;
// The JSON object of a request body; HttpError 400 naming the problem otherwise. Every route reads
// its JSON body through this function.
nlohmann::json json_body(const httplib::Request& req);
// A year in the query string (?year=2025, or the parameter `name`): nullopt when absent or empty,
// HttpError 400 naming the parameter when it is not four digits.
std::optional<int> year_query(const httplib::Request& req, const char* name = "year");
// A whole number in the query string within [min, max]; `fallback` when absent. Larger than max
// is taken as max (a page is bounded); anything else out of range or not a number is a 400 with
// `message`.
long long bounded_query(const httplib::Request& req, const char* name, long long fallback,
                        long long min, long long max, const char* message);
// One page of a list: ?limit (1..max, `fallback` when absent; more than max is max) and ?offset
// (0 or more), each a 400 in Dutch when it is not a whole number in range. Every paged list reads
// its page through this.
struct PageQuery {
  long long limit = 50, offset = 0;
};
PageQuery page_query(const httplib::Request& req, long long fallback, long long max);
// A text parameter of the query string, trimmed; empty when absent, a 400 when longer than max.
std::string short_query(const httplib::Request& req, const char* name, std::size_t max);
// A required string member of a JSON body; HttpError 400 naming the field otherwise.
std::string required_string(const nlohmann::json& body, const std::string& field);
// A text member of a JSON body: empty when absent or null, a whole number as its digits (a house
// number sent as a number); HttpError 400 naming the field when it is anything else.
std::string text_field(const nlohmann::json& body, const char* field);
// The same, nullopt when absent (a change leaves it as it is).
std::optional<std::string> optional_text_field(const nlohmann::json& body, const char* field);

}  // namespace leefbaar::serve
