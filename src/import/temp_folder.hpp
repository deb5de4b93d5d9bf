#pragma once
// A private temporary folder (mkdtemp: a fresh name, mode 0700), removed with everything in it at
// the end of its scope. Files that are read with GDAL are copied or written into one under a name
// we choose, so that no name or companion file (.csvt, .prj, .vrt) from a user steers the read.
#include <filesystem>
#include <string>

namespace leefbaar {

class TempFolder {
 public:
  explicit TempFolder(const std::string& prefix = "leefbaar");
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace leefbaar
