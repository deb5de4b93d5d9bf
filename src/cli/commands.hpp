#pragma once
// One function pair per subcommand: setup() declares and parses options (unit-testable), run()
// does the work through the stage facades. main() maps exceptions to exit codes.
#include <CLI/CLI.hpp>
#include <functional>

namespace leefbaar::cli {

// Each returns the action to run once parsing succeeded.
std::function<int()> setup_programme(CLI::App& app);
std::function<int()> setup_sample(CLI::App& app);
std::function<int()> setup_inspect(CLI::App& app);
std::function<int()> setup_serve(CLI::App& app);
std::function<int()> setup_user_add(CLI::App& app);
// user password|role|disable: each ends the user's sessions.
std::function<int()> setup_user_password(CLI::App& app);
std::function<int()> setup_user_role(CLI::App& app);
std::function<int()> setup_user_disable(CLI::App& app);
std::function<int()> setup_user_wijken(CLI::App& app);
std::function<int()> setup_import(CLI::App& app);

}  // namespace leefbaar::cli
