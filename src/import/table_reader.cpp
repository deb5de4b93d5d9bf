#include "import/table_reader.hpp"

#include <fmt/format.h>
#include <gdal/cpl_conv.h>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/csv_check.hpp"
#include "import/text_encoding.hpp"

namespace leefbaar {

namespace {
std::string columns_list(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) {
    if (!out.empty()) out += ", ";
    out += fmt::format("'{}'", c);
  }
  return out.empty() ? "(geen)" : out;
}

std::string shorten(std::string_view s) {
  return s.size() > 40 ? std::string(s.substr(0, 37)) + "..." : std::string(s);
}

constexpr const char* kNumber = "een getal, met een decimale punt of komma";
constexpr const char* kWholeNumber = "een geheel getal";
}  // namespace

bool is_xlsx(const std::filesystem::path& path) {
  const std::string lower = to_lower(path.string());
  return lower.ends_with(".xlsx") || lower.find(".xlsx:") != std::string::npos;
}

TableReader::TableReader(const std::filesystem::path& path, std::string display, bool rows_optional)
    : display_(display.empty() ? path.string() : std::move(display)),
      rows_optional_(rows_optional) {
  // GDAL before 3.8 takes the XLSX driver's options only as configuration options (it ignores
  // the open options below); the sheet is parsed when its layer is first read, in this scope.
  const CPLConfigOptionSetter headers("OGR_XLSX_HEADERS", "FORCE", false);
  const CPLConfigOptionSetter types("OGR_XLSX_FIELD_TYPES", "STRING", false);
  if (is_xlsx(path)) {
    const auto [file, sheet] = gdal::split_layer(path.string());
    dataset_ = gdal::open_vector(file, {"XLSX"}, {"HEADERS=FORCE", "FIELD_TYPES=STRING"}, display_);
    layer_ = gdal::layer_of(*dataset_, display_, sheet);  // messages name the file as given
    sheet_ = true;
  } else {
    gdal::require_plain_file(path, display_);
    folder_ = std::make_unique<TempFolder>("leefbaar-csv");
    const PreparedCsv csv = prepare_csv(path, display_, *folder_);
    warnings_ = csv.warnings;
    // Messages name the file as given, not the private copy.
    dataset_ = gdal::open_vector(csv.path, {"CSV"},
                                 {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO"},
                                 display_);
    layer_ = dataset_->GetLayer(0);
  }
  if (layer_ == nullptr)
    throw InputError(
        fmt::format("{}: het bestand bevat geen tabel; verwacht {} met een kopregel en rijen",
                    display_, sheet_ ? "een werkblad" : "een tabel"));
  const OGRFeatureDefn* defn = layer_->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    columns_.emplace_back(checked_text(std::string(trim(defn->GetFieldDefn(i)->GetNameRef())),
                                       fmt::format("{}, rij 1", display_)));
  if (sheet_) {
    // A sheet with only its header row: GDAL cannot tell it is one and gives it as data (row 1).
    layer_->ResetReading();
    const std::unique_ptr<OGRFeature> first(layer_->GetNextFeature());
    if (first != nullptr && first->GetFID() <= 1) {
      header_only_ = true;
      columns_.clear();
      for (int i = 0; i < defn->GetFieldCount(); ++i)
        columns_.emplace_back(checked_text(std::string(trim(first->GetFieldAsString(i))),
                                           fmt::format("{}, rij 1", display_)));
    }
  }
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
    throw InputError(fmt::format("{}: de verplichte kolom '{}'{}{} ontbreekt; de kolommen zijn: {}",
                                 display_, name, purpose.empty() ? "" : " ", purpose,
                                 columns_list(columns_)));
  }
  return i;
}

bool TableReader::next(TableRow& row) {
  while (true) {
    OGRFeature* raw = header_only_ ? nullptr : layer_->GetNextFeature();
    if (raw == nullptr) {
      // A table without data rows replaces nothing: refused, CSV and XLSX alike.
      if (rows_ == 0 && !rows_optional_) throw TableError(display_, {{1, kNoRows}});
      return false;
    }
    std::unique_ptr<OGRFeature> feature(raw);
    row.cells.resize(columns_.size());
    bool all_empty = true;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const int field = static_cast<int>(i);
      row.cells[i] = feature->IsFieldSetAndNotNull(field) ? feature->GetFieldAsString(field) : "";
      if (!is_utf8(row.cells[i]))
        throw TableError(display_, {{feature->GetFID() + (sheet_ ? 0 : 1),
                                     fmt::format("kolom '{}': {}", columns_[i], kNotUtf8)}});
      if (!trim(row.cells[i]).empty()) all_empty = false;
    }
    // OGR numbers CSV records from 1 (+1 for the header) and XLSX rows as the sheet does.
    row.number = feature->GetFID() + (sheet_ ? 0 : 1);
    if (!all_empty) {
      ++rows_;
      return true;
    }
  }
}

std::string TableReader::where(const TableRow& row, int column) const {
  return fmt::format("{}, rij {}, kolom '{}'", display_, row.number,
                     columns_[static_cast<std::size_t>(column)]);
}

void TableReader::fail(const TableRow& row, int column, std::string_view expected) const {
  if (trim(row[column]).empty())
    throw InputError(fmt::format("{}: de cel is leeg, verwacht {}", where(row, column), expected));
  throw InputError(fmt::format("{}: gevonden '{}', verwacht {}", where(row, column),
                               shorten(row[column]), expected));
}

std::optional<double> TableReader::number(const TableRow& row, int column, bool allow_empty) const {
  if (column < 0) return std::nullopt;
  if (is_empty_cell(row[column])) {
    if (allow_empty) return std::nullopt;
    fail(row, column, kNumber);
  }
  auto value = parse_number(row[column]);
  if (!value) fail(row, column, kNumber);
  return value;
}

std::optional<long long> TableReader::integer(const TableRow& row, int column,
                                              bool allow_empty) const {
  if (column < 0) return std::nullopt;
  if (is_empty_cell(row[column])) {
    if (allow_empty) return std::nullopt;
    fail(row, column, kWholeNumber);
  }
  auto value = parse_integer(row[column]);
  if (!value) fail(row, column, kWholeNumber);
  return value;
}

}  // namespace leefbaar
