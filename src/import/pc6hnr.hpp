#pragma once
// The CBS table 'buurt, wijk en gemeente voor postcode huisnummer' (pc6hnrYYYY0801_gwb.csv):
// PC6;Huisnummer;BuurtYYYY;WijkYYYY;GemeenteYYYY, with numeric codes.
#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace leefbaar {

struct AddressLocation {
  std::string buurt, wijk, gemeente;  // prefixed and zero-padded (BU01060101, WK010601, GM0106)
};

struct PostcodeTable {
  std::string file;
  long long rows = 0;
  std::unordered_set<std::string> known_pc6;
  std::unordered_map<std::string, AddressLocation> by_address;  // key: PC6 + ':' + number
  std::vector<std::string> warnings;  // about the file as a whole (a converted encoding)

  static std::string key(const std::string& pc6, long long number);
  // nullptr when the address is unknown.
  const AddressLocation* find(const std::string& pc6, long long number) const;
};

// wanted: the PC6 codes the stock needs; rows for other postcodes are counted but not kept, so
// the national table (millions of rows) costs little memory. Empty: keep everything.
PostcodeTable read_pc6hnr(const std::filesystem::path& path,
                          const std::unordered_set<std::string>& wanted,
                          const std::string& display = {});

}  // namespace leefbaar
