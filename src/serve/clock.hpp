#pragma once
// The server's clock. Business rules (deadlines, retention, sessions, campaigns) read the day from
// ServerConfig::now, never from the system clock directly, so that the demo and every test run the
// same on any real day.
#include <chrono>
#include <functional>
#include <optional>
#include <string_view>

#include "core/dates.hpp"

namespace leefbaar::serve {

using Clock = std::function<std::chrono::system_clock::time_point()>;

// A clock that reads 09:00 UTC on `day` at the moment it is made, and runs on in real time.
Clock clock_starting_on(std::chrono::sys_days day);

}  // namespace leefbaar::serve
