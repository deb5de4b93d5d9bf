#include "serve/connection_guard.hpp"

#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include "serve/client_address.hpp"

namespace leefbaar::serve {

namespace {

using Clock = std::chrono::steady_clock;

std::string numeric_host(const sockaddr_storage& addr, socklen_t len, int* port) {
  std::array<char, NI_MAXHOST> host{};
  std::array<char, NI_MAXSERV> serv{};
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&addr), len, host.data(), host.size(),
                  serv.data(), serv.size(), NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return "";
  if (port != nullptr) *port = std::atoi(serv.data());
  return host.data();
}

std::string peer_address(socket_t sock, int* port = nullptr) {
  sockaddr_storage addr{};
  socklen_t len = sizeof(addr);
  if (getpeername(sock, reinterpret_cast<sockaddr*>(&addr), &len) != 0) return "";
  return numeric_host(addr, len, port);
}

// httplib's Stream over one accepted socket, buffered (httplib reads the request line and
// headers a byte at a time), with the deadline and byte budget of the request being read.
class GuardedStream final : public httplib::Stream {
 public:
  GuardedStream(socket_t sock, const ConnectionLimits& limits, const std::atomic<socket_t>& server)
      : sock_(sock), limits_(limits), server_(server) {}

  // Waits for the next request on the connection (up to the idle limit), then starts its
  // header phase.
  bool next_request() {
    if (pos_ == len_ && !wait(POLLIN, Clock::now() + limits_.idle_timeout)) return false;
    deadline_ = Clock::now() + limits_.header_timeout;
    budget_ = limits_.max_header_bytes;
    in_body_ = over_limit_ = close_ = linger_ = false;
    return true;
  }
  void set_body_limit(std::size_t limit) {
    in_body_ = true;
    budget_ = limit_ = limit;
  }
  std::size_t body_limit() const { return limit_; }
  void close_after_response() { close_ = linger_ = true; }
  bool over_limit() const { return over_limit_; }
  bool closing() const { return close_; }
  // Whether part of the request may be left unread when the connection closes.
  bool lingering() const { return linger_; }

  bool is_readable() const override { return pos_ < len_ || wait(POLLIN, read_deadline()); }
  bool is_writable() const override { return wait(POLLOUT, Clock::now() + limits_.io_timeout); }

  ssize_t read(char* ptr, size_t size) override {
    if (budget_ == 0) {
      // Past the limit: the body is refused (413), the headers are too large or too slow.
      over_limit_ = linger_ = in_body_;
      close_ = true;
      return -1;
    }
    if (pos_ == len_) {
      if (!wait(POLLIN, read_deadline())) {
        close_ = true;
        return -1;
      }
      ssize_t n;
      do n = ::recv(sock_, buffer_.data(), buffer_.size(), 0);
      while (n < 0 && errno == EINTR);
      if (n <= 0) return n < 0 ? -1 : 0;
      pos_ = 0;
      len_ = static_cast<std::size_t>(n);
    }
    const std::size_t n = std::min({size, len_ - pos_, budget_});
    std::memcpy(ptr, buffer_.data() + pos_, n);
    pos_ += n;
    budget_ -= n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return -1;
    ssize_t n;
    do n = ::send(sock_, ptr, size, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = peer_address(sock_, &port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof(addr);
    if (getsockname(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
      ip = numeric_host(addr, len, &port);
  }
  socket_t socket() const override { return sock_; }

 private:
  Clock::time_point read_deadline() const {
    const auto io = Clock::now() + limits_.io_timeout;
    return in_body_ ? io : std::min(io, deadline_);
  }
  // poll() in short slices, so that a stopping server does not wait for a slow client.
  bool wait(short events, Clock::time_point until) const {
    while (server_ != INVALID_SOCKET) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
      if (left <= 0) return false;
      pollfd p{sock_, events, 0};
      const int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 100)));
      if (r > 0) return (p.revents & (events | POLLHUP | POLLERR)) != 0;
      if (r < 0 && errno != EINTR) return false;
    }
    return false;
  }

  socket_t sock_;
  const ConnectionLimits& limits_;
  const std::atomic<socket_t>& server_;
  std::array<char, 16384> buffer_{};
  std::size_t pos_ = 0, len_ = 0;
  Clock::time_point deadline_{};
  std::size_t budget_ = 0, limit_ = 0;
  bool in_body_ = false, over_limit_ = false, close_ = false, linger_ = false;
};

// The stream of the connection this thread serves: process_request runs the pre-routing and error
// handlers on the connection's thread.
thread_local GuardedStream* current = nullptr;

// After an answer that leaves part of the request unread (a refused body), reads and drops what
// the client still sends for a short while before closing: closing with unread data makes the
// kernel reset the connection, and the client may then never see the answer.
void linger(socket_t sock) {
  ::shutdown(sock, SHUT_WR);
  std::array<char, 16384> sink{};
  const auto until = Clock::now() + std::chrono::seconds(1);
  std::size_t dropped = 0;
  while (dropped < (std::size_t{4} << 20) && Clock::now() < until) {
    pollfd p{sock, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    const auto n = ::recv(sock, sink.data(), sink.size(), 0);
    if (n <= 0) break;
    dropped += static_cast<std::size_t>(n);
  }
}

void refuse_busy(socket_t sock) {
  static const std::string body =
      R"({"code":"busy","message":"Er zijn te veel verbindingen tegelijk vanaf uw adres. )"
      R"(Probeer het zo opnieuw.","field":""})";
  const std::string answer =
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; "
      "charset=utf-8\r\nRetry-After: 5\r\nConnection: close\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body;
  // Best effort, without waiting: this client already has its share of the threads.
  (void)::send(sock, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  // Drop what already came, so that closing does not reset the connection over the answer.
  ::shutdown(sock, SHUT_WR);
  std::array<char, 4096> sink{};
  for (int i = 0; i < 16 && ::recv(sock, sink.data(), sink.size(), MSG_DONTWAIT) > 0; ++i) {
  }
}

}  // namespace

GuardedServer::GuardedServer(ConnectionLimits limits) : limits_(limits) {
  const std::size_t threads = limits_.threads;
  new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  set_keep_alive_max_count(limits_.max_requests_per_connection);
}

bool GuardedServer::admit(const std::string& client) {
  std::lock_guard lock(clients_mutex_);
  int& open = clients_[client];
  const auto address = canonical_address(client);
  const bool capped =
      limits_.max_connections_per_client > 0 &&
      !(address && std::count(limits_.uncapped.begin(), limits_.uncapped.end(), *address) > 0);
  if (capped && open >= limits_.max_connections_per_client) return false;
  ++open;
  return true;
}

void GuardedServer::leave(const std::string& client) {
  std::lock_guard lock(clients_mutex_);
  if (--clients_[client] <= 0) clients_.erase(client);
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  const std::string client = peer_address(sock);
  bool ok = false;
  if (!admit(client)) {
    refuse_busy(sock);
  } else {
    GuardedStream stream(sock, limits_, svr_sock_);
    current = &stream;
    try {
      for (std::size_t left = limits_.max_requests_per_connection;
           left > 0 && svr_sock_ != INVALID_SOCKET && stream.next_request(); --left) {
        bool client_closes = false;
        ok = process_request(stream, left == 1 || stream.closing(), client_closes, nullptr);
        if (!ok || client_closes || stream.closing()) break;
      }
    } catch (...) {
      // process_request handles the handlers' exceptions; this is only for its own allocations.
      ok = false;
    }
    if (stream.lingering()) linger(sock);
    current = nullptr;
    leave(client);
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

void set_body_limit(std::size_t limit) {
  if (current != nullptr) current->set_body_limit(limit);
}
void close_after_response() {
  if (current != nullptr) current->close_after_response();
}
std::optional<std::size_t> exceeded_body_limit() {
  if (current == nullptr || !current->over_limit()) return std::nullopt;
  return current->body_limit();
}

}  // namespace leefbaar::serve
