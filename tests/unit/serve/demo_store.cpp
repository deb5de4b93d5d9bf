#include "demo_store.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "demo/demo.hpp"
#include "serve/server.hpp"
#include "temp_files.hpp"

namespace leefbaar::testing {

namespace {

std::filesystem::path fixture_dir() {
  const char* dir = std::getenv("LEEFBAAR_DEMO_DIR");
  return dir && *dir ? std::filesystem::path(dir) : std::filesystem::path();
}

DemoFiles files_in(const std::filesystem::path& dir) {
  return {dir / "demo.sqlite", dir / "data"};
}

}  // namespace

const DemoFiles& demo_files() {
  static const DemoFiles files = [] {
    if (const auto dir = fixture_dir(); !dir.empty()) {
      auto f = files_in(dir);
      if (!std::filesystem::exists(f.store)) {
        std::filesystem::create_directories(dir);
        demo::load_demo(f.store, f.data);
      }
      return f;
    }
    static const auto own = std::make_unique<TempDir>();
    auto f = files_in(own->path());
    demo::load_demo(f.store, f.data);
    return f;
  }();
  return files;
}

void DemoServerTest::SetUp() {
  std::filesystem::copy_file(demo_files().store, store_file());
  serve::ServerConfig config;
  config.store = store_file();
  config.port = 0;
  config.now = [this] { return now(); };
  configure(config);
  server_ = std::make_unique<serve::Server>(config);
  api_ = std::make_unique<ApiClient>(server_->bind());
  thread_ = std::thread([this] { server_->listen(); });
}

void DemoServerTest::TearDown() {
  server_->stop();
  thread_.join();
}

Login DemoServerTest::log_in(const std::string& role) const {
  return api_->log_in(role + "@demo.leefbaar.nl", demo::kDemoPassword);
}

// The CTest fixture's set-up (not one of the discovered tests): a fresh demo store for this run,
// so a store left by an older build is never used.
TEST(DemoStoreFixture, Build) {
  const auto dir = fixture_dir();
  if (!dir.empty()) std::filesystem::remove_all(dir);
  const auto& f = demo_files();
  EXPECT_TRUE(std::filesystem::exists(f.store));
  EXPECT_TRUE(std::filesystem::exists(f.data / "RUN.toml"));
}

}  // namespace leefbaar::testing
