// The JSON bodies of the API: the parse the server does for every request (json_body, with its
// limits), and the functions that turn a body into parameters: the programme parameters of the
// what-if, the saved settings and the scenarios (params_from_json on the saved settings), and an
// initiative's area (area_from_json and its checks). A bad body may only raise HttpError (a 4xx)
// or FieldError (which the routes answer with 400 or 422); anything else would be a 500.
#include "core/errors.hpp"
#include "core/parameters.hpp"
#include "serve/http.hpp"
#include "neighbourhood/initiative_area.hpp"
#include "store/initiatives_area.hpp"
#include "core/params_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  httplib::Request req;
  req.body.assign(reinterpret_cast<const char*>(data), size);
  try {
    const nlohmann::json body = leefbaar::serve::json_body(req);
    (void)body.dump();
    try {
      (void)leefbaar::serve::required_string(body, "name");
    } catch (const leefbaar::serve::HttpError&) {
    }
    try {
      const auto params = leefbaar::params_from_json(
          body.value("params", nlohmann::json::object()), leefbaar::ProgrammeParams{});
      (void)leefbaar::params_to_json(params).dump();
    } catch (const leefbaar::FieldError&) {
    }
    const auto gebied = body.find("gebied");
    if (gebied != body.end() && !gebied->is_null()) {
      try {
        const auto area = leefbaar::neighbourhood::area_from_json(gebied->dump());
        if (area.is_shape()) leefbaar::store::check_area(area);
        (void)leefbaar::neighbourhood::area_to_json(area);
      } catch (const leefbaar::FieldError&) {
      }
    }
  } catch (const leefbaar::serve::HttpError&) {
  }
  return 0;
}
