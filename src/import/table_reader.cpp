#include "import/table_reader.hpp"

#include <fmt/format.h>
#include <gdal/cpl_conv.h>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace leefbaar {

namespace {
std::string columns_list(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) {
    if (!out.empty()) out += ", ";
    out += fmt::format("'{}'", c);
  }
  return out;
}

std::string shorten(std::string_view s) {
  return s.size() > 40 ? std::string(s.substr(0, 37)) + "..." : std::string(s);
}
}  // namespace

bool is_xlsx(const std::filesystem::path& path) {
  const std::string lower = to_lower(path.string());
  return lower.ends_with(".xlsx") || lower.find(".xlsx:") != std::string::npos;
}

TableReader::TableReader(const std::filesystem::path& path, std::string display)
    : display_(display.empty() ? path.string() : std::move(display)) {
  // GDAL before 3.8 takes the XLSX driver's options only as configuration options (it ignores
  // the open options below); the sheet is parsed when its layer is first read, in this scope.
  const CPLConfigOptionSetter headers("OGR_XLSX_HEADERS", "FORCE", false);
  const CPLConfigOptionSetter types("OGR_XLSX_FIELD_TYPES", "STRING", false);
  if (is_xlsx(path)) {
    const auto [file, sheet] = gdal::split_layer(path.string());
    dataset_ = gdal::open_vector(file, {"XLSX"}, {"HEADERS=FORCE", "FIELD_TYPES=STRING"}, display_);
    layer_ = gdal::layer_of(*dataset_, file, sheet);
    sheet_ = true;
  } else {
    // The CSV driver only claims files ending in .csv unless asked by name.
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
      throw InputError(fmt::format("{}: file not found", display_));
    const std::string lower = to_lower(path.extension().string());
    const std::filesystem::path open_path =
        lower == ".csv" ? path.string() : "CSV:" + path.string();
    try {
      dataset_ = gdal::open_vector(
          open_path, {"CSV"}, {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO"});
    } catch (const InputError&) {
      throw InputError(
          fmt::format("{}: cannot read the file as a CSV table: {}", display_, gdal::last_error()));
    }
    layer_ = dataset_->GetLayer(0);
  }
  if (layer_ == nullptr) throw InputError(fmt::format("{}: the file holds no table", display_));
  const OGRFeatureDefn* defn = layer_->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    columns_.emplace_back(trim(defn->GetFieldDefn(i)->GetNameRef()));
  layer_->ResetReading();
}

int TableReader::find(std::string_view name) const {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (iequals(columns_[i], name)) return static_cast<int>(i);
  }
  return -1;
}

int TableReader::find_any(std::initializer_list<std::string_view> names) const {
  for (auto name : names) {
    if (int i = find(name); i >= 0) return i;
  }
  return -1;
}

int TableReader::require(std::string_view name, std::string_view purpose) const {
  const int i = find(name);
  if (i < 0) {
    throw InputError(fmt::format("{}: missing required column '{}'{}{}; the columns are: {}",
                                 display_, name, purpose.empty() ? "" : " ", purpose,
                                 columns_list(columns_)));
  }
  return i;
}

bool TableReader::next(TableRow& row) {
  while (true) {
    OGRFeature* raw = layer_->GetNextFeature();
    if (raw == nullptr) return false;
    std::unique_ptr<OGRFeature> feature(raw);
    row.cells.resize(columns_.size());
    bool all_empty = true;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const int field = static_cast<int>(i);
      row.cells[i] = feature->IsFieldSetAndNotNull(field) ? feature->GetFieldAsString(field) : "";
      if (!trim(row.cells[i]).empty()) all_empty = false;
    }
    // OGR numbers CSV records from 1 (+1 for the header) and XLSX rows as the sheet does.
    row.number = feature->GetFID() + (sheet_ ? 0 : 1);
    if (!all_empty) return true;
  }
}

std::string TableReader::where(const TableRow& row, int column) const {
  return fmt::format("{}, row {}, column '{}'", display_, row.number,
                     columns_[static_cast<std::size_t>(column)]);
}

void TableReader::fail(const TableRow& row, int column, std::string_view expected) const {
  throw InputError(fmt::format("{}: found '{}', expected {}", where(row, column),
                               shorten(row[column]), expected));
}

std::optional<double> TableReader::number(const TableRow& row, int column, bool allow_empty) const {
  if (column < 0) return std::nullopt;
  if (is_empty_cell(row[column])) {
    if (allow_empty) return std::nullopt;
    fail(row, column, "a number");
  }
  auto value = parse_number(row[column]);
  if (!value) fail(row, column, "a number (decimal point or decimal comma)");
  return value;
}

std::optional<long long> TableReader::integer(const TableRow& row, int column,
                                              bool allow_empty) const {
  if (column < 0) return std::nullopt;
  if (is_empty_cell(row[column])) {
    if (allow_empty) return std::nullopt;
    fail(row, column, "a whole number");
  }
  auto value = parse_integer(row[column]);
  if (!value) fail(row, column, "a whole number");
  return value;
}

}  // namespace leefbaar
