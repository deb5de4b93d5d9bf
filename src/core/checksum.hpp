#pragma once
// Input checksums recorded with every programme run, so a run can be reproduced and compared.
#include <filesystem>
#include <string>

namespace leefbaar {

// SHA-256 of a file's bytes as lowercase hex; throws InputError when the file cannot be read.
std::string sha256_file(const std::filesystem::path& path);

}  // namespace leefbaar
