#include "core/search_terms.hpp"

#include <cctype>
#include <cstdint>
#include <vector>

namespace leefbaar::search {

namespace {

// The base letter of U+00C0..U+00FF and U+0100..U+017F; '1' ae, '2' ss, '3' ij, '4' oe, ' ' for
// the signs × and ÷.
constexpr std::string_view kLatin1 =
    "aaaaaa1ceeeeiiiidnooooo ouuuuyt2aaaaaa1ceeeeiiiidnooooo ouuuuyty";
constexpr std::string_view kExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii33jjkkkllllllllllnnnnnnnnnoooooo44rrrrrrssss"
    "ssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1.size() == 64 && kExtendedA.size() == 128);

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// The next code point from text at i (advanced past it); nullopt for bytes that are not UTF-8
// (also overlong forms and surrogates).
std::optional<std::uint32_t> next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  std::uint32_t cp = 0, min = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    return std::nullopt;
  }
  if (i + length > text.size()) return std::nullopt;
  for (std::size_t k = 1; k < length; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if (!is_continuation(c)) return std::nullopt;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  i += length;
  return cp;
}

// What a code point folds to: letters, digits, a space, or nothing (a combining accent).
std::string_view folded_of(std::uint32_t cp, std::string_view original, char (&ascii)[1]) {
  auto base = [&](char c) -> std::string_view {
    switch (c) {
      case '1':
        return "ae";
      case '2':
        return "ss";
      case '3':
        return "ij";
      case '4':
        return "oe";
      case ' ':
        return " ";
      default:
        ascii[0] = c;
        return {ascii, 1};
    }
  };
  if (cp < 0x80) {
    const auto c = static_cast<unsigned char>(cp);
    if (!std::isalnum(c)) return " ";
    ascii[0] = static_cast<char>(std::tolower(c));
    return {ascii, 1};
  }
  if (cp >= 0xC0 && cp <= 0xFF) return base(kLatin1[cp - 0xC0]);
  if (cp >= 0x100 && cp <= 0x17F) return base(kExtendedA[cp - 0x100]);
  if (cp >= 0x300 && cp <= 0x36F) return {};  // combining accents (decomposed text)
  if (cp < 0xC0 || cp == 0x2019 || cp == 0x2018 || (cp >= 0x2010 && cp <= 0x2015))
    return " ";  // Latin-1 signs, quotes and dashes
  return original;
}

std::vector<std::string_view> words(std::string_view folded) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    if (end > start) out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

bool all_letters(std::string_view s) {
  for (char c : s)
    if (!std::islower(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

// The number at the start of text and what follows it; nullopt without 1-5 leading digits.
std::optional<std::pair<long long, std::string>> number_and_rest(std::string_view text) {
  std::size_t d = 0;
  while (d < text.size() && std::isdigit(static_cast<unsigned char>(text[d]))) ++d;
  if (d == 0 || d > 5) return std::nullopt;
  return std::pair{std::stoll(std::string(text.substr(0, d))), std::string(text.substr(d))};
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}

}  // namespace

std::optional<std::string> fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const auto cp = next_code_point(text, i);
    if (!cp) return std::nullopt;
    char ascii[1];
    const std::string_view piece = folded_of(*cp, text.substr(start, i - start), ascii);
    if (piece == " ") {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += piece;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t characters(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8) n += !is_continuation(static_cast<unsigned char>(c));
  return n;
}

std::optional<PostcodeTerm> parse_postcode(std::string_view folded) {
  const std::string s = without_spaces(folded);
  if (s.size() < 4 || !all_digits(s.substr(0, 4)) || s[0] == '0') return std::nullopt;
  PostcodeTerm t;
  t.postcode = s.substr(0, 4);
  if (s.size() == 4) return t;
  if (s.size() < 6 || !all_letters(s.substr(4, 2))) return std::nullopt;
  t.postcode += static_cast<char>(std::toupper(static_cast<unsigned char>(s[4])));
  t.postcode += static_cast<char>(std::toupper(static_cast<unsigned char>(s[5])));
  if (s.size() == 6) return t;
  const auto number = number_and_rest(std::string_view(s).substr(6));
  if (!number || number->second.size() > 6) return std::nullopt;
  t.number = number->first;
  t.addition = number->second;
  return t;
}

std::optional<AddressTerm> parse_address(std::string_view folded) {
  const auto w = words(folded);
  // The last word that starts with a digit, after at least one word of the street; at most one
  // short word (an addition) after it.
  for (std::size_t i = w.size(); i-- > 1;) {
    if (!std::isdigit(static_cast<unsigned char>(w[i][0]))) continue;
    if (w.size() - i > 2) return std::nullopt;
    const auto number = number_and_rest(w[i]);
    if (!number) return std::nullopt;
    AddressTerm t;
    for (std::size_t k = 0; k < i; ++k) t.street += (k ? " " : "") + std::string(w[k]);
    t.number = number->first;
    t.addition = number->second + (i + 1 < w.size() ? std::string(w[i + 1]) : "");
    if (t.addition.size() > 6) return std::nullopt;
    return t;
  }
  return std::nullopt;
}

std::string addition_of(std::string_view house_number) {
  std::size_t d = 0;
  while (d < house_number.size() && std::isdigit(static_cast<unsigned char>(house_number[d]))) ++d;
  return without_spaces(fold(house_number.substr(d)).value_or(""));
}

Match match(std::string_view folded_name, std::string_view folded_query) {
  if (folded_query.empty()) return Match::none;
  if (folded_name == folded_query) return Match::exact;
  if (folded_name.starts_with(folded_query)) return Match::prefix;
  for (std::size_t at = folded_name.find(' '); at != std::string_view::npos;
       at = folded_name.find(' ', at + 1)) {
    if (folded_name.substr(at + 1).starts_with(folded_query)) return Match::word;
  }
  return Match::none;
}

std::string prefix_end(std::string_view prefix) {
  // U+10FFFF, the largest code point: above every character that can follow the prefix.
  return std::string(prefix) + "\xF4\x8F\xBF\xBF";
}

}  // namespace leefbaar::search
