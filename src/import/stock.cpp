#include "import/stock.hpp"

#include <fmt/format.h>

#include <map>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/codes.hpp"
#include "import/point_layer.hpp"
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
  // After the corporation's own numbers, the BAG id of the address (verblijfsobject), which a GIS
  // export of the stock often carries instead.
  out.id = pick({"id", "vhe", "vhe_nummer", "vhe-nummer", "eenheid", "identificatie", "bag_id",
                 "bagid_vbo", "vbo_id"});
  out.x = pick({"x", "rd_x"});
  out.y = pick({"y", "rd_y"});
  out.lat = pick({"lat", "latitude"});
  out.lon = pick({"lon", "lng", "longitude"});
  out.postcode = pick({"postcode"});
  out.huisnummer = pick({"huisnummer"});
  out.buurtcode = pick({"buurtcode", "bu_code"});
  out.complex = pick({"complex", "complexnummer"});
  out.daeb = pick({"daeb"});
  out.straat = pick(
      {"straat", "straatnaam", "openbare_ruimte", "openbare_ruimte_naam", "openbareruimtenaam"});
  out.plaats = pick({"plaats", "woonplaats", "woonplaats_naam", "woonplaatsnaam"});
  return out;
}

bool StockColumns::empty() const {
  return id.empty() && x.empty() && y.empty() && lat.empty() && lon.empty() && postcode.empty() &&
         huisnummer.empty() && buurtcode.empty() && complex.empty() && daeb.empty();
}

namespace {

struct ColumnIndex {
  int id = -1, x = -1, y = -1, lat = -1, lon = -1, postcode = -1, huisnummer = -1, buurtcode = -1,
      complex = -1, daeb = -1, straat = -1, plaats = -1;
};

std::string listed(const std::vector<std::string>& names) {
  std::vector<std::string> quoted;
  for (const auto& n : names) quoted.push_back("'" + n + "'");
  return quoted.empty() ? "(geen)" : join(quoted, ", ");
}

int index_of(const std::vector<std::string>& names, const std::string& name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (iequals(trim(names[i]), name)) return static_cast<int>(i);
  return -1;
}

// The columns (or a layer's fields) for each mapped field; a mapped name the file lacks is an
// error that lists what the file has.
ColumnIndex resolve(const std::vector<std::string>& names, const StockColumns& columns,
                    const std::string& file, std::string_view what) {
  if (columns.id.empty())
    throw InputError(fmt::format(
        "{}: geen {} met het nummer van de eenheid; verwacht een {} met de naam id, vhe, "
        "vhe_nummer, eenheid of identificatie (BAG); de {} zijn: {}",
        file, what, what, what == "kolom" ? "kolommen" : "velden", listed(names)));
  auto need = [&](const std::string& name, std::string_view field) {
    if (name.empty()) return -1;
    const int i = index_of(names, name);
    if (i < 0)
      throw InputError(fmt::format(
          "{}: de {} '{}' (voor '{}' in het runbestand) ontbreekt; de "
          "{} zijn: {}",
          file, what, name, field, what == "kolom" ? "kolommen" : "velden", listed(names)));
    return i;
  };
  return {
      need(columns.id, "id"), need(columns.x, "x"), need(columns.y, "y"), need(columns.lat, "lat"),
      need(columns.lon, "lon"), need(columns.postcode, "postcode"),
      need(columns.huisnummer, "huisnummer"), need(columns.buurtcode, "buurtcode"),
      need(columns.complex, "complex"), need(columns.daeb, "daeb"),
      // Unmapped street and place: the file's own columns of that name, if any.
      need(columns.straat.empty() ? StockColumns::guess(names).straat : columns.straat, "straat"),
      need(columns.plaats.empty() ? StockColumns::guess(names).plaats : columns.plaats, "plaats")};
}

std::string cell(const std::vector<std::string>& cells, int column) {
  if (column < 0) return {};
  const auto& v = cells[static_cast<std::size_t>(column)];
  return is_empty_cell(v) ? std::string{} : std::string(trim(v));
}

void check_duplicates(const Stock& stock) {
  std::map<std::string, std::vector<long long>> rows_of;
  for (const auto& u : stock.units) rows_of[u.id].push_back(u.row);
  std::vector<std::string> listed;
  for (const auto& [id, rows] : rows_of) {
    if (rows.size() < 2) continue;
    std::vector<std::string> r;
    for (auto n : rows) r.push_back(std::to_string(n));
    listed.push_back(fmt::format("'{}' (rijen {})", id, join(r, ", ")));
  }
  if (listed.empty()) return;
  const std::size_t shown = std::min<std::size_t>(listed.size(), 20);
  std::vector<std::string> head(listed.begin(), listed.begin() + static_cast<long>(shown));
  throw InputError(fmt::format(
      "{}: {} {} vaker voor; elk nummer mag maar één keer voorkomen: {}{}", stock.file,
      listed.size(),
      listed.size() == 1 ? "nummer van een eenheid komt" : "nummers van een eenheid komen",
      join(head, "; "),
      listed.size() > shown ? fmt::format("; en nog {}", listed.size() - shown) : ""));
}

// The fields of one unit that do not depend on where its location comes from.
StockUnit unit_of(const std::vector<std::string>& cells, const ColumnIndex& c, long long row) {
  StockUnit u;
  u.row = row;
  u.id = cell(cells, c.id);
  u.postcode = normalise_postcode(cell(cells, c.postcode));
  u.huisnummer = cell(cells, c.huisnummer);
  u.buurtcode = codes::buurt(cell(cells, c.buurtcode));
  u.complex = cell(cells, c.complex);
  u.straat = cell(cells, c.straat);
  u.plaats = cell(cells, c.plaats);
  return u;
}

// Without coordinates: postcode and huisnummer, else the buurtcode.
void locate_by_address(StockUnit& u) {
  if (!u.postcode.empty() && !u.huisnummer.empty())
    u.source = LocationSource::postcode;
  else if (!u.buurtcode.empty())
    u.source = LocationSource::buurtcode;
}

constexpr const char* kUnitId = "een nummer van de eenheid";
constexpr const char* kYesNo = "ja of nee (of 1 of 0)";

Stock read_stock_table(const std::filesystem::path& path, StockColumns columns,
                       const std::string& display) {
  TableReader table(path, display);
  if (columns.empty()) columns = StockColumns::guess(table.columns());
  const ColumnIndex c = resolve(table.columns(), columns, table.display(), "kolom");
  Stock stock = table.begin_result<Stock>();
  stock.columns = table.columns();
  const WgsToRd wgs_to_rd;

  TableRow row;
  while (table.next(row)) {
    StockUnit u = unit_of(row.cells, c, row.number);
    if (u.id.empty()) table.fail(row, c.id, kUnitId);
    const auto x = table.number(row, c.x, true), y = table.number(row, c.y, true);
    const auto lat = table.number(row, c.lat, true), lon = table.number(row, c.lon, true);
    if (c.daeb >= 0 && !is_empty_cell(row[c.daeb])) {
      u.daeb = parse_yes_no(row[c.daeb]);
      if (!u.daeb) table.fail(row, c.daeb, kYesNo);
    }
    if (x && y) {
      u.source = LocationSource::rd;
      u.x = *x;
      u.y = *y;
    } else if (lat && lon) {
      u.source = LocationSource::wgs84;
      Point p;
      if (!wgs_to_rd.convert(*lon, *lat, p))
        table.fail(row, c.lat, "een WGS84-breedtegraad (-90..90) met een lengtegraad (-180..180)");
      u.x = p.x;
      u.y = p.y;
    } else {
      locate_by_address(u);
    }
    ++stock.per_source[static_cast<int>(u.source)];
    stock.units.push_back(std::move(u));
  }
  check_duplicates(stock);
  return stock;
}

// A stock's messages about the CRS name the systems a GIS exports it in.
constexpr CrsMessages kStockCrs = {
    "{}: onbekend coördinatenstelsel ({}); verwacht RD New (EPSG:28992) of WGS84",
    "{}: de laag '{}' heeft geen coördinatenstelsel; verwacht RD New (EPSG:28992) of WGS84",
    "{}: het coördinatenstelsel '{}' valt niet om te rekenen naar RD New (EPSG:28992); verwacht "
    "RD New of WGS84"};

// A point layer: the point is the unit's location (in RD New); a feature without a point is
// located by its address fields, as a table row without coordinates.
Stock read_stock_layer(const std::filesystem::path& path, StockColumns columns,
                       const std::string& display) {
  Stock stock;
  stock.file = display.empty() ? path.string() : display;
  const PointLayer layer = read_point_layer(path, stock.file, kStockCrs);
  if (layer.rows.empty())
    throw InputError(
        fmt::format("{}: de laag heeft geen punten; verwacht één punt per eenheid", stock.file));
  if (columns.empty()) columns = StockColumns::guess(layer.fields);
  const ColumnIndex c = resolve(layer.fields, columns, stock.file, "veld");
  stock.columns = layer.fields;
  auto fail = [&](const PointRow& r, int field, const std::string& found, std::string_view want) {
    throw InputError(fmt::format("{}, rij {}, veld '{}': gevonden '{}', verwacht {}", stock.file,
                                 r.number, layer.fields[static_cast<std::size_t>(field)], found,
                                 want));
  };
  for (const PointRow& r : layer.rows) {
    StockUnit u = unit_of(r.cells, c, r.number);
    if (u.id.empty()) fail(r, c.id, "", kUnitId);
    const std::string daeb = cell(r.cells, c.daeb);
    if (!daeb.empty()) {
      u.daeb = parse_yes_no(daeb);
      if (!u.daeb) fail(r, c.daeb, daeb, kYesNo);
    }
    if (r.point) {
      u.source = LocationSource::rd;
      u.x = r.point->x;
      u.y = r.point->y;
    } else if (r.geometry_problem == kNoGeometry) {
      locate_by_address(u);
    } else {
      throw InputError(fmt::format("{}, rij {}: de geometrie is {}; verwacht een punt per eenheid",
                                   stock.file, r.number, r.geometry_problem));
    }
    ++stock.per_source[static_cast<int>(u.source)];
    stock.units.push_back(std::move(u));
  }
  check_duplicates(stock);
  return stock;
}

}  // namespace

Stock read_stock(const std::filesystem::path& path, const StockColumns& columns,
                 const std::string& display) {
  return is_table_file(path) ? read_stock_table(path, columns, display)
                             : read_stock_layer(path, columns, display);
}

}  // namespace leefbaar
