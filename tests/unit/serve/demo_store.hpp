#pragma once
// The demo store the API tests start from. Building it (generating the sample and importing it)
// takes about a second, but half a minute under the sanitizers, and gtest_discover_tests runs
// every test in its own process: so CTest builds it once per run (the serve_demo_store fixture,
// into LEEFBAAR_DEMO_DIR) and each test copies it. Run by hand, a process builds its own.
#include <filesystem>

namespace leefbaar::testing {

struct DemoFiles {
  std::filesystem::path store;  // the demo store; copy it, never change it
  std::filesystem::path data;   // the sample it was imported from (RUN.toml and its files)
};

const DemoFiles& demo_files();

}  // namespace leefbaar::testing
