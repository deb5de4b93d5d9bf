#pragma once
// The neighbourhood records as files: CSV the way Dutch spreadsheets open it (UTF-8 with a byte
// order mark, semicolons, decimal commas, ISO dates) and XLSX with real number and date cells, a
// bold frozen header row, a filter and column widths.
#include <filesystem>
#include <string>

#include "core/record_table.hpp"

namespace leefbaar {

std::string record_csv(const RecordTable& table);

void write_record_xlsx(const std::filesystem::path& file, const RecordTable& table);
// The workbook's bytes (libxlsxwriter writes files only: a private temporary file is read back).
std::string record_xlsx(const RecordTable& table);

}  // namespace leefbaar
