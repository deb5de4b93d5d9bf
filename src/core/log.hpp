#pragma once
// Progress and warnings on stderr, with the time since the start of the process. One facade so that
// GDAL's own messages end up in the same stream (see route_gdal_errors in import/gdal_env).
#include <fmt/format.h>

#include <string_view>

namespace leefbaar::log {

enum class Level { quiet, normal, verbose };
void set_level(Level level);
Level level();

void progress_line(std::string_view text);
void warning_line(std::string_view text);

template <typename... Args>
void progress(fmt::format_string<Args...> format, Args&&... args) {
  if (level() != Level::quiet) progress_line(fmt::format(format, std::forward<Args>(args)...));
}

template <typename... Args>
void warning(fmt::format_string<Args...> format, Args&&... args) {
  warning_line(fmt::format(format, std::forward<Args>(args)...));
}

}  // namespace leefbaar::log
