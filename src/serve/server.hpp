#pragma once
// `leefbaar serve`: the JSON API over the store. Every endpoint is declared once in a route table
// (method, path, roles, summary), from which the routing, the role checks and /api/v1/openapi.json
// all follow, so they cannot drift apart.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace leefbaar::serve {

// PDOK's BRT-Achtergrondkaart, the Dutch government's free base map (standard style, Web Mercator).
inline constexpr std::string_view kPdokBaseMapUrl =
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";

// The CSP source of a base map's tile address (https://host[:port], with a {s} subdomain as *.),
// or empty when the address is empty or not a usable tile address: http(s), a plain host, {z},
// {x} and {y} in its path, and no character that could end a CSP source (space, ; , ' ").
std::string base_map_origin(std::string_view url);

struct ServerConfig {
  std::filesystem::path store;
  std::string host = "127.0.0.1";
  int port = 8080;              // 0: any free port
  bool secure_cookies = false;  // set the Secure flag (behind HTTPS)
  // The built web pages (web/dist); empty: the API only.
  std::filesystem::path web_root;
  // Mail (issue 9; serve/mailer.*). The public address the links in mails start with; empty:
  // http://HOST:PORT/ of this server, set when it binds.
  std::string public_url;
  // The SMTP relay, smtp://host[:port] or smtps://host[:port]; with smtp_user the password is read
  // from smtp_password_file or else the environment variable LEEFBAAR_SMTP_PASSWORD, never from
  // the command line. With a user, smtp:// requires STARTTLS.
  std::string smtp_url;
  std::string smtp_user;
  std::filesystem::path smtp_password_file;
  std::string mail_from = "noreply@leefbaar.local";  // the sender's address
  // Development and the demo: each mail as an .eml file in this folder (instead of a relay).
  std::filesystem::path mail_folder;
  // How often the delivery looks for mails that are due.
  std::chrono::milliseconds mail_poll{2000};
  // The clock, replaceable in tests (session expiry, throttling).
  std::function<std::chrono::system_clock::time_point()> now = [] {
    return std::chrono::system_clock::now();
  };
  // The base map under every map (issue 11 point 4): an XYZ tile address in Web Mercator
  // (EPSG:3857) with {z}, {x} and {y}, by default PDOK's BRT-Achtergrondkaart; empty: no base map
  // (the plain background). The pages read it from GET /api/v1/kaart/basiskaart, and the
  // Content-Security-Policy allows images from exactly its origin (serve/http.hpp).
  std::string base_map_url = std::string(kPdokBaseMapUrl);
  std::string base_map_attribution = "Kaartgegevens © Kadaster";
  // Trusted reverse proxies (H2, issue 9 point 5): the addresses of proxies in front of the server
  // (`--trusted-proxy`, repeatable). Only when the direct peer is one of them is X-Forwarded-For
  // read, and then its right-most address that is not itself a trusted proxy is the client
  // (serve/client_address.hpp); otherwise the header is ignored. Empty: no proxy is trusted.
  std::vector<std::string> trusted_proxies;
  // ---- Connections (see connection_guard.hpp; issue 9) ----
  // Worker threads, so connections served at once.
  std::size_t threads = 64;
  // Open connections per client address; 0: no cap. The trusted proxies have none (the proxy caps
  // its clients).
  int max_connections_per_client = 16;
  // A request's line and headers must be in within this time, or the connection is closed.
  std::chrono::milliseconds header_timeout{10'000};
  // A kept-alive connection without a new request is closed after this time.
  std::chrono::milliseconds idle_timeout{5'000};
  // Each wait for more of a body, or for the client to take the answer.
  std::chrono::milliseconds io_timeout{30'000};
};

class Server {
 public:
  explicit Server(ServerConfig config);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the socket and returns the port (useful with port 0). Throws when the port is taken.
  int bind();
  // Serves until stop(); blocks.
  void listen();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace leefbaar::serve
