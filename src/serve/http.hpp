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

void send_json(httplib::Response& res, int status, const nlohmann::json& body);
void send_error(httplib::Response& res, const HttpError& error);
void add_security_headers(httplib::Response& res);

std::optional<std::string> cookie(const httplib::Request& req, const std::string& name);
// The JSON object of a request body; HttpError 400 naming the problem otherwise.
nlohmann::json json_body(const httplib::Request& req);
// A required string member of a JSON body; HttpError 400 naming the field otherwise.
std::string required_string(const nlohmann::json& body, const std::string& field);

}  // namespace leefbaar::serve
