#include <fmt/format.h>

#include "cli/commands.hpp"
#include "sample/sample.hpp"

namespace leefbaar::cli {

std::function<int()> setup_sample(CLI::App& app) {
  auto dir = std::make_shared<std::string>();
  app.add_option("DIR", *dir, "Folder to write the sample into")->required();
  return [dir]() -> int {
    sample::write_sample(*dir);
    fmt::print(
        "Synthetic sample work area written to {}; run it with: leefbaar programme {}/RUN.toml "
        "--out OUT\n",
        *dir, *dir);
    return 0;
  };
}

}  // namespace leefbaar::cli
