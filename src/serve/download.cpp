#include "serve/download.hpp"

#include <fmt/format.h>

#include "report/record_table_io.hpp"
#include "serve/http.hpp"

namespace leefbaar::serve {

std::string download_format(const httplib::Request& req) {
  const std::string f = req.has_param("format") ? req.get_param_value("format") : "";
  if (f.empty() || f == "csv") return "csv";
  if (f == "xlsx") return "xlsx";
  throw HttpError{400, "bad_request", "Kies het formaat csv of xlsx.", "format"};
}

void send_download(httplib::Response& res, const RecordTable& table, const std::string& format,
                   const std::string& stem) {
  res.status = 200;
  res.set_header("Content-Disposition",
                 fmt::format("attachment; filename=\"{}.{}\"", stem, format));
  if (format == "xlsx")
    res.set_content(record_xlsx(table),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  else
    res.set_content(record_csv(table), "text/csv; charset=utf-8");
}

}  // namespace leefbaar::serve
