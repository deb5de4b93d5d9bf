#pragma once
// `leefbaar serve`: the JSON API over the store. Every endpoint is declared once in a route table
// (method, path, roles, summary), from which the routing, the role checks and /api/openapi.json
// all follow, so they cannot drift apart.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace leefbaar::serve {

struct ServerConfig {
  std::filesystem::path store;
  std::string host = "127.0.0.1";
  int port = 8080;              // 0: any free port
  bool secure_cookies = false;  // set the Secure flag (behind HTTPS)
  // The built web pages (web/dist); empty: the API only.
  std::filesystem::path web_root;
  // The clock, replaceable in tests (session expiry, throttling).
  std::function<std::chrono::system_clock::time_point()> now = [] {
    return std::chrono::system_clock::now();
  };
  // ---- Connections (see connection_guard.hpp; issue 9) ----
  // Worker threads, so connections served at once.
  std::size_t threads = 64;
  // Open connections per client address; 0: no cap (behind a reverse proxy, which caps).
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
