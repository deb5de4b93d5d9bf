#include "import/temp_folder.hpp"

#include <unistd.h>

#include <stdexcept>

namespace leefbaar {

TempFolder::TempFolder(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr)
    throw std::runtime_error("de tijdelijke map " + pattern + " kan niet gemaakt worden");
  path_ = pattern;
}

TempFolder::~TempFolder() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

}  // namespace leefbaar
