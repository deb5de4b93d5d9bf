#pragma once
// CBS area codes: BU + 4 gemeente + 2 wijk + 2 buurt characters, WK + 6, GM + 4. Inputs write them
// with or without the prefix and as bare numbers (pc6hnr: 1060101); these helpers make one form.
#include <optional>
#include <string>
#include <string_view>

namespace leefbaar::codes {

// "1060101" -> "BU01060101", "bu01060101" -> "BU01060101"; other text is upper-cased and kept
// (Amsterdam's "BU0363AB10" is valid). Empty stays empty.
std::string buurt(std::string_view text);
std::string wijk(std::string_view text);
std::string gemeente(std::string_view text);
// "9401" -> "9401"; "9401.0" or 9401 from a spreadsheet too; nullopt when not 4 digits.
std::optional<std::string> pc4(std::string_view text);

// The wijk and gemeente a standard buurt code implies; nullopt for non-standard codes.
std::optional<std::string> wijk_of_buurt(std::string_view buurt_code);
std::optional<std::string> gemeente_of_buurt(std::string_view buurt_code);
std::optional<std::string> gemeente_of_wijk(std::string_view wijk_code);

}  // namespace leefbaar::codes
