#pragma once
// Text from files as the store keeps it: UTF-8, always. Every reader passes its text through
// these functions (the CSV reader the whole file, the layer readers every field), so nothing
// stored is invalid UTF-8 and the pages that show it cannot fail on it.
#include <optional>
#include <string>
#include <string_view>

namespace leefbaar {

// True when the bytes are valid UTF-8 (GDAL's CPLIsUTF8).
bool is_utf8(std::string_view bytes);

// Windows-1252 (what Excel writes as "CSV") to UTF-8 with glibc's iconv; nullopt when a byte has
// no character in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D), so the text is something else.
std::optional<std::string> windows1252_to_utf8(std::string_view bytes);

// What a person is told about text that is not UTF-8 in a format that must be UTF-8.
inline constexpr const char* kNotUtf8 =
    "de tekst is geen geldige UTF-8; het bestand is beschadigd of in een andere tekenset "
    "opgeslagen. Sla het op met UTF-8 als tekenset en lees het opnieuw in";

// A text value from a file: returned as is when it is UTF-8; otherwise InputError naming where
// ("FILE, rij N") and what to do. For formats that are UTF-8 by definition (GeoPackage, GeoJSON,
// XLSX), where other bytes mean a broken file rather than another encoding.
std::string checked_text(std::string value, std::string_view where);

}  // namespace leefbaar
