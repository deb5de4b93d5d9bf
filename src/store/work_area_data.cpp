#include "store/work_area_data.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/errors.hpp"

namespace leefbaar::store {

namespace {

double real_or_missing(const Row& r, const char* column) {
  return r.optional_real(column).value_or(kMissing);
}

struct ImportRef {
  std::int64_t id = 0;
  std::string file, sha256, level;
};

std::vector<ImportRef> imports_of(Database& db, std::int64_t work_area, const std::string& kind) {
  return db
      .query(
          "SELECT id, file, sha256, level FROM imports WHERE work_area_id = ? AND kind = ? ORDER "
          "BY id")
      .bind(work_area, kind)
      .all([](const Row& r) {
        return ImportRef{r.int64("id"), r.text("file"), r.text("sha256"), r.text("level")};
      });
}

// The import's rows read back: a Read with the import's file name, then add(read, row) for each
// row that sql (one parameter: the import's id) selects.
template <class Read, class Add>
Read read_import(Database& db, const ImportRef& ref, std::string_view sql, Add add) {
  Read out;
  out.file = ref.file;
  auto q = db.query(sql);
  q.bind(ref.id);
  while (auto row = q.next()) add(out, *row);
  return out;
}

// The newest import of the kind, its file's checksum added to d; nullopt when there is none.
std::optional<ImportRef> latest(Database& db, std::int64_t work_area, const std::string& kind,
                                ProgrammeData& d) {
  const auto refs = imports_of(db, work_area, kind);
  if (refs.empty()) return std::nullopt;
  d.checksums.push_back({kind, refs.back().file, refs.back().sha256});
  return refs.back();
}

ScoreLevel score_level_of(const std::string& name) {
  for (int l = 0; l < kScoreLevelCount; ++l) {
    if (to_string(static_cast<ScoreLevel>(l)) == name) return static_cast<ScoreLevel>(l);
  }
  throw std::runtime_error("store: unknown score level " + name);
}

ScoreTable read_scores(Database& db, const ImportRef& ref) {
  const ScoreLevel level = score_level_of(ref.level);
  long long row = 1;
  ScoreTable t = read_import<ScoreTable>(
      db, ref,
      "SELECT code, jaar, lbm, afw, fys, onv, soc, vrz, won FROM score_rows WHERE import_id = ? "
      "ORDER BY rowid",
      [&](ScoreTable& table, const Row& stored) {
        ScoreRow r;
        r.code = stored.text("code");
        r.year = stored.integer("jaar");
        r.lbm = real_or_missing(stored, "lbm");
        for (int d = 0; d < kDimCount; ++d)
          r.scores.v[d] = real_or_missing(stored, std::string(kDimNames[d]).c_str());
        r.row = ++row;
        ++table.rows_per_edition[r.year];
        table.rows.push_back(std::move(r));
      });
  t.level = level;
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

std::optional<AreaLayer> read_layer(Database& db, std::int64_t work_area,
                                    const std::string& import_kind) {
  const auto refs = imports_of(db, work_area, import_kind);
  if (refs.empty()) return std::nullopt;
  AreaLayer layer = read_import<AreaLayer>(
      db, refs.back(),
      "SELECT code, name, wijk_code, gemeente_code, geometry_rd FROM areas WHERE import_id = ? "
      "ORDER BY code",
      [](AreaLayer& out, const Row& row) {
        Area a;
        a.code = row.text("code");
        a.name = row.text("name");
        a.wijk_code = row.text("wijk_code");
        a.gemeente_code = row.text("gemeente_code");
        a.geometry = geometry_of(row.text("geometry_rd"));
        out.areas.push_back(std::move(a));
      });
  layer.source_crs = "EPSG:28992";
  layer.features = static_cast<long long>(layer.areas.size());
  return layer;
}

LocationSource location_source_of(const std::string& name) {
  for (auto ls : {LocationSource::rd, LocationSource::wgs84, LocationSource::postcode,
                  LocationSource::buurtcode, LocationSource::none})
    if (to_string(ls) == name) return ls;
  return StockUnit{}.source;
}

Stock read_stock_rows(Database& db, const ImportRef& ref) {
  return read_import<Stock>(
      db, ref,
      "SELECT unit_id, x, y, postcode, huisnummer, buurtcode, complex, daeb, source, row FROM "
      "stock_units WHERE import_id = ? ORDER BY row",
      [](Stock& stock, const Row& row) {
        StockUnit u;
        u.id = row.text("unit_id");
        u.x = real_or_missing(row, "x");
        u.y = real_or_missing(row, "y");
        u.postcode = row.text("postcode");
        u.huisnummer = row.text("huisnummer");
        u.buurtcode = row.text("buurtcode");
        u.complex = row.text("complex");
        if (!row.is_null("daeb")) u.daeb = row.boolean("daeb");
        u.source = location_source_of(row.text("source"));
        u.row = row.int64("row");
        ++stock.per_source[static_cast<int>(u.source)];
        stock.units.push_back(std::move(u));
      });
}

PostcodeTable read_postcodes(Database& db, const ImportRef& ref) {
  return read_import<PostcodeTable>(
      db, ref,
      "SELECT postcode, huisnummer, buurt, wijk, gemeente FROM pc6hnr_rows WHERE import_id = ?",
      [](PostcodeTable& t, const Row& row) {
        const std::string pc6 = row.text("postcode");
        ++t.rows;
        t.known_pc6.insert(pc6);
        t.by_address.emplace(
            PostcodeTable::key(pc6, row.int64("huisnummer")),
            AddressLocation{row.text("buurt"), row.text("wijk"), row.text("gemeente")});
      });
}

GridLayer read_grid_cells(Database& db, const ImportRef& ref) {
  GridLayer g = read_import<GridLayer>(
      db, ref, "SELECT grid_id, cell_x, cell_y FROM grid_cells WHERE import_id = ?",
      [](GridLayer& grid, const Row& row) {
        grid.cell_of_grid_id.emplace(row.text("grid_id"),
                                     Point{row.real("cell_x"), row.real("cell_y")});
      });
  g.source_crs = "EPSG:28992";
  g.features = static_cast<long long>(g.cell_of_grid_id.size());
  return g;
}

Actuals read_actual_rows(Database& db, const ImportRef& ref) {
  long long row = 1;
  return read_import<Actuals>(
      db, ref,
      "SELECT gemeente, jaar, bedrag, categorie FROM actuals WHERE import_id = ? ORDER BY rowid",
      [&](Actuals& actuals, const Row& r) {
        actuals.rows.push_back(
            {r.text("gemeente"), r.integer("jaar"), r.real("bedrag"), r.text("categorie"), ++row});
      });
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

int newest_edition(const ProgrammeData& d) {
  int newest = 0;
  for (const auto& t : d.scores)
    for (const auto& [year, n] : t.rows_per_edition) newest = std::max(newest, year);
  return newest;
}

}  // namespace

ProgrammeData load_work_area_data(Database& db, std::int64_t work_area,
                                  const ProgrammeParams& params) {
  ProgrammeData d;
  d.run.params = params;
  if (const auto grid = latest(db, work_area, "grid", d)) d.grid = read_grid_cells(db, *grid);
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
  if (params.edition == 0) d.run.params.edition = newest_edition(d);
  check_edition(d, d.run.params.edition, "editie");
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

  const auto stock = latest(db, work_area, "stock", d);
  if (!stock) throw InputError("Het woningbezit is nog niet ingelezen (Gegevens).");
  d.stock = read_stock_rows(db, *stock);
  if (const auto pc = latest(db, work_area, "pc6hnr", d)) d.pc6hnr = read_postcodes(db, *pc);
  if (const auto act = latest(db, work_area, "actuals", d)) d.actuals = read_actual_rows(db, *act);
  return d;
}

std::vector<WijkChoice> list_wijken(Database& db, std::int64_t work_area) {
  auto q = db.query(R"sql(
    SELECT a.code AS code, a.name AS name, COALESCE(g.name, a.gemeente_code, '') AS gemeente
    FROM areas a
    LEFT JOIN areas g ON g.work_area_id = a.work_area_id AND g.kind = 'gemeente'
                     AND g.code = a.gemeente_code
    WHERE a.work_area_id = ? AND a.kind = 'wijk'
    ORDER BY gemeente, a.name)sql");
  return q.bind(work_area).all([](const Row& r) {
    return WijkChoice{r.text("code"), r.text("name"), r.text("gemeente")};
  });
}

}  // namespace leefbaar::store
