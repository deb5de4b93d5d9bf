#pragma once
// A raw TCP connection on loopback for the boundary tests: requests that httplib's client will not
// send (a partial request line, a body that never ends, a lying Content-Length).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "support/tcp_listener.hpp"

namespace leefbaar::testing {

// A port free on loopback now, for a server whose port the test must know (DemoServerTest binds
// to any port and does not say which).
inline int free_port() {
  int port = 0;
  if (const int fd = listen_on_loopback(port); fd >= 0) ::close(fd);
  return port;
}

class RawConnection {
 public:
  // source: the local address to connect from (all of 127.0.0.0/8 is loopback on Linux).
  explicit RawConnection(int port, const char* source = "127.0.0.1") {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source, &local.sin_addr);
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(static_cast<std::uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    connected_ = fd_ >= 0 && ::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof(local)) == 0 &&
                 ::connect(fd_, reinterpret_cast<sockaddr*>(&server), sizeof(server)) == 0;
  }
  ~RawConnection() {
    if (fd_ >= 0) ::close(fd_);
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return connected_; }

  bool send(const std::string& data) {
    std::size_t sent = 0;
    while (sent < data.size()) {
      const auto n = ::send(fd_, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<std::size_t>(n);
    }
    return true;
  }

  // Everything the server sends until it closes the connection, or until a whole answer (headers
  // and Content-Length bytes) is in, or until `limit` passes.
  std::string read_answer(std::chrono::seconds limit = std::chrono::seconds(60)) {
    std::string in;
    const auto until = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < until && !complete(in)) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 100) <= 0) continue;
      char buf[4096];
      const auto n = ::recv(fd_, buf, sizeof(buf), 0);
      if (n <= 0) break;
      in.append(buf, static_cast<std::size_t>(n));
    }
    return in;
  }

  // Whether the server closes the connection (end of stream or reset) within `limit`; whatever
  // it sends first is skipped.
  bool closed_by_server(std::chrono::seconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < until) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 100) <= 0) continue;
      char buf[4096];
      if (::recv(fd_, buf, sizeof(buf), 0) <= 0) return true;
    }
    return false;
  }

  static int status(const std::string& answer) {
    if (answer.rfind("HTTP/1.1 ", 0) != 0 || answer.size() < 12) return 0;
    return std::stoi(answer.substr(9, 3));
  }
  static std::string body(const std::string& answer) {
    const auto end = answer.find("\r\n\r\n");
    return end == std::string::npos ? "" : answer.substr(end + 4);
  }

 private:
  static bool complete(const std::string& in) {
    const auto end = in.find("\r\n\r\n");
    if (end == std::string::npos) return false;
    const auto at = in.find("Content-Length: ");
    if (at == std::string::npos || at > end) return false;
    return in.size() - end - 4 >= std::stoul(in.substr(at + 16));
  }

  int fd_ = -1;
  bool connected_ = false;
};

}  // namespace leefbaar::testing
