#pragma once
// Error types shared by every stage. InputError is the user's problem (bad file, bad run file) and
// carries a message that names the file, the row or field, what was found and what was expected;
// anything else that escapes is a bug.
#include <stdexcept>
#include <string>

namespace leefbaar {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace leefbaar
