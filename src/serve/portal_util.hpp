#pragma once
// What every route of the public residents' portal shares (routes_portal*.cpp): who sends a
// request (the client's address for the rate limits, the honeypot), the answer to a throttled and
// to an accepted submission, and the start of a confirmation link. The limits themselves are
// counted by the use cases (usecases/portal.hpp), in the request's own transaction.
#include <string>
#include <string_view>

#include "serve/app.hpp"
#include "serve/client_address.hpp"
#include "serve/initiative_json.hpp"
#include "serve/schema.hpp"
#include "usecases/portal.hpp"

namespace leefbaar::serve::portal {

// The client, and whether a program filled the honeypot field that people never see.
inline usecases::PortalSender sender_of(const App& app, const httplib::Request& req,
                                        const nlohmann::json& body) {
  return {client_address(app.config, req), !text_field(body, "website").empty()};
}

inline HttpError too_many() {
  return {429, "too_many",
          "U hebt in korte tijd te vaak iets ingestuurd. Probeer het over een uur opnieuw.", ""};
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

inline nlohmann::json accepted_schema() {
  return schema::object({{"message", schema::string()}});
}

// A submission's answer: 429 when a limit refused it, else accepted (a dropped honeypot too: a
// program learns nothing).
inline bool submitted(const usecases::PortalReceipt& receipt) {
  return receipt.outcome == usecases::PortalReceipt::Outcome::submitted;
}
inline void answer_receipt(httplib::Response& res, const usecases::PortalReceipt& receipt) {
  using Outcome = usecases::PortalReceipt::Outcome;
  if (receipt.outcome == Outcome::throttled) throw too_many();
  send_json(res, 202, accepted());
}

}  // namespace leefbaar::serve::portal
