#pragma once
// Loopback sockets for tests: a listening socket on a free port, and a listener that only records
// whether anyone connected (the test that a file naming a URL, /vsicurl/http://127.0.0.1:PORT/...,
// makes no request).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <stdexcept>
#include <thread>

namespace leefbaar::testing {

// A socket listening on a free port of 127.0.0.1, and that port; -1 when there is none.
inline int listen_on_loopback(int& port, int backlog = 8) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
      listen(fd, backlog) != 0) {
    if (fd >= 0) close(fd);
    return -1;
  }
  socklen_t n = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &n);
  port = ntohs(a.sin_port);
  return fd;
}

class TcpListener {
 public:
  TcpListener() {
    fd_ = listen_on_loopback(port_);
    if (fd_ < 0) throw std::runtime_error("cannot listen on loopback");
    thread_ = std::thread([this] {
      while (!stop_) {
        pollfd p{fd_, POLLIN, 0};
        if (poll(&p, 1, 50) > 0) {
          const int c = accept(fd_, nullptr, nullptr);
          if (c >= 0) {
            contacted_ = true;
            close(c);
          }
        }
      }
    });
  }
  ~TcpListener() {
    stop_ = true;
    thread_.join();
    close(fd_);
  }
  TcpListener(const TcpListener&) = delete;
  TcpListener& operator=(const TcpListener&) = delete;

  int port() const { return port_; }
  bool contacted() const { return contacted_; }

 private:
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false}, contacted_{false};
  std::thread thread_;
};

// A GDAL virtual file (.vrt) whose layer reads source with its own SQL: the attack of issue 9.
inline std::string vrt_reading(const std::string& source, const std::string& sql) {
  return "<OGRVRTDataSource><OGRVRTLayer name=\"buurten\"><SrcDataSource>" + source +
         "</SrcDataSource>" + (sql.empty() ? "" : "<SrcSQL>" + sql + "</SrcSQL>") +
         "</OGRVRTLayer></OGRVRTDataSource>\n";
}

}  // namespace leefbaar::testing
