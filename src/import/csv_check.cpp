#include "import/csv_check.hpp"

#include <fmt/format.h>

#include <array>
#include <fstream>

#include "core/errors.hpp"
#include "import/text_encoding.hpp"

namespace leefbaar {

namespace {

std::string listed(const std::string& display, const std::vector<TableError::Problem>& problems,
                   std::size_t more) {
  std::string out;
  for (const auto& p : problems)
    out += fmt::format("{}rij {}: {}", out.empty() ? "" : "; ", p.row, p.text);
  if (more > 0) out += fmt::format("; en nog {} rijen", more);
  return fmt::format("{}, {}", display, out);
}

}  // namespace

TableError::TableError(const std::string& display, std::vector<Problem> problems, std::size_t more)
    : InputError(listed(display, problems, more)), problems_(std::move(problems)) {}

namespace {

constexpr std::size_t kListed = 5;

bool blank(const std::string& record) {
  return record.find_first_not_of(" \t") == std::string::npos;
}

std::string separator_name(char c) {
  return c == ';' ? "puntkomma" : c == '\t' ? "tab" : "komma";
}

class Scanner {
 public:
  explicit Scanner(const std::string& display) : display_(display) {}

  void feed(char c) {
    if (c == '\0')
      throw TableError(display_, {{records_ + 1,
                                   "het bestand bevat een nul-byte; verwacht tekst "
                                   "(is het wel een CSV-bestand?)"}});
    if (quoted_) {
      // A doubled quote inside a quoted stretch closes and reopens it: the same as GDAL's toggle.
      if (c == '"') quoted_ = false;
      if (c == '\n') ++line_;
      record_ += c;
      return;
    }
    if (after_cr_ && c == '\n') {  // CRLF: the CR ended the record already
      after_cr_ = false;
      ++line_;
      return;
    }
    after_cr_ = false;
    if (c == '\n' || c == '\r') {
      end_record();
      if (c == '\r')
        after_cr_ = true;
      else
        ++line_;
      return;
    }
    if (record_.empty()) record_line_ = line_;
    if (c == '"') {
      if (!quoted_) quote_line_ = line_;
      quoted_ = true;
    }
    if (records_ == 0) note_header_char(c);
    if (c == ',') ++counts_[0];
    if (c == ';') ++counts_[1];
    if (c == '\t') ++counts_[2];
    record_ += c;
  }

  CsvShape finish() {
    if (quoted_) {
      ++records_;
      problems_.push_back(
          {records_, fmt::format("een aanhalingsteken (\") op regel {} wordt nergens gesloten; "
                                 "verwacht een tweede \" aan het eind van het veld (nu zou de "
                                 "rest van het bestand één veld zijn)",
                                 quote_line_ + 1)});
      ++problem_count_;
    } else {
      end_record();
    }
    if (problem_count_ > 0)
      throw TableError(display_, problems_, problem_count_ - problems_.size());
    shape_.records = records_;
    return shape_;
  }

 private:
  void end_record() {
    if (blank(record_)) {
      reset();
      return;
    }
    ++records_;
    if (shape_.first_non_utf8 == 0 && !is_utf8(record_)) shape_.first_non_utf8 = records_;
    if (records_ == 1) {
      // GDAL 3.6 cannot be told the separator (no SEPARATOR open option yet), so we take the one
      // it will: the only one of , ; tab in the first line, ',' when they are mixed or absent.
      shape_.separator = header_mixed_ ? ',' : header_first_ != 0 ? header_first_ : ',';
      if (header_first_ == 0 && header_spaces_ > 0)
        throw TableError(display_, {{1,
                                     "de kopregel heeft geen puntkomma's of komma's, alleen "
                                     "spaties; verwacht kolommen gescheiden door een "
                                     "puntkomma of een komma"}});
      sep_index_ = shape_.separator == ',' ? 0 : shape_.separator == ';' ? 1 : 2;
      expected_ = counts_[sep_index_] + 1;
    } else {
      const long long found = counts_[sep_index_] + 1;
      if (found != expected_) {
        ++problem_count_;
        if (problems_.size() < kListed)
          problems_.push_back(
              {records_,
               fmt::format("{} {} gevonden{}, verwacht {} zoals in de kopregel (gescheiden door "
                           "een {})",
                           found, found == 1 ? "veld" : "velden",
                           record_line_ + 1 != records_
                               ? fmt::format(" op regel {}", record_line_ + 1)
                               : "",
                           expected_, separator_name(shape_.separator))});
      }
    }
    reset();
  }

  void note_header_char(char c) {
    if (c == ',' || c == ';' || c == '\t') {
      if (header_first_ == 0)
        header_first_ = c;
      else if (c != header_first_)
        header_mixed_ = true;
    } else if (c == ' ') {
      ++header_spaces_;
    }
  }

  void reset() {
    record_.clear();
    counts_ = {0, 0, 0};
  }

  const std::string& display_;
  CsvShape shape_;
  std::string record_;
  std::array<long long, 3> counts_ = {0, 0, 0};
  std::size_t sep_index_ = 0;
  long long expected_ = 0;
  long long records_ = 0;
  long long line_ = 0, record_line_ = 0, quote_line_ = 0;  // 0-based line numbers
  bool quoted_ = false, after_cr_ = false;
  char header_first_ = 0;
  bool header_mixed_ = false;
  long long header_spaces_ = 0;
  std::vector<TableError::Problem> problems_;
  std::size_t problem_count_ = 0;
};

}  // namespace

CsvShape check_csv(std::istream& in, const std::string& display) {
  Scanner scanner(display);
  std::array<char, 1 << 16> buffer{};
  bool first = true;
  while (in) {
    in.read(buffer.data(), buffer.size());
    std::string_view chunk(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (first && !chunk.empty()) {
      first = false;
      if (chunk.starts_with("\xFF\xFE") || chunk.starts_with("\xFE\xFF"))
        throw TableError(display, {{1,
                                    "het bestand is in UTF-16 opgeslagen ('Unicode-tekst'); "
                                    "verwacht CSV in UTF-8. Kies in Excel 'CSV UTF-8' bij "
                                    "Opslaan als"}});
      if (chunk.starts_with("\xEF\xBB\xBF")) chunk.remove_prefix(3);
    }
    for (char c : chunk) scanner.feed(c);
  }
  return scanner.finish();
}

PreparedCsv prepare_csv(const std::filesystem::path& file, const std::string& display,
                        const TempFolder& folder) {
  PreparedCsv out;
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: het bestand kan niet gelezen worden", display));
  out.shape = check_csv(in, display);
  if (out.shape.records == 0)
    throw TableError(display, {{1, "het bestand is leeg; verwacht een kopregel en rijen"}});
  out.path = folder.path() / "tabel.csv";
  if (out.shape.first_non_utf8 == 0) {
    std::filesystem::copy_file(file, out.path);
    return out;
  }
  // Not UTF-8: Windows-1252, one byte per character, so each piece converts on its own.
  in.clear();
  in.seekg(0);
  std::ofstream to(out.path, std::ios::binary);
  std::array<char, 1 << 16> buffer{};
  bool first = true;
  while (in) {
    in.read(buffer.data(), buffer.size());
    std::string_view chunk(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (first && chunk.starts_with("\xEF\xBB\xBF")) chunk.remove_prefix(3);
    first = false;
    const auto converted = windows1252_to_utf8(chunk);
    if (!converted)
      throw TableError(display, {{out.shape.first_non_utf8,
                                  "de tekst is geen UTF-8 en ook geen Windows-1252; verwacht "
                                  "tekst in UTF-8. Kies in Excel 'CSV UTF-8' bij Opslaan als"}});
    to.write(converted->data(), static_cast<std::streamsize>(converted->size()));
  }
  if (!to) throw std::runtime_error("het omgezette CSV-bestand kan niet geschreven worden");
  out.warnings.push_back(fmt::format(
      "{}: de tekst was niet in UTF-8 maar in Windows-1252 (zoals Excel die vaak schrijft), voor "
      "het eerst in rij {}; omgezet naar UTF-8. Controleer letters als é en ë",
      display, out.shape.first_non_utf8));
  return out;
}

}  // namespace leefbaar
