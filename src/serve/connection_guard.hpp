#pragma once
// The connection model of `leefbaar serve` (issue 9: slow or idle connections must not starve the
// others, and no body is read beyond its route's limit).
//
// cpp-httplib 0.11.4 serves each connection on one thread of a fixed pool and bounds only each
// single recv(): a client that sends its headers a byte at a time holds a thread for ever, so a
// few dozen such connections stopped the server. Rather than put a proxy in front of every
// installation or change server library, GuardedServer keeps httplib's request parsing and
// routing (process_request) and replaces only the per-connection loop around it, with:
//   - a deadline for each request's line and headers (and a cap on their size), after which the
//     connection is closed: a slow sender holds a thread for seconds, not for ever;
//   - a cap on concurrent connections per client address: one client cannot take all threads;
//     connections over the cap are answered 503 at once and closed;
//   - an idle limit and a request count per keep-alive connection;
//   - a larger thread pool, since waiting threads are cheap and the caps bound them;
//   - a byte budget for the body, set from the route's declared limit when the headers are in
//     (body_limit below), that also bounds chunked bodies and bodies without Content-Length.
// Behind a reverse proxy every connection comes from the proxy's address: the trusted proxies
// (`--trusted-proxy`) are not capped, the proxy does this job for its clients.
#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace leefbaar::serve {

struct ConnectionLimits {
  std::size_t threads = 64;
  int max_connections_per_client = 16;  // 0: no cap
  std::vector<std::string> uncapped;    // canonical addresses without a cap (trusted proxies)
  std::chrono::milliseconds header_timeout{10'000};
  std::chrono::milliseconds idle_timeout{5'000};  // between requests on a kept-alive connection
  std::chrono::milliseconds io_timeout{30'000};   // each wait for body bytes or for the client
  std::size_t max_requests_per_connection = 100;
  std::size_t max_header_bytes = std::size_t{64} << 10;
};

class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(ConnectionLimits limits);

 private:
  bool process_and_close_socket(socket_t sock) override;
  bool admit(const std::string& client);
  void leave(const std::string& client);

  ConnectionLimits limits_;
  std::mutex clients_mutex_;
  std::map<std::string, int> clients_;  // open connections per client address
};

// For the pre-routing handler, on the connection's own thread, once a request's headers are in:
// its body may have at most `limit` bytes. No-op outside a GuardedServer.
void set_body_limit(std::size_t limit);
// The current answer is the connection's last (its body was refused and is not read).
void close_after_response();
// The limit the current request's body was cut off at, if it was (the error handler then answers
// 413).
std::optional<std::size_t> exceeded_body_limit();

}  // namespace leefbaar::serve
