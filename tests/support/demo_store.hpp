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
#include <utility>
#include <vector>

#include "demo/demo.hpp"
#include "serve/server.hpp"
#include "support/api_client.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

struct DemoFiles {
  std::filesystem::path store;  // the demo store; copy it, never change it
  std::filesystem::path data;   // the sample it was imported from (RUN.toml and its files)
};

const DemoFiles& demo_files();
// Where CTest's serve_demo fixture keeps the demo files (LEEFBAAR_DEMO_DIR); empty run by hand.
std::filesystem::path demo_fixture_dir();

// A postal address: postcode and huisnummer.
using PostalAddress = std::pair<std::string, int>;

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

  // A call that expects `status`; its JSON answer (an empty object when the answer is none). who:
  // nullptr for a resident on the portal.
  nlohmann::json call(const std::string& method, const std::string& path, const Login* who,
                      const nlohmann::json& body, int status) const;
  nlohmann::json get_json(const std::string& path, const Login& who, int status = 200) const {
    return call("GET", path, &who, {}, status);
  }
  nlohmann::json post_json(const std::string& path, const Login& who, const nlohmann::json& body,
                           int status = 200) const {
    return call("POST", path, &who, body, status);
  }
  // The rows of a table of the server's store, or those that match `where` (SQL).
  long long count(const std::string& table, const std::string& where = "") const;
  // A GET that expects `status`, its answer as it came (a CSV or XLSX download, say).
  httplib::Result download(const std::string& path, const Login& who, int status = 200) const;
  // The tokens of the links to a page ("/portaal/bevestigen") in the outbox's mails, oldest first,
  // read from the store file as a mail relay would.
  std::vector<std::string> mailed_tokens(const std::string& page) const;
  // n addresses of a buurt in the postcode table, in postcode and number order (the last first
  // when last_first: the demo's own supports come from the first).
  std::vector<PostalAddress> addresses(const std::string& buurt, int n,
                                       bool last_first = false) const;

  TempDir dir_;
  std::unique_ptr<serve::Server> server_;
  std::unique_ptr<ApiClient> api_;
  std::thread thread_;

 private:
  std::atomic<TimePoint::rep> now_{demo_day().time_since_epoch().count()};
};

}  // namespace leefbaar::testing
