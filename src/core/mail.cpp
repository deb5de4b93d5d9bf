#include "core/mail.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace leefbaar {

namespace {

bool control(unsigned char c) {
  return c < 0x20 || c == 0x7f;
}

}  // namespace

bool valid_email(std::string_view a) {
  if (a.empty() || a.size() > 254) return false;
  if (std::any_of(a.begin(), a.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return control(u) || c == ' ' ||
               std::string_view("<>,;:\"()[]\\").find(c) != std::string_view::npos;
      }))
    return false;
  const auto at = a.find('@');
  if (at == std::string_view::npos || at == 0 || at > 64 || a.find('@', at + 1) != a.npos)
    return false;
  const auto domain = a.substr(at + 1);
  const auto dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && domain.back() != '.' &&
         domain.find("..") == std::string_view::npos;
}

std::string check_email(const std::string& address, const char* field) {
  const std::string e(trim(address));
  if (e.empty()) throw FieldError(field, "Vul uw e-mailadres in.");
  if (!valid_email(e))
    throw FieldError(field, "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
  return e;
}

bool header_safe(std::string_view text) {
  return std::none_of(text.begin(), text.end(),
                      [](char c) { return control(static_cast<unsigned char>(c)); });
}

void check_header_text(std::string_view text, const char* field, const char* what) {
  if (!header_safe(text))
    throw FieldError(field, fmt::format("{} mag geen regeleinden of tabs bevatten.", what));
}

}  // namespace leefbaar
