#pragma once
// Shared by the fuzz targets: the importers take file paths (and check that the file exists before
// GDAL opens it), so GDAL's /vsimem/ cannot stand in; each input goes to one file per process
// and extension, in /dev/shm where there is one (memory, no disk), overwritten on every run.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/log.hpp"

namespace leefbaar::fuzz {

class InputFiles {
 public:
  InputFiles() {
    std::error_code ec;
    const std::filesystem::path shm = "/dev/shm";
    const auto base =
        std::filesystem::is_directory(shm, ec) ? shm : std::filesystem::temp_directory_path();
    dir_ = base / ("leefbaar-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    // GDAL's warnings about odd files go to our log; thousands a second only slow the fuzzer.
    log::set_level(log::Level::quiet);
  }
  ~InputFiles() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  InputFiles(const InputFiles&) = delete;
  InputFiles& operator=(const InputFiles&) = delete;

  std::filesystem::path write(std::string_view name, const std::uint8_t* data, std::size_t size) {
    const auto path = dir_ / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    return path;
  }

 private:
  std::filesystem::path dir_;
};

inline InputFiles& input_files() {
  static InputFiles files;
  return files;
}

// XLSX is a zip archive: inputs that start like one go to a .xlsx file, the rest to a .csv file.
inline bool looks_like_zip(const std::uint8_t* data, std::size_t size) {
  return size >= 2 && data[0] == 'P' && data[1] == 'K';
}

inline std::filesystem::path write_table(const std::uint8_t* data, std::size_t size) {
  return input_files().write(looks_like_zip(data, size) ? "input.xlsx" : "input.csv", data, size);
}

}  // namespace leefbaar::fuzz
