#pragma once
// The one writer of every download (core/record_table.hpp): CSV the way Dutch Excel opens it
// (UTF-8 with a byte order mark, semicolons, decimal commas rounded to the column, ja/nee, ISO
// dates) and XLSX with real number and date cells in Dutch number formats, a bold frozen header
// row, a filter, column widths and, when the table explains itself, a sheet "toelichting".
#include <filesystem>
#include <string>

#include "core/record_table.hpp"

namespace leefbaar {

std::string record_csv(const RecordTable& table);

void write_record_xlsx(const std::filesystem::path& file, const RecordTable& table);
// The workbook's bytes (libxlsxwriter writes files only: a private temporary file is read back).
std::string record_xlsx(const RecordTable& table);

}  // namespace leefbaar
