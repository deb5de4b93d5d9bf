#include "serve/clock.hpp"

namespace leefbaar::serve {

Clock clock_starting_on(std::chrono::sys_days day) {
  using namespace std::chrono;
  const auto offset = (day + 9h) - system_clock::now();
  return [offset] { return system_clock::now() + offset; };
}

}  // namespace leefbaar::serve
