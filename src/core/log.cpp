#include "core/log.hpp"

#include <chrono>
#include <cstdio>
#include <mutex>

namespace leefbaar::log {

namespace {
Level g_level = Level::normal;
std::mutex g_mutex;
const auto g_start = std::chrono::steady_clock::now();

double seconds_since_start() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - g_start).count();
}
}  // namespace

void set_level(Level level) {
  g_level = level;
}
Level level() {
  return g_level;
}

void progress_line(std::string_view text) {
  std::lock_guard lock(g_mutex);
  fmt::print(stderr, "[{:6.2f}s] {}\n", seconds_since_start(), text);
}

void warning_line(std::string_view text) {
  if (g_level == Level::quiet) return;
  std::lock_guard lock(g_mutex);
  fmt::print(stderr, "[{:6.2f}s] warning: {}\n", seconds_since_start(), text);
}

}  // namespace leefbaar::log
