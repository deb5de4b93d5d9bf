#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "report/sheet.hpp"

namespace leefbaar {

// One workbook with a worksheet per sheet; numbers are stored as numbers, the header row bold and
// frozen.
void write_xlsx(const std::filesystem::path& file, const std::vector<const Sheet*>& sheets);
// The same workbook as bytes, for a download.
std::string xlsx_bytes(const std::vector<const Sheet*>& sheets);

// libxlsxwriter writes files only: what write puts in a private temporary file, read back; the
// file is removed, also when write throws.
std::string written_bytes(const std::function<void(const std::filesystem::path&)>& write);

}  // namespace leefbaar
