#pragma once
// Files for tests: small files written into a fresh temporary folder (removed afterwards), the
// checked-in test data, and a whole file read back.
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

// A file of tests/data.
std::filesystem::path test_data(const std::string& name);

// The whole file, as bytes ("" when it cannot be read).
std::string read_file(const std::filesystem::path& path);

}  // namespace leefbaar::testing
