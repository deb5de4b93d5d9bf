#pragma once
// A table of typed cells, written both as CSV (decimal point, true/false) and as an XLSX sheet
// (real numbers, not text), so the two outputs cannot drift apart.
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace leefbaar {

using Cell = std::variant<std::monostate, std::string, double, long long, bool>;

inline Cell maybe(const std::optional<double>& v) {
  return v ? Cell{*v} : Cell{};
}
Cell number_or_empty(double v);  // NaN -> empty

struct Sheet {
  std::string name;  // the CSV file's stem and the XLSX sheet's name
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
};

std::string csv_text(const Sheet& sheet);
void write_csv(const std::filesystem::path& file, const Sheet& sheet);

}  // namespace leefbaar
