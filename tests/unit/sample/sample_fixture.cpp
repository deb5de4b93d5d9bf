#include "sample_fixture.hpp"

#include <charconv>
#include <cmath>

namespace leefbaar::sample::testing {

std::filesystem::path temp_folder(const std::string& name) {
  static const leefbaar::testing::TempDir dir;
  return dir.path() / name;
}

const Written& sample() {
  static const Written written = [] {
    Written w;
    w.dir = temp_folder("sample");
    w.report = write_sample(w.dir);
    return w;
  }();
  return written;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = line.find(separator, start);
    fields.push_back(
        line.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return fields;
    start = end + 1;
  }
}

double number(std::string text) {
  for (char& c : text) {
    if (c == ',') c = '.';
  }
  double v = 0;
  auto result = std::from_chars(text.data(), text.data() + text.size(), v);
  if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nan("");
  return v;
}

}  // namespace leefbaar::sample::testing
