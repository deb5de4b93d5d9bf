#pragma once
// Small files written by tests into a fresh temporary folder, removed afterwards.
#include <filesystem>
#include <string>

namespace leefbaar::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path write(const std::string& name, const std::string& content) const;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::filesystem::path test_data(const std::string& name);

// The message of the InputError that f throws ("" when it throws none).
template <typename F>
std::string input_error_of(F&& f);

}  // namespace leefbaar::testing

#include "core/errors.hpp"

template <typename F>
std::string leefbaar::testing::input_error_of(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return {};
}
