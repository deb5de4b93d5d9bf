#include "neighbourhood/addresses.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace leefbaar::neighbourhood {

std::string Address::key() const {
  return toevoeging.empty() ? fmt::format("{} {}", postcode, huisnummer)
                            : fmt::format("{} {}-{}", postcode, huisnummer, toevoeging);
}

bool AddressText::given() const {
  return !trim(postcode).empty() || !trim(huisnummer).empty();
}

Address parse_address(const std::string& postcode, const std::string& huisnummer,
                      const std::string& toevoeging) {
  Address a;
  for (char c : postcode)
    if (!std::isspace(static_cast<unsigned char>(c)))
      a.postcode += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const bool ok = a.postcode.size() == 6 && a.postcode[0] >= '1' && a.postcode[0] <= '9' &&
                  std::all_of(a.postcode.begin(), a.postcode.begin() + 4,
                              [](char c) { return c >= '0' && c <= '9'; }) &&
                  std::all_of(a.postcode.begin() + 4, a.postcode.end(),
                              [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!ok) throw FieldError("postcode", "Vul een postcode in zoals 9401 AB.");
  std::string nr(trim(huisnummer));
  std::size_t digits = 0;
  while (digits < nr.size() && std::isdigit(static_cast<unsigned char>(nr[digits]))) ++digits;
  if (digits == 0 || digits > 5) throw FieldError("huisnummer", "Vul een huisnummer in, zoals 12.");
  a.huisnummer = std::stoi(nr.substr(0, digits));
  if (a.huisnummer <= 0) throw FieldError("huisnummer", "Vul een huisnummer in, zoals 12.");
  std::string extra = nr.substr(digits) + std::string(trim(toevoeging));
  for (char c : extra)
    if (std::isalnum(static_cast<unsigned char>(c)))
      a.toevoeging += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (a.toevoeging.size() > 6)
    throw FieldError("toevoeging", "Gebruik een toevoeging van hoogstens 6 tekens.");
  return a;
}

}  // namespace leefbaar::neighbourhood
