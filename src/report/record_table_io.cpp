#include "report/record_table_io.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
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

// 3,14 for 3.14159 at two decimals; no "-0,00" for a small negative.
std::string decimal_comma(double v, int decimals) {
  std::string out = fmt::format("{:.{}f}", v, decimals);
  if (out.find_first_not_of("-0.") == std::string::npos && out[0] == '-') out.erase(0, 1);
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

const char* yes_no(bool v) {
  return v ? "ja" : "nee";
}

std::string csv_cell(const RecordCell& cell, const RecordColumn& column) {
  if (const auto* n = std::get_if<long long>(&cell))
    return column.type == ColumnType::money ? euros(*n) : std::to_string(*n);
  if (const auto* d = std::get_if<double>(&cell))
    return std::isfinite(*d) ? decimal_comma(*d, column.decimals) : std::string{};
  if (const auto* b = std::get_if<bool>(&cell)) return yes_no(*b);
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

// The number formats are stored locale-free ("#,##0.00"); Dutch Excel shows them as 1.250,50.
struct Formats {
  explicit Formats(lxw_workbook* wb)
      : header(workbook_add_format(wb)),
        date(workbook_add_format(wb)),
        money(workbook_add_format(wb)),
        whole(workbook_add_format(wb)),
        wrapped(workbook_add_format(wb)) {
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_num_format(date, "dd-mm-yyyy");
    format_set_num_format(money, "#,##0.00");
    format_set_num_format(whole, "0");
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    for (int d = 1; d <= 6; ++d) {
      decimals[d] = workbook_add_format(wb);
      format_set_num_format(decimals[d],
                            ("0." + std::string(static_cast<std::size_t>(d), '0')).c_str());
    }
    decimals[0] = whole;
  }
  lxw_format* decimal(int places) const { return decimals[std::clamp(places, 0, 6)]; }

  lxw_format* header;
  lxw_format* date;
  lxw_format* money;
  lxw_format* whole;
  lxw_format* wrapped;
  lxw_format* decimals[7] = {};
};

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const RecordCell& cell,
                const RecordColumn& column, const Formats& f) {
  if (const auto* n = std::get_if<long long>(&cell)) {
    if (column.type == ColumnType::money)
      worksheet_write_number(ws, r, c, static_cast<double>(*n) / 100.0, f.money);
    else
      worksheet_write_number(ws, r, c, static_cast<double>(*n), f.whole);
    return;
  }
  if (const auto* v = std::get_if<double>(&cell)) {
    if (std::isfinite(*v)) worksheet_write_number(ws, r, c, *v, f.decimal(column.decimals));
    return;
  }
  if (const auto* b = std::get_if<bool>(&cell)) {
    worksheet_write_string(ws, r, c, yes_no(*b), nullptr);
    return;
  }
  const auto* s = std::get_if<std::string>(&cell);
  if (s == nullptr) return;
  lxw_datetime d{};
  if (column.type == ColumnType::date && iso_date(*s, d))
    worksheet_write_datetime(ws, r, c, &d, f.date);
  else  // a string cell, never a formula, quoted like the CSV before = + - @
    worksheet_write_string(ws, r, c, spreadsheet_text(*s).c_str(), nullptr);
}

void write_records_sheet(lxw_workbook* wb, const RecordTable& table, const Formats& f) {
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
                 table.columns[c], f);
  if (!table.columns.empty())
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.columns.size() - 1));
}

bool has_explanations(const RecordTable& table) {
  return !table.notes.empty() ||
         std::any_of(table.columns.begin(), table.columns.end(),
                     [](const RecordColumn& c) { return !c.explanation.empty(); });
}

// The sheet "toelichting": the notes, then each column with what it holds.
void write_explanation_sheet(lxw_workbook* wb, const RecordTable& table, const Formats& f) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "toelichting");
  worksheet_set_column(ws, 0, 0, 30, nullptr);
  worksheet_set_column(ws, 1, 1, 90, f.wrapped);
  lxw_row_t r = 0;
  for (const auto& note : table.notes)
    worksheet_write_string(ws, r++, 0, spreadsheet_text(note).c_str(), nullptr);
  if (!table.notes.empty()) ++r;
  worksheet_write_string(ws, r, 0, "kolom", f.header);
  worksheet_write_string(ws, r++, 1, "betekenis", f.header);
  for (const auto& column : table.columns) {
    worksheet_write_string(ws, r, 0, column.header.c_str(), nullptr);
    worksheet_write_string(ws, r++, 1, spreadsheet_text(column.explanation).c_str(), f.wrapped);
  }
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
      if (c < row.size()) out += csv_cell(row[c], table.columns[c]);
    }
    out += "\r\n";
  }
  return out;
}

void write_record_xlsx(const std::filesystem::path& file, const RecordTable& table) {
  lxw_workbook* wb = workbook_new(file.c_str());
  if (wb == nullptr)
    throw std::runtime_error(fmt::format("{}: cannot create the workbook", file.string()));
  const Formats f(wb);
  write_records_sheet(wb, table, f);
  if (has_explanations(table)) write_explanation_sheet(wb, table, f);
  const lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR)
    throw std::runtime_error(
        fmt::format("{}: cannot write the workbook: {}", file.string(), lxw_strerror(err)));
}

std::string record_xlsx(const RecordTable& table) {
  return written_bytes([&](const std::filesystem::path& file) { write_record_xlsx(file, table); });
}

}  // namespace leefbaar
