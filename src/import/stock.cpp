#include "import/stock.hpp"

#include <fmt/format.h>

#include <map>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/codes.hpp"
#include "import/reproject.hpp"
#include "import/table_reader.hpp"

namespace leefbaar {

std::string_view to_string(LocationSource source) {
  static constexpr std::string_view names[] = {"rd", "wgs84", "postcode", "buurtcode", "none"};
  return names[static_cast<int>(source)];
}

StockColumns StockColumns::guess(const std::vector<std::string>& columns) {
  auto pick = [&columns](std::initializer_list<std::string_view> names) -> std::string {
    for (auto name : names) {
      for (const auto& c : columns) {
        if (iequals(c, name)) return c;
      }
    }
    return {};
  };
  StockColumns out;
  out.id = pick({"id", "vhe", "vhe_nummer", "vhe-nummer", "eenheid"});
  out.x = pick({"x", "rd_x"});
  out.y = pick({"y", "rd_y"});
  out.lat = pick({"lat", "latitude"});
  out.lon = pick({"lon", "lng", "longitude"});
  out.postcode = pick({"postcode"});
  out.huisnummer = pick({"huisnummer"});
  out.buurtcode = pick({"buurtcode", "bu_code"});
  out.complex = pick({"complex", "complexnummer"});
  out.daeb = pick({"daeb"});
  return out;
}

namespace {

struct ColumnIndex {
  int id = -1, x = -1, y = -1, lat = -1, lon = -1, postcode = -1, huisnummer = -1, buurtcode = -1,
      complex = -1, daeb = -1;
};

ColumnIndex resolve(const TableReader& table, const StockColumns& columns) {
  auto need = [&table](const std::string& name, std::string_view field) {
    if (name.empty()) return -1;
    return table.require(name, fmt::format("(mapped to '{}' in [stock.columns])", field));
  };
  if (columns.id.empty())
    throw InputError(fmt::format("{}: no column is mapped to the unit id ([stock.columns] id)",
                                 table.display()));
  return {need(columns.id, "id"),
          need(columns.x, "x"),
          need(columns.y, "y"),
          need(columns.lat, "lat"),
          need(columns.lon, "lon"),
          need(columns.postcode, "postcode"),
          need(columns.huisnummer, "huisnummer"),
          need(columns.buurtcode, "buurtcode"),
          need(columns.complex, "complex"),
          need(columns.daeb, "daeb")};
}

std::string cell(const TableRow& row, int column) {
  return column < 0 || is_empty_cell(row[column]) ? std::string{} : std::string(trim(row[column]));
}

void check_duplicates(const Stock& stock) {
  std::map<std::string, std::vector<long long>> rows_of;
  for (const auto& u : stock.units) rows_of[u.id].push_back(u.row);
  std::vector<std::string> listed;
  for (const auto& [id, rows] : rows_of) {
    if (rows.size() < 2) continue;
    std::vector<std::string> r;
    for (auto n : rows) r.push_back(std::to_string(n));
    listed.push_back(fmt::format("'{}' (rows {})", id, join(r, ", ")));
  }
  if (listed.empty()) return;
  const std::size_t shown = std::min<std::size_t>(listed.size(), 20);
  std::vector<std::string> head(listed.begin(), listed.begin() + static_cast<long>(shown));
  throw InputError(fmt::format(
      "{}: {} duplicate unit ids; every unit id must be unique: {}{}", stock.file, listed.size(),
      join(head, "; "),
      listed.size() > shown ? fmt::format("; and {} more", listed.size() - shown) : ""));
}

}  // namespace

Stock read_stock(const std::filesystem::path& path, const StockColumns& columns,
                 const std::string& display) {
  TableReader table(path, display);
  const ColumnIndex c = resolve(table, columns);
  Stock stock = table.begin_result<Stock>();
  stock.columns = table.columns();
  const WgsToRd wgs_to_rd;

  TableRow row;
  while (table.next(row)) {
    StockUnit u;
    u.row = row.number;
    u.id = cell(row, c.id);
    if (u.id.empty()) table.fail(row, c.id, "a unit id");
    const auto x = table.number(row, c.x, true), y = table.number(row, c.y, true);
    const auto lat = table.number(row, c.lat, true), lon = table.number(row, c.lon, true);
    u.postcode = normalise_postcode(cell(row, c.postcode));
    u.huisnummer = cell(row, c.huisnummer);
    u.buurtcode = codes::buurt(cell(row, c.buurtcode));
    u.complex = cell(row, c.complex);
    if (c.daeb >= 0 && !is_empty_cell(row[c.daeb])) {
      u.daeb = parse_yes_no(row[c.daeb]);
      if (!u.daeb) table.fail(row, c.daeb, "ja/nee, yes/no or 1/0");
    }
    if (x && y) {
      u.source = LocationSource::rd;
      u.x = *x;
      u.y = *y;
    } else if (lat && lon) {
      u.source = LocationSource::wgs84;
      Point p;
      if (!wgs_to_rd.convert(*lon, *lat, p)) {
        table.fail(row, c.lat, "a WGS84 latitude (-90..90) with a longitude (-180..180)");
      }
      u.x = p.x;
      u.y = p.y;
    } else if (!u.postcode.empty() && !u.huisnummer.empty()) {
      u.source = LocationSource::postcode;
    } else if (!u.buurtcode.empty()) {
      u.source = LocationSource::buurtcode;
    }
    ++stock.per_source[static_cast<int>(u.source)];
    stock.units.push_back(std::move(u));
  }
  check_duplicates(stock);
  return stock;
}

}  // namespace leefbaar
