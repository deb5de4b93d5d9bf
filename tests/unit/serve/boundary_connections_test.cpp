// The connection model (issue 9, connection_guard.hpp): connections that send their headers
// slowly, or too many from one address, or idle kept-alive ones, do not starve the others. Raw
// sockets on loopback only; every loop is bounded in count and time, and nothing asserts a
// duration.
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "boundary_raw_socket.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

const std::string kGet =
    "GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

class BoundaryConnections : public DemoServerTest {
 protected:
  void configure(serve::ServerConfig& c) override {
    c.port = port_;
    c.header_timeout = std::chrono::seconds(1);
    c.idle_timeout = std::chrono::seconds(1);
  }
  int port() const { return port_; }
  int port_ = free_port();
};

TEST_F(BoundaryConnections, slowHeadersDoNotStopTheServerAnswering) {
  // 50 connections that send a request line a byte at a time and never finish their headers.
  std::vector<std::unique_ptr<RawConnection>> slow;
  for (int i = 0; i < 50; ++i) {
    slow.push_back(std::make_unique<RawConnection>(port()));
    ASSERT_TRUE(slow.back()->connected());
    slow.back()->send("G");
  }
  std::atomic<bool> done{false};
  std::thread trickle([&] {
    const std::string line = "ET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\nX-Slow: ";
    for (int step = 0; step < 600 && !done; ++step) {  // at most about a minute
      for (auto& c : slow)
        c->send(std::string(1, line[static_cast<std::size_t>(step) % line.size()]));
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  // Another client (another loopback address) is answered meanwhile.
  RawConnection other(port(), "127.0.0.2");
  ASSERT_TRUE(other.connected());
  ASSERT_TRUE(other.send(kGet));
  const std::string answer = other.read_answer(std::chrono::seconds(60));
  EXPECT_EQ(RawConnection::status(answer), 200) << answer.substr(0, 200);
  // And every slow connection is closed by the server (refused at once over the per-address cap,
  // or at its header deadline), while it keeps trickling.
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int closed = 0;
  for (auto& c : slow) {
    const auto left =
        std::chrono::duration_cast<std::chrono::seconds>(until - std::chrono::steady_clock::now());
    if (c->closed_by_server(std::max(left, std::chrono::seconds(1)))) ++closed;
  }
  done = true;
  trickle.join();
  EXPECT_EQ(closed, 50);
}

TEST_F(BoundaryConnections, anIdleKeptAliveConnectionIsClosed) {
  RawConnection c(port());
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send("GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n"));
  const std::string answer = c.read_answer(std::chrono::seconds(60));
  EXPECT_EQ(RawConnection::status(answer), 200);
  EXPECT_EQ(answer.find("Connection: close"), std::string::npos);  // kept alive
  EXPECT_TRUE(c.closed_by_server(std::chrono::seconds(60)));
}

TEST_F(BoundaryConnections, aKeptAliveConnectionServesSeveralRequests) {
  RawConnection c(port());
  ASSERT_TRUE(c.connected());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(c.send("GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n"));
    EXPECT_EQ(RawConnection::status(c.read_answer(std::chrono::seconds(60))), 200) << i;
  }
}

class BoundaryClientCap : public DemoServerTest {
 protected:
  void configure(serve::ServerConfig& c) override {
    c.port = port_;
    c.max_connections_per_client = 4;
  }
  int port() const { return port_; }
  int port_ = free_port();
};

TEST_F(BoundaryClientCap, connectionsOverTheCapOfOneAddressAreRefusedAtOnce) {
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 4; ++i) {
    idle.push_back(std::make_unique<RawConnection>(port(), "127.0.0.3"));
    ASSERT_TRUE(idle.back()->connected());
    idle.back()->send("G");  // holds its slot until the header deadline (10 s by default)
  }
  // Make sure the four are being served (each has its thread) before the fifth comes.
  for (int i = 0; i < 4; ++i) {
    RawConnection probe(port(), "127.0.0.4");
    ASSERT_TRUE(probe.send(kGet));
    EXPECT_EQ(RawConnection::status(probe.read_answer(std::chrono::seconds(60))), 200);
  }
  // It sends nothing: the answer comes at once, before any request.
  RawConnection fifth(port(), "127.0.0.3");
  ASSERT_TRUE(fifth.connected());
  const std::string answer = fifth.read_answer(std::chrono::seconds(60));
  EXPECT_EQ(RawConnection::status(answer), 503) << answer;
  EXPECT_NE(answer.find("\"code\":\"busy\""), std::string::npos);
}

// Behind a reverse proxy every connection comes from the proxy: a trusted proxy is not capped.
class BoundaryProxyCap : public DemoServerTest {
 protected:
  void configure(serve::ServerConfig& c) override {
    c.port = port_;
    c.max_connections_per_client = 2;
    c.trusted_proxies = {"127.0.0.5"};
  }
  int port() const { return port_; }
  int port_ = free_port();
};

TEST_F(BoundaryProxyCap, aTrustedProxyIsNotCappedOtherAddressesAre) {
  std::vector<std::unique_ptr<RawConnection>> held;
  for (int i = 0; i < 4; ++i) {
    held.push_back(std::make_unique<RawConnection>(port(), "127.0.0.5"));
    ASSERT_TRUE(held.back()->connected());
    held.back()->send("G");
  }
  for (int i = 0; i < 2; ++i) {
    held.push_back(std::make_unique<RawConnection>(port(), "127.0.0.6"));
    ASSERT_TRUE(held.back()->connected());
    held.back()->send("G");
  }
  // Make sure the held ones are being served (each has its thread) before the next come.
  for (int i = 0; i < 2; ++i) {
    RawConnection probe(port(), "127.0.0.7");
    ASSERT_TRUE(probe.send(kGet));
    EXPECT_EQ(RawConnection::status(probe.read_answer(std::chrono::seconds(60))), 200);
  }
  // The proxy's fifth connection is served; another address's third is refused.
  RawConnection proxied(port(), "127.0.0.5");
  ASSERT_TRUE(proxied.send(kGet));
  EXPECT_EQ(RawConnection::status(proxied.read_answer(std::chrono::seconds(60))), 200);
  RawConnection third(port(), "127.0.0.6");
  ASSERT_TRUE(third.connected());
  EXPECT_EQ(RawConnection::status(third.read_answer(std::chrono::seconds(60))), 503);
}

}  // namespace

}  // namespace leefbaar::testing
