#pragma once
// The demo work area: the synthetic sample (src/sample) imported into an empty store on first
// start, with the partnership's organisations and one log-in per role, so that `leefbaar serve
// --demo` shows a working application at once.
#include <filesystem>
#include <string>
#include <vector>

namespace leefbaar::serve {

inline constexpr const char* kDemoPassword = "leefbaar-demo";

struct DemoLogin {
  std::string email, role, organisation;
};

// The demo's log-ins (the password of each is kDemoPassword).
std::vector<DemoLogin> demo_logins();

// When the store has no work area yet: writes the sample into data_dir, imports every file of its
// RUN.toml through the store's imports, saves its programme settings, records a first programme
// run and adds the organisations and users. Returns whether it loaded anything.
bool load_demo(const std::filesystem::path& store, const std::filesystem::path& data_dir);

}  // namespace leefbaar::serve
