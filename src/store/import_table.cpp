#include "store/import_table.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>

#include "core/text.hpp"
#include "import/csv_check.hpp"
#include "import/table_reader.hpp"
#include "import/temp_folder.hpp"

namespace leefbaar::store {

namespace {

bool digits(std::string_view s, std::size_t from, std::size_t n) {
  for (std::size_t i = from; i < from + n; ++i)
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// GDAL gives the date cells of a workbook as "2025/03/14" (or with a time of day).
std::string iso_from_sheet_date(const std::string& cell) {
  if (cell.size() < 10 || !digits(cell, 0, 4) || cell[4] != '/' || !digits(cell, 5, 2) ||
      cell[7] != '/' || !digits(cell, 8, 2))
    return cell;
  if (cell.size() > 10 && cell.substr(10) != " 00:00:00") return cell;
  return fmt::format("{}-{}-{}", cell.substr(0, 4), cell.substr(5, 2), cell.substr(8, 2));
}

bool looks_like_xlsx(const std::string& bytes, const std::string& file_name) {
  return bytes.rfind("PK\x03\x04", 0) == 0 || to_lower(file_name).ends_with(".xlsx");
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text + ".";
}

}  // namespace

std::string header_key(std::string_view header) {
  std::string out;
  for (char c : to_lower(trim(header))) {
    const char d = c == '_' ? ' ' : c;
    if (d == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += d;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int ImportTable::find(std::string_view header) const {
  const std::string key = header_key(header);
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (header_key(columns[i]) == key) return static_cast<int>(i);
  return -1;
}

std::string ImportTable::cell(const ImportRow& row, std::string_view header) const {
  const int i = find(header);
  if (i < 0 || static_cast<std::size_t>(i) >= row.cells.size()) return {};
  return std::string(trim(row.cells[static_cast<std::size_t>(i)]));
}

const ImportRow* ImportTable::row(long long number) const {
  for (const auto& r : rows)
    if (r.number == number) return &r;
  return nullptr;
}

ImportTable read_import_table(const std::string& bytes, const std::string& file_name) {
  const bool xlsx = looks_like_xlsx(bytes, file_name);
  if (std::string_view(trim(bytes)).empty())
    throw RecordImportError({{1, "", "", "Het bestand is leeg: verwacht een kopregel en rijen."}});
  const TempFolder folder("leefbaar-records");
  const auto path = folder.path() / (xlsx ? "bestand.xlsx" : "bestand.csv");
  {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write the uploaded file");
  }
  ImportTable table;
  try {
    // Only a header: import_records refuses it, after the header's own checks.
    TableReader reader(path, file_name, true);
    table.warnings = reader.warnings();
    for (const auto& c : reader.columns()) table.columns.emplace_back(trim(c));
    TableRow row;
    while (reader.next(row)) {
      // A sheet with only its header row: GDAL cannot tell it is one and gives it as data.
      if (xlsx && row.number <= table.header_row) {
        table.columns.clear();
        for (const auto& c : row.cells) table.columns.emplace_back(trim(c));
        continue;
      }
      ImportRow r{row.number, {}};
      for (const auto& c : row.cells) r.cells.push_back(iso_from_sheet_date(std::string(trim(c))));
      table.rows.push_back(std::move(r));
    }
  } catch (const TableError& e) {
    std::vector<RecordProblem> problems;
    for (const auto& p : e.problems()) problems.push_back({p.row, "", "", capitalised(p.text)});
    throw RecordImportError(problems);
  } catch (const InputError&) {
    throw RecordImportError(
        {{1, "", "",
          xlsx ? "Het bestand is geen leesbaar Excel-bestand (.xlsx). Verwacht een werkblad met "
                 "een kopregel en daaronder de rijen."
               : "Het bestand is geen leesbaar CSV-bestand. Verwacht een kopregel en rijen, "
                 "gescheiden door puntkomma's."}});
  }
  // A workbook's first sheet may start with a byte order mark in its first header; a CSV file's
  // mark is removed by GDAL, but a mark pasted into a cell is not.
  if (!table.columns.empty() && table.columns[0].rfind("\xEF\xBB\xBF", 0) == 0)
    table.columns[0].erase(0, 3);
  return table;
}

std::vector<RecordProblem> missing_columns(const ImportTable& table,
                                           const std::vector<std::string>& required) {
  std::vector<RecordProblem> out;
  for (const auto& name : required)
    if (table.find(name) < 0)
      out.push_back({table.header_row, name, "",
                     fmt::format("De kolom '{}' ontbreekt in de kopregel.", name)});
  return out;
}

}  // namespace leefbaar::store
