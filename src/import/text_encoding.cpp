#include "import/text_encoding.hpp"

#include <fmt/format.h>
#include <gdal/cpl_string.h>
#include <iconv.h>

#include <cerrno>
#include <climits>
#include <memory>

#include "core/errors.hpp"

namespace leefbaar {

bool is_utf8(std::string_view bytes) {
  // CPLIsUTF8 takes an int length: check long texts in pieces that end on a character boundary.
  constexpr std::size_t kPiece = 1 << 20;
  while (bytes.size() > kPiece) {
    std::size_t cut = kPiece;
    while (cut > kPiece - 4 && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80) --cut;
    if (!CPLIsUTF8(bytes.data(), static_cast<int>(cut))) return false;
    bytes.remove_prefix(cut);
  }
  return CPLIsUTF8(bytes.data(), static_cast<int>(bytes.size())) != 0;
}

std::optional<std::string> windows1252_to_utf8(std::string_view bytes) {
  iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
  if (cd == reinterpret_cast<iconv_t>(-1))
    throw std::runtime_error("iconv kent de tekenset WINDOWS-1252 niet");
  const std::unique_ptr<void, int (*)(iconv_t)> close(cd, iconv_close);
  std::string out;
  out.resize(bytes.size() * 3 + 4);  // one Windows-1252 byte is at most three UTF-8 bytes
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* to = out.data();
  std::size_t to_left = out.size();
  if (iconv(cd, &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1)) return std::nullopt;
  out.resize(out.size() - to_left);
  return out;
}

std::string checked_text(std::string value, std::string_view where) {
  if (is_utf8(value)) return value;
  throw InputError(fmt::format("{}: {}", where, kNotUtf8));
}

}  // namespace leefbaar
