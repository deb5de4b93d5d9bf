#pragma once
// What every route of the public residents' portal shares (routes_portal*.cpp): the work area it
// serves, text members of a body, the rate limits per client and per postal address (with the
// application's clock), the honeypot and the answer to an accepted submission.
#include <chrono>
#include <string>
#include <string_view>

#include "serve/app.hpp"
#include "store/initiatives.hpp"

namespace leefbaar::serve::portal {

// At most this many portal submissions per client address in the window, and per postal address.
inline constexpr int kPerClient = 10;
inline constexpr int kPerAddress = 3;
inline constexpr std::chrono::seconds kWindow{3600};

inline std::int64_t portal_area(App& app) {
  std::lock_guard lock(app.db_mutex);
  const auto wa = store::portal_work_area(app.db);
  if (!wa) throw HttpError{404, "no_work_area", "Het bewonersportaal is nog niet ingericht.", ""};
  return *wa;
}

// A text member; a whole number is taken as its digits; empty when absent or null.
inline std::string text_field(const nlohmann::json& body, const char* field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return {};
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  if (!it->is_string()) throw HttpError{400, "bad_request", "Verwacht tekst.", field};
  return it->get<std::string>();
}

// key "client:<address>" or "adres:<postal address>"; 429 when over its limit.
inline void throttle(App& app, const std::string& key) {
  std::lock_guard lock(app.db_mutex);
  const int max = key.rfind("adres:", 0) == 0 ? kPerAddress : kPerClient;
  if (store::over_rate_limit(app.db, key, max, kWindow, app.config.now()))
    throw HttpError{429, "too_many",
                    "U hebt in korte tijd te vaak iets ingestuurd. Probeer het over een uur "
                    "opnieuw.",
                    ""};
}

// A filled honeypot: a program filled in every field. Answered as accepted, nothing is kept.
inline bool honeypot(const nlohmann::json& body) {
  return !text_field(body, "website").empty();
}

// The start of a confirmation link in a mail: absolute (the configured public address, by default
// the server's own), then the page, then '#' before the token. A fragment never reaches a server,
// so no request log (ours or a proxy's) ever holds the secret. The token itself is never logged.
inline std::string link_base(const App& app, std::string_view page) {
  std::string base = app.config.public_url;  // set once when the server binds, before requests
  if (!base.empty() && base.back() != '/') base += '/';
  return base + std::string(page) + "#";
}

inline nlohmann::json accepted() {
  return {{"message",
           "Bijna klaar: we hebben u een e-mail gestuurd. Klik op de link in die e-mail om te "
           "bevestigen."}};
}

}  // namespace leefbaar::serve::portal
