#pragma once
#include <filesystem>
#include <vector>

#include "report/sheet.hpp"

namespace leefbaar {

// One workbook with a worksheet per sheet; numbers are stored as numbers, the header row bold and
// frozen.
void write_xlsx(const std::filesystem::path& file, const std::vector<const Sheet*>& sheets);

}  // namespace leefbaar
