#pragma once
// A buurt with its wijk and gemeente (CBS codes, and the names the imports gave them).
#include <string>

namespace leefbaar::neighbourhood {

struct AreaRef {
  std::string buurt, buurt_name, wijk, wijk_name, gemeente;
};

}  // namespace leefbaar::neighbourhood
