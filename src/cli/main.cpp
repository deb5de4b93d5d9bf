// leefbaar: the liveability programme engine. Exit codes: 0 success, 1 bad input (the message says
// which file, row or field and what was expected), 2 bad command line, 3 internal error (a bug).
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/log.hpp"

int main(int argc, char** argv) {
  CLI::App app{
      "Leefbaar: the liveability programme of a housing corporation, computed from "
      "Leefbaarometer scores and its own housing stock."};
  app.require_subcommand(1);
  bool quiet = false;
  app.add_flag("-q,--quiet", quiet, "Only errors on stderr, no progress");
  std::function<int()> action;
  auto bind = [&action](CLI::App* sub, std::function<int()> run) {
    sub->callback([&action, run] { action = run; });
  };
  // setup_* register their options on the subcommand and hand back the action.
  auto* programme =
      app.add_subcommand("programme", "Compute the programme from a run file (RUN.toml)");
  bind(programme, leefbaar::cli::setup_programme(*programme));
  auto* sample =
      app.add_subcommand("sample", "Write the synthetic sample work area with its RUN.toml");
  bind(sample, leefbaar::cli::setup_sample(*sample));
  auto* inspect =
      app.add_subcommand("inspect", "Describe a score table, geometry file or stock file");
  bind(inspect, leefbaar::cli::setup_inspect(*inspect));
  auto* import = app.add_subcommand(
      "import", "Import a score table, geometries, stock or actual spending into the store");
  bind(import, leefbaar::cli::setup_import(*import));
  auto* serve = app.add_subcommand("serve", "Serve the JSON API over the store");
  bind(serve, leefbaar::cli::setup_serve(*serve));
  auto* user = app.add_subcommand("user", "Manage users in the store");
  user->require_subcommand(1);
  auto* user_add =
      user->add_subcommand("add", "Add a user (the password is read from standard input)");
  bind(user_add, leefbaar::cli::setup_user_add(*user_add));
  auto* user_password = user->add_subcommand(
      "password", "Set a user's password (read from standard input); ends the user's sessions");
  bind(user_password, leefbaar::cli::setup_user_password(*user_password));
  auto* user_role = user->add_subcommand("role", "Change a user's role; ends the user's sessions");
  bind(user_role, leefbaar::cli::setup_user_role(*user_role));
  auto* user_disable = user->add_subcommand(
      "disable", "Disable a user (no log-in, sessions end), or --enable again");
  bind(user_disable, leefbaar::cli::setup_user_disable(*user_disable));
  auto* user_wijken = user->add_subcommand(
      "wijken", "Set the wijken a user works in (--wijk, repeatable); ends the user's sessions");
  bind(user_wijken, leefbaar::cli::setup_user_wijken(*user_wijken));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (quiet) leefbaar::log::set_level(leefbaar::log::Level::quiet);
  try {
    return action ? action() : 2;
  } catch (const leefbaar::InputError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    fmt::print(stderr,
               "internal error: {}\nThis is a bug in leefbaar; please report it with the command "
               "you ran.\n",
               e.what());
    return 3;
  }
}
