#pragma once
// A member of a workbook (an XLSX is a zip archive), read through GDAL's /vsizip/.
#include <filesystem>
#include <string>

namespace leefbaar::testing {

// "xl/worksheets/sheet1.xml" of the workbook, say; "" when it has no such member.
std::string zip_member(const std::filesystem::path& xlsx, const std::string& member);

}  // namespace leefbaar::testing
