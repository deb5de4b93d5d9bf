#include "sample/output.hpp"

#include <fmt/format.h>

#include <charconv>
#include <fstream>
#include <system_error>

#include "core/errors.hpp"

namespace leefbaar::sample {

void write_text_file(const std::filesystem::path& dir, const std::string& relative,
                     const std::string& text) {
  const std::filesystem::path path = dir / relative;
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec)
    throw InputError("cannot create folder " + path.parent_path().string() + ": " + ec.message());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) throw InputError("cannot write " + path.string());
}

std::string fixed(double v, int decimals, bool decimal_comma) {
  if (v == 0) v = 0;  // no "-0.00"
  std::string s = fmt::format("{:.{}f}", v, decimals);
  if (s.find_first_not_of("-0.") == std::string::npos && s.front() == '-') s.erase(0, 1);
  if (decimal_comma) {
    for (char& c : s) {
      if (c == '.') c = ',';
    }
  }
  return s;
}

std::string metres(double v) {
  std::string s = fixed(v, 3);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string significant(double v) {
  if (v == 0) return "0";
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::general, 15);
  return std::string(buffer, result.ptr);
}

double read_back(const std::string& text) {
  double v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

}  // namespace leefbaar::sample
