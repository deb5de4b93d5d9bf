#pragma once
// Every download of the pages answered the same way: a table (core/record_table.hpp) as CSV for
// Dutch Excel or as XLSX (report/record_table_io.hpp), named `stem.csv` or `stem.xlsx`.
#include <httplib.h>

#include <string>

#include "core/record_table.hpp"

namespace leefbaar::serve {

// "csv" (also when absent) or "xlsx" from ?format=; a 400 with a Dutch message otherwise.
std::string download_format(const httplib::Request& req);

void send_download(httplib::Response& res, const RecordTable& table, const std::string& format,
                   const std::string& stem);

}  // namespace leefbaar::serve
