#pragma once
// The demo store the API tests start from. Building it (generating the sample and importing it)
// takes about a second, but half a minute under the sanitizers, and gtest_discover_tests runs
// every test in its own process: so CTest builds it once per run (the serve_demo_store fixture,
// into LEEFBAAR_DEMO_DIR) and each test copies it. Run by hand, a process builds its own.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "api_client.hpp"
#include "demo/demo.hpp"
#include "serve/server.hpp"
#include "temp_files.hpp"

namespace leefbaar::testing {

struct DemoFiles {
  std::filesystem::path store;  // the demo store; copy it, never change it
  std::filesystem::path data;   // the sample it was imported from (RUN.toml and its files)
};

const DemoFiles& demo_files();

// An API test on its own copy of the demo store: a server on a free port whose clock the test
// sets. Set the clock before SetUp when the day matters at start (the retention purge and the
// reminders run then).
class DemoServerTest : public ::testing::Test {
 protected:
  using TimePoint = std::chrono::system_clock::time_point;
  // The demo's day (2 March 2026, midnight UTC): its neighbourhood work of 2025 is last year's,
  // and within retention.
  static TimePoint demo_day() { return demo::demo_today(); }

  void SetUp() override;
  void TearDown() override;
  // Changes to the server's configuration before it starts (a web root, say).
  virtual void configure(serve::ServerConfig&) {}

  void set_now(TimePoint t) { now_ = t.time_since_epoch().count(); }
  TimePoint now() const { return TimePoint(TimePoint::duration(now_.load())); }
  std::filesystem::path store_file() const { return dir_.path() / "store.sqlite"; }
  Login log_in(const std::string& role) const;

  TempDir dir_;
  std::unique_ptr<serve::Server> server_;
  std::unique_ptr<ApiClient> api_;
  std::thread thread_;

 private:
  std::atomic<TimePoint::rep> now_{demo_day().time_since_epoch().count()};
};

}  // namespace leefbaar::testing
