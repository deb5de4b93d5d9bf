#pragma once
// What a call refuses: the message of its InputError, the field of its FieldError.
#include <string>

#include "core/errors.hpp"

namespace leefbaar::testing {

// The message of the InputError that f throws ("" when it throws none).
template <typename F>
std::string input_error_of(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return {};
}

// The field of the FieldError that f throws ("" when it throws none).
template <typename F>
std::string field_error_of(F&& f) {
  try {
    f();
  } catch (const FieldError& e) {
    return e.field();
  }
  return {};
}

}  // namespace leefbaar::testing
