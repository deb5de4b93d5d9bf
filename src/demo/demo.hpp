#pragma once
// The demo work area: the synthetic sample (src/sample) imported into an empty store on first
// start, with the partnership's organisations and one log-in per role, so that `leefbaar serve
// --demo` shows a working application at once.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace leefbaar::demo {

inline constexpr const char* kDemoPassword = "leefbaar-demo";

struct DemoLogin {
  std::string email, role, organisation;
};

// What the neighbourhood work's demo data builds on: the work area, the partnership's
// organisations, the demo users by role and the folder with the sample files.
struct DemoContext {
  std::int64_t work_area = 0;
  std::int64_t corporation = 0, gemeente = 0, welzijn = 0;  // organisation ids
  std::map<std::string, std::int64_t> user_of_role;         // "wijkteam" -> user id
  std::filesystem::path data_dir;
};

// A year of synthetic, labelled neighbourhood work in Assen's wijken, one part per module.
void load_demo_initiatives(store::Database& db, const DemoContext& ctx);
void load_demo_wijkwerk(store::Database& db, const DemoContext& ctx);
void load_demo_signals(store::Database& db, const DemoContext& ctx);
// The demo year's tree and superbuur campaigns open the whole year, for trying the portal.
void open_demo_campaigns(store::Database& db, const DemoContext& ctx, int year);

// The demo's day: its neighbourhood work is that of 2025, so the demo server runs as if it were
// 2 March 2026 (the year after, within every retention period) on whatever day it is started, and
// every test that uses the demo sees the same records (docs/decisions.md, "The demo's day").
std::chrono::sys_days demo_today();

// The demo's log-ins (the password of each is kDemoPassword).
std::vector<DemoLogin> demo_logins();

// When the store has no work area yet: writes the sample into data_dir, imports every file of its
// RUN.toml through the store's imports, saves its programme settings, records a first programme
// run and adds the organisations and users; the campaigns open in the year of `today`. Returns
// whether it loaded anything.
bool load_demo(const std::filesystem::path& store, const std::filesystem::path& data_dir,
               std::chrono::sys_days today = demo_today());

}  // namespace leefbaar::demo
