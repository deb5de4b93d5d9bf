#pragma once
// Small helpers for writing the sample's files byte-identically on every run.
#include <filesystem>
#include <string>
#include <string_view>

namespace leefbaar::sample {

inline constexpr std::string_view kLabel = "SYNTHETISCH VOORBEELD - geen echte gegevens";

// Writes text to dir/relative (creating folders); throws leefbaar::InputError when it cannot.
void write_text_file(const std::filesystem::path& dir, const std::string& relative,
                     const std::string& text);

// Fixed-point with the given decimals; decimal_comma writes "1,5" instead of "1.5".
std::string fixed(double v, int decimals, bool decimal_comma = false);
// Fixed-point with up to three decimals and no trailing zeros (coordinates in metres).
std::string metres(double v);
// 15 significant digits, the shortest form ("0.0123456789012345").
std::string significant(double v);
// Parses what significant() wrote, exactly as a reader would.
double read_back(const std::string& text);

std::string json_string(std::string_view s);

}  // namespace leefbaar::sample
