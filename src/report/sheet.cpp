#include "report/sheet.hpp"

#include <fmt/format.h>

#include <cmath>
#include <fstream>

#include "core/text.hpp"

namespace leefbaar {

Cell number_or_empty(double v) {
  return std::isnan(v) ? Cell{} : Cell{v};
}

namespace {
std::string quoted(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string cell_text(const Cell& cell) {
  struct Visitor {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(const std::string& s) const { return quoted(spreadsheet_text(s)); }
    std::string operator()(double v) const { return format_number(v); }
    std::string operator()(long long v) const { return std::to_string(v); }
    std::string operator()(bool v) const { return v ? "true" : "false"; }
  };
  return std::visit(Visitor{}, cell);
}
}  // namespace

std::string csv_text(const Sheet& sheet) {
  std::string out;
  for (std::size_t i = 0; i < sheet.header.size(); ++i) {
    if (i > 0) out += ',';
    out += quoted(sheet.header[i]);
  }
  out += '\n';
  for (const auto& row : sheet.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      out += cell_text(row[i]);
    }
    out += '\n';
  }
  return out;
}

void write_csv(const std::filesystem::path& file, const Sheet& sheet) {
  std::ofstream out(file, std::ios::binary);
  out << csv_text(sheet);
  if (!out) throw std::runtime_error(fmt::format("{}: cannot write", file.string()));
}

}  // namespace leefbaar
