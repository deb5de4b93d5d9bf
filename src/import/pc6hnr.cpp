#include "import/pc6hnr.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/codes.hpp"
#include "import/table_reader.hpp"

namespace leefbaar {

namespace {
// BuurtYYYY, WijkYYYY, GemeenteYYYY: the year differs per edition of the table.
int column_with_prefix(const TableReader& table, std::string_view prefix) {
  for (std::size_t i = 0; i < table.columns().size(); ++i) {
    if (to_lower(table.columns()[i]).starts_with(prefix)) return static_cast<int>(i);
  }
  std::vector<std::string> present;
  for (const auto& c : table.columns()) present.push_back("'" + c + "'");
  throw InputError(fmt::format(
      "{}: de verplichte kolom '{}JJJJ' (bijvoorbeeld {}2023) ontbreekt; verwacht de pc6hnr-tabel "
      "van het CBS, met de kolommen PC6;Huisnummer;BuurtJJJJ;WijkJJJJ;GemeenteJJJJ; de kolommen "
      "zijn: {}",
      table.display(), prefix, prefix, present.empty() ? "(geen)" : join(present, ", ")));
}
}  // namespace

std::string PostcodeTable::key(const std::string& pc6, long long number) {
  return fmt::format("{}:{}", pc6, number);
}

const AddressLocation* PostcodeTable::find(const std::string& pc6, long long number) const {
  auto it = by_address.find(key(pc6, number));
  return it == by_address.end() ? nullptr : &it->second;
}

PostcodeTable read_pc6hnr(const std::filesystem::path& path,
                          const std::unordered_set<std::string>& wanted,
                          const std::string& display) {
  TableReader table(path, display);
  PostcodeTable out = table.begin_result<PostcodeTable>();
  const int pc6 = table.require("pc6");
  const int number = table.require("huisnummer");
  const int buurt = column_with_prefix(table, "buurt");
  const int wijk = column_with_prefix(table, "wijk");
  const int gemeente = column_with_prefix(table, "gemeente");
  TableRow row;
  while (table.next(row)) {
    ++out.rows;
    const std::string postcode = normalise_postcode(row[pc6]);
    if (!wanted.empty() && wanted.count(postcode) == 0) continue;
    const auto n = table.integer(row, number, false);
    if (is_empty_cell(row[buurt])) table.fail(row, buurt, "een buurtcode, zoals BU01060101");
    out.known_pc6.insert(postcode);
    out.by_address.emplace(PostcodeTable::key(postcode, *n),
                           AddressLocation{codes::buurt(row[buurt]), codes::wijk(row[wijk]),
                                           codes::gemeente(row[gemeente])});
  }
  return out;
}

}  // namespace leefbaar
