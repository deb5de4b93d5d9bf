#pragma once
// What an exception that escapes a handler answers (issue 9: a bad value is a 4xx, never a 500).
// The rule exists here once, for the route wrapper and httplib's exception handler alike:
//   HttpError                              its own status and body;
//   ConflictError                          409 conflict (or closed), with its field;
//   ForbiddenError                         403 forbidden;
//   FieldError, InputError                 422 invalid (with the field when there is one);
//   nlohmann::json type_error, out_of_range and the other json errors, std::invalid_argument and
//   std::out_of_range (number parsing: std::stoll and friends)
//                                          400 bad_request;
//   UnavailableError                       503 busy with Retry-After (a CLI import holds the
//                                          store);
//   anything else                          500 internal: a bug, logged with a random request id
//                                          that the answer shows (body and X-Request-Id).
#include <httplib.h>

#include <exception>
#include <string>

namespace leefbaar::serve {

void answer_exception(const httplib::Request& req, httplib::Response& res,
                      std::exception_ptr error);
// 16 hex characters from std::random_device: only to find the log line again, no secret.
std::string new_request_id();

}  // namespace leefbaar::serve
