#include "import/actuals.hpp"

#include "core/text.hpp"
#include "import/table_reader.hpp"

namespace leefbaar {

namespace {
// "€ 800.000" or "800000,00 EUR": the currency is decoration.
std::string strip_currency(std::string text) {
  for (std::string_view mark : {"€", "EUR", "eur"}) {
    for (auto pos = text.find(mark); pos != std::string::npos; pos = text.find(mark))
      text.erase(pos, mark.size());
  }
  std::erase(text, ' ');
  return text;
}
}  // namespace

Actuals read_actuals(const std::filesystem::path& path, const std::string& display) {
  TableReader table(path, display);
  Actuals out = table.begin_result<Actuals>();
  const int gemeente = table.require("gemeente");
  const int jaar = table.require("jaar");
  const int bedrag = table.require("bedrag");
  const int categorie = table.find("categorie");
  TableRow row;
  while (table.next(row)) {
    ActualRow a;
    a.row = row.number;
    a.gemeente = std::string(trim(row[gemeente]));
    if (a.gemeente.empty())
      table.fail(row, gemeente, "een gemeentecode (zoals GM0106) of de naam van een gemeente");
    const auto year = table.integer(row, jaar, false);
    a.year = static_cast<int>(*year);
    row.cells[static_cast<std::size_t>(bedrag)] = strip_currency(row[bedrag]);
    a.amount = *table.number(row, bedrag, false);
    if (categorie >= 0) a.category = std::string(trim(row[categorie]));
    out.rows.push_back(std::move(a));
  }
  return out;
}

}  // namespace leefbaar
