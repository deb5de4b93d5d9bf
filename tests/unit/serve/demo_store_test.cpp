// The CTest fixture's set-up (not one of the discovered tests, see CMakeLists.txt): a fresh demo
// store for this run, so a store left by an older build is never used.
#include "support/demo_store.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace leefbaar::testing {

TEST(DemoStoreFixture, Build) {
  const auto dir = demo_fixture_dir();
  if (!dir.empty()) std::filesystem::remove_all(dir);
  const auto& f = demo_files();
  EXPECT_TRUE(std::filesystem::exists(f.store));
  EXPECT_TRUE(std::filesystem::exists(f.data / "RUN.toml"));
}

}  // namespace leefbaar::testing
