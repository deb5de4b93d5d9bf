#pragma once
// A postal address as residents and staff type it and as every register is matched on it: the
// postcode "9401AB", the house number and the addition upper case ("A", "2"). One support, one
// Christmas tree request and one rate limit per address count by its key.
#include <string>

namespace leefbaar::neighbourhood {

struct Address {
  std::string postcode;
  int huisnummer = 0;
  std::string toevoeging;
  std::string key() const;  // "9401AB 12" or "9401AB 12-A": one support per key
};

// An address as the form's fields hold it, before it is parsed (a portal request parses it only
// after its rate limit is counted).
struct AddressText {
  std::string postcode, huisnummer, toevoeging;
  // Whether the postcode or the house number is filled in (not only spaces).
  bool given() const;
};

// Throws FieldError("postcode" / "huisnummer" / "toevoeging") with a Dutch message. "12a" or
// "12-2" in the house number field: the rest is the addition.
Address parse_address(const std::string& postcode, const std::string& huisnummer,
                      const std::string& toevoeging = {});
inline Address parse_address(const AddressText& text) {
  return parse_address(text.postcode, text.huisnummer, text.toevoeging);
}

}  // namespace leefbaar::neighbourhood
