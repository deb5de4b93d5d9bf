#include "report/record_table_io.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <stdexcept>

#include "core/text.hpp"
#include "report/xlsx.hpp"

namespace leefbaar {

namespace {

std::string csv_field(const std::string& v) {
  if (v.find_first_of(";\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string euros(long long cents) {
  const long long a = std::llabs(cents);
  return fmt::format("{}{},{:02d}", cents < 0 ? "-" : "", a / 100, static_cast<int>(a % 100));
}

std::string csv_cell(const RecordCell& cell, ColumnType type) {
  if (const auto* n = std::get_if<long long>(&cell))
    return type == ColumnType::money ? euros(*n) : std::to_string(*n);
  if (const auto* s = std::get_if<std::string>(&cell)) return csv_field(spreadsheet_text(*s));
  return {};
}

// "2025-03-14" as a date; false for anything else (written as text then).
bool iso_date(const std::string& s, lxw_datetime& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  out = {std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2)), 0, 0, 0};
  return out.month >= 1 && out.month <= 12 && out.day >= 1 && out.day <= 31;
}

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
std::string sheet_name(const std::string& name) {
  std::string out;
  for (char c : name) out += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '_';
  if (out.empty()) out = "gegevens";
  return out.substr(0, 31);
}

struct Formats {
  lxw_format* header;
  lxw_format* date;
  lxw_format* money;
  lxw_format* whole;
};

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const RecordCell& cell,
                ColumnType type, const Formats& f) {
  if (const auto* n = std::get_if<long long>(&cell)) {
    if (type == ColumnType::money)
      worksheet_write_number(ws, r, c, static_cast<double>(*n) / 100.0, f.money);
    else
      worksheet_write_number(ws, r, c, static_cast<double>(*n), f.whole);
    return;
  }
  const auto* s = std::get_if<std::string>(&cell);
  if (s == nullptr) return;
  lxw_datetime d{};
  if (type == ColumnType::date && iso_date(*s, d))
    worksheet_write_datetime(ws, r, c, &d, f.date);
  else  // a string cell, never a formula, quoted like the CSV before = + - @
    worksheet_write_string(ws, r, c, spreadsheet_text(*s).c_str(), nullptr);
}

}  // namespace

std::string record_csv(const RecordTable& table) {
  std::string out = "\xEF\xBB\xBF";
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c > 0) out += ';';
    out += csv_field(table.columns[c].header);
  }
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (c > 0) out += ';';
      if (c < row.size()) out += csv_cell(row[c], table.columns[c].type);
    }
    out += "\r\n";
  }
  return out;
}

void write_record_xlsx(const std::filesystem::path& file, const RecordTable& table) {
  lxw_workbook* wb = workbook_new(file.c_str());
  if (wb == nullptr)
    throw std::runtime_error(fmt::format("{}: cannot create the workbook", file.string()));
  Formats f{workbook_add_format(wb), workbook_add_format(wb), workbook_add_format(wb),
            workbook_add_format(wb)};
  format_set_bold(f.header);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  format_set_num_format(f.date, "dd-mm-yyyy");
  format_set_num_format(f.money, "#,##0.00");
  format_set_num_format(f.whole, "0");
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name(table.name).c_str());
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    worksheet_set_column(ws, col, col, table.columns[c].width, nullptr);
    worksheet_write_string(ws, 0, col, table.columns[c].header.c_str(), f.header);
  }
  worksheet_freeze_panes(ws, 1, 0);
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t c = 0; c < table.columns.size() && c < table.rows[r].size(); ++c)
      write_cell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), table.rows[r][c],
                 table.columns[c].type, f);
  if (!table.columns.empty())
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.columns.size() - 1));
  const lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR)
    throw std::runtime_error(
        fmt::format("{}: cannot write the workbook: {}", file.string(), lxw_strerror(err)));
}

std::string record_xlsx(const RecordTable& table) {
  return written_bytes([&](const std::filesystem::path& file) { write_record_xlsx(file, table); });
}

}  // namespace leefbaar
