#include "serve/error_answers.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/log.hpp"
#include "serve/http.hpp"

namespace leefbaar::serve {

namespace {

const HttpError kWrongValue{400, "bad_request",
                            "Een veld in het verzoek heeft het verkeerde type of een onmogelijke "
                            "waarde (bijvoorbeeld tekst waar een getal hoort, of een getal dat te "
                            "groot is).",
                            ""};

void answer_internal(const httplib::Request& req, httplib::Response& res, const std::string& what) {
  const std::string id = new_request_id();
  log::warning("internal error {} on {} {}: {}", id, req.method, req.path, what);
  send_error(
      res,
      {500, "internal",
       fmt::format("Er ging iets mis aan onze kant. Probeer het later opnieuw. (foutcode {})", id),
       ""},
      {{"request_id", id}});
  res.set_header("X-Request-Id", id);
}

// Another writer (an import) holds the store longer than a request waits.
void send_busy(httplib::Response& res) {
  send_error(res, {503, "busy",
                   "Het systeem is even bezig (een import loopt). Probeer het zo opnieuw.", ""});
  res.set_header("Retry-After", "5");
}

}  // namespace

std::string new_request_id() {
  std::random_device random;
  const std::uint64_t value = (std::uint64_t{random()} << 32) | random();
  return fmt::format("{:016x}", value);
}

void answer_exception(const httplib::Request& req, httplib::Response& res,
                      std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const HttpError& e) {
    send_error(res, e);
  } catch (const ConflictError& e) {
    send_error(res, {409, e.reason(), e.what(), e.field()});
  } catch (const NotFoundError& e) {
    send_error(res, {404, e.reason(), e.what(), e.field()});
  } catch (const ForbiddenError& e) {
    send_error(res, {403, e.reason(), e.what(), e.field()});
  } catch (const FieldError& e) {
    send_error(res, {422, "invalid", e.what(), e.field()});
  } catch (const InputError& e) {
    send_error(res, {422, "invalid", e.what(), ""});
  } catch (const UnavailableError&) {
    send_busy(res);
  } catch (const nlohmann::json::exception&) {
    send_error(res, kWrongValue);
  } catch (const std::invalid_argument&) {
    send_error(res, kWrongValue);
  } catch (const std::out_of_range&) {
    send_error(res, kWrongValue);
  } catch (const std::exception& e) {
    answer_internal(req, res, e.what());
  } catch (...) {
    answer_internal(req, res, "unknown exception");
  }
}

}  // namespace leefbaar::serve
