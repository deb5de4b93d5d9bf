#include "store/work_area_data.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/errors.hpp"

namespace leefbaar::store {

namespace {

double real_or_missing(const SQLite::Column& c) {
  return c.isNull() ? kMissing : c.getDouble();
}

std::string text_or_empty(const SQLite::Column& c) {
  return c.isNull() ? std::string{} : c.getString();
}

struct ImportRef {
  std::int64_t id = 0;
  std::string file, sha256, level;
};

std::vector<ImportRef> imports_of(SQLite::Database& db, std::int64_t work_area,
                                  const std::string& kind) {
  SQLite::Statement q(db,
                      "SELECT id, file, sha256, COALESCE(level, '') FROM imports WHERE "
                      "work_area_id = ? AND kind = ? ORDER BY id");
  q.bind(1, work_area);
  q.bind(2, kind);
  std::vector<ImportRef> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString()});
  return out;
}

ScoreLevel score_level_of(const std::string& name) {
  for (int l = 0; l < kScoreLevelCount; ++l) {
    if (to_string(static_cast<ScoreLevel>(l)) == name) return static_cast<ScoreLevel>(l);
  }
  throw std::runtime_error("store: unknown score level " + name);
}

ScoreTable read_scores(SQLite::Database& db, const ImportRef& ref) {
  ScoreTable t;
  t.file = ref.file;
  t.level = score_level_of(ref.level);
  SQLite::Statement q(db,
                      "SELECT code, jaar, lbm, afw, fys, onv, soc, vrz, won FROM score_rows "
                      "WHERE import_id = ? ORDER BY rowid");
  q.bind(1, ref.id);
  long long row = 1;
  while (q.executeStep()) {
    ScoreRow r;
    r.code = q.getColumn(0).getString();
    r.year = q.getColumn(1).getInt();
    r.lbm = real_or_missing(q.getColumn(2));
    for (int d = 0; d < kDimCount; ++d) r.scores.v[d] = real_or_missing(q.getColumn(3 + d));
    r.row = ++row;
    ++t.rows_per_edition[r.year];
    t.rows.push_back(std::move(r));
  }
  return t;
}

// The stored GeoJSON MultiPolygon back into rings without the closing point.
MultiPolygon geometry_of(const std::string& json) {
  MultiPolygon g;
  const auto j = nlohmann::json::parse(json);
  for (const auto& polygon : j.at("coordinates")) {
    Polygon part;
    for (const auto& ring : polygon) {
      Ring r;
      for (const auto& p : ring) r.push_back({p[0].get<double>(), p[1].get<double>()});
      if (r.size() > 1) r.pop_back();
      part.rings.push_back(std::move(r));
    }
    g.parts.push_back(std::move(part));
  }
  return g;
}

std::optional<AreaLayer> read_layer(SQLite::Database& db, std::int64_t work_area,
                                    const std::string& import_kind) {
  const auto refs = imports_of(db, work_area, import_kind);
  if (refs.empty()) return std::nullopt;
  AreaLayer layer;
  layer.file = refs.back().file;
  layer.source_crs = "EPSG:28992";
  SQLite::Statement q(db,
                      "SELECT code, name, wijk_code, gemeente_code, geometry_rd FROM areas WHERE "
                      "import_id = ? ORDER BY code");
  q.bind(1, refs.back().id);
  while (q.executeStep()) {
    Area a;
    a.code = q.getColumn(0).getString();
    a.name = q.getColumn(1).getString();
    a.wijk_code = text_or_empty(q.getColumn(2));
    a.gemeente_code = text_or_empty(q.getColumn(3));
    a.geometry = geometry_of(q.getColumn(4).getString());
    layer.areas.push_back(std::move(a));
  }
  layer.features = static_cast<long long>(layer.areas.size());
  return layer;
}

Stock read_stock_rows(SQLite::Database& db, const ImportRef& ref) {
  Stock s;
  s.file = ref.file;
  SQLite::Statement q(db,
                      "SELECT unit_id, x, y, postcode, huisnummer, buurtcode, complex, daeb, "
                      "source, row FROM stock_units WHERE import_id = ? ORDER BY row");
  q.bind(1, ref.id);
  while (q.executeStep()) {
    StockUnit u;
    u.id = q.getColumn(0).getString();
    u.x = real_or_missing(q.getColumn(1));
    u.y = real_or_missing(q.getColumn(2));
    u.postcode = text_or_empty(q.getColumn(3));
    u.huisnummer = text_or_empty(q.getColumn(4));
    u.buurtcode = text_or_empty(q.getColumn(5));
    u.complex = text_or_empty(q.getColumn(6));
    if (!q.getColumn(7).isNull()) u.daeb = q.getColumn(7).getInt() != 0;
    const std::string source = q.getColumn(8).getString();
    for (auto ls : {LocationSource::rd, LocationSource::wgs84, LocationSource::postcode,
                    LocationSource::buurtcode, LocationSource::none}) {
      if (to_string(ls) == source) u.source = ls;
    }
    u.row = q.getColumn(9).getInt64();
    ++s.per_source[static_cast<int>(u.source)];
    s.units.push_back(std::move(u));
  }
  return s;
}

PostcodeTable read_postcodes(SQLite::Database& db, const ImportRef& ref) {
  PostcodeTable t;
  t.file = ref.file;
  SQLite::Statement q(db,
                      "SELECT postcode, huisnummer, buurt, wijk, gemeente FROM pc6hnr_rows WHERE "
                      "import_id = ?");
  q.bind(1, ref.id);
  while (q.executeStep()) {
    const std::string pc6 = q.getColumn(0).getString();
    ++t.rows;
    t.known_pc6.insert(pc6);
    t.by_address.emplace(PostcodeTable::key(pc6, q.getColumn(1).getInt64()),
                         AddressLocation{q.getColumn(2).getString(), q.getColumn(3).getString(),
                                         q.getColumn(4).getString()});
  }
  return t;
}

GridLayer read_grid_cells(SQLite::Database& db, const ImportRef& ref) {
  GridLayer g;
  g.file = ref.file;
  g.source_crs = "EPSG:28992";
  SQLite::Statement q(db, "SELECT grid_id, cell_x, cell_y FROM grid_cells WHERE import_id = ?");
  q.bind(1, ref.id);
  while (q.executeStep())
    g.cell_of_grid_id.emplace(q.getColumn(0).getString(),
                              Point{q.getColumn(1).getDouble(), q.getColumn(2).getDouble()});
  g.features = static_cast<long long>(g.cell_of_grid_id.size());
  return g;
}

Actuals read_actual_rows(SQLite::Database& db, const ImportRef& ref) {
  Actuals a;
  a.file = ref.file;
  SQLite::Statement q(db,
                      "SELECT gemeente, jaar, bedrag, categorie FROM actuals WHERE import_id = ? "
                      "ORDER BY rowid");
  q.bind(1, ref.id);
  long long row = 1;
  while (q.executeStep())
    a.rows.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt(),
                      q.getColumn(2).getDouble(), text_or_empty(q.getColumn(3)), ++row});
  return a;
}

void check_edition(const ProgrammeData& d, int year, std::string_view role) {
  std::set<int> available;
  for (const auto& t : d.scores) {
    if (t.has_edition(year)) return;
    for (const auto& [y, n] : t.rows_per_edition) available.insert(y);
  }
  std::vector<std::string> years;
  for (int y : available) years.push_back(std::to_string(y));
  throw FieldError("edition", fmt::format("De {} {} staat in geen van de ingelezen scoretabellen; "
                                          "die hebben de edities {}.",
                                          role, year, fmt::join(years, ", ")));
}

}  // namespace

ProgrammeData load_work_area_data(Database& database, std::int64_t work_area,
                                  const ProgrammeParams& params) {
  auto& db = database.sql();
  ProgrammeData d;
  d.run.params = params;
  if (const auto grid = imports_of(db, work_area, "grid"); !grid.empty()) {
    d.grid = read_grid_cells(db, grid.back());
    d.checksums.push_back({"grid", grid.back().file, grid.back().sha256});
  }
  for (const auto& ref : imports_of(db, work_area, "scores")) {
    d.checksums.push_back({"scores", ref.file, ref.sha256});
    if (ref.level == to_string(ScoreLevel::grid) && !d.grid) {
      d.warnings.push_back(
          fmt::format("{}: scores per gridcel tellen niet mee zolang de "
                      "gridvlakken (grid) niet zijn ingelezen",
                      ref.file));
      continue;
    }
    d.scores.push_back(read_scores(db, ref));
  }
  if (d.scores.empty())
    throw InputError("Er zijn nog geen Leefbaarometer-scores ingelezen (Gegevens).");
  check_edition(d, params.edition, "editie");
  if (params.trend) {
    check_edition(d, params.trend->first, "trendeditie");
    check_edition(d, params.trend->second, "trendeditie");
  }

  auto buurten = read_layer(db, work_area, "buurten");
  if (!buurten) throw InputError("Er zijn nog geen buurtvlakken ingelezen (Gegevens).");
  d.buurten = std::move(*buurten);
  d.checksums.push_back(
      {"buurten", d.buurten.file, imports_of(db, work_area, "buurten")[0].sha256});
  d.wijken = read_layer(db, work_area, "wijken");
  d.gemeenten = read_layer(db, work_area, "gemeenten");

  const auto stock = imports_of(db, work_area, "stock");
  if (stock.empty()) throw InputError("Het woningbezit is nog niet ingelezen (Gegevens).");
  d.stock = read_stock_rows(db, stock.back());
  d.checksums.push_back({"stock", stock.back().file, stock.back().sha256});
  if (const auto pc = imports_of(db, work_area, "pc6hnr"); !pc.empty()) {
    d.pc6hnr = read_postcodes(db, pc.back());
    d.checksums.push_back({"pc6hnr", pc.back().file, pc.back().sha256});
  }
  if (const auto act = imports_of(db, work_area, "actuals"); !act.empty()) {
    d.actuals = read_actual_rows(db, act.back());
    d.checksums.push_back({"actuals", act.back().file, act.back().sha256});
  }
  return d;
}

}  // namespace leefbaar::store
