#include "report/xlsx.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/text.hpp"

namespace leefbaar {

namespace {
void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const Cell& cell) {
  struct Visitor {
    lxw_worksheet* ws;
    lxw_row_t r;
    lxw_col_t c;
    void operator()(std::monostate) const {}
    void operator()(const std::string& s) const {
      // A string cell, never a formula, and with the same quote as the CSV before = + - @.
      worksheet_write_string(ws, r, c, spreadsheet_text(s).c_str(), nullptr);
    }
    void operator()(double v) const { worksheet_write_number(ws, r, c, v, nullptr); }
    void operator()(long long v) const {
      worksheet_write_number(ws, r, c, static_cast<double>(v), nullptr);
    }
    void operator()(bool v) const { worksheet_write_boolean(ws, r, c, v ? 1 : 0, nullptr); }
  };
  std::visit(Visitor{ws, r, c}, cell);
}
}  // namespace

void write_xlsx(const std::filesystem::path& file, const std::vector<const Sheet*>& sheets) {
  lxw_workbook* wb = workbook_new(file.c_str());
  if (wb == nullptr)
    throw std::runtime_error(fmt::format("{}: cannot create the workbook", file.string()));
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  for (const Sheet* sheet : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet->name.c_str());
    for (std::size_t c = 0; c < sheet->header.size(); ++c)
      worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), sheet->header[c].c_str(), bold);
    worksheet_freeze_panes(ws, 1, 0);
    for (std::size_t r = 0; r < sheet->rows.size(); ++r) {
      for (std::size_t c = 0; c < sheet->rows[r].size(); ++c)
        write_cell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), sheet->rows[r][c]);
    }
  }
  const lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR)
    throw std::runtime_error(
        fmt::format("{}: cannot write the workbook: {}", file.string(), lxw_strerror(err)));
}

std::string xlsx_bytes(const std::vector<const Sheet*>& sheets) {
  return written_bytes([&](const std::filesystem::path& file) { write_xlsx(file, sheets); });
}

std::string written_bytes(const std::function<void(const std::filesystem::path&)>& write) {
  std::string pattern = (std::filesystem::temp_directory_path() / "leefbaar-XXXXXX").string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) throw std::runtime_error("cannot create a temporary file");
  close(fd);
  const std::filesystem::path file = pattern;
  std::string bytes;
  try {
    write(file);
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    bytes = out.str();
  } catch (...) {
    std::filesystem::remove(file);
    throw;
  }
  std::filesystem::remove(file);
  return bytes;
}

}  // namespace leefbaar
