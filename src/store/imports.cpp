#include "store/imports.hpp"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/checksum.hpp"
#include "core/errors.hpp"
#include "core/log.hpp"
#include "import/actuals.hpp"
#include "import/bag.hpp"
#include "import/gdal_env.hpp"
#include "import/pc6hnr.hpp"
#include "import/score_table.hpp"
#include "import/table_reader.hpp"
#include "store/audit.hpp"
#include "store/work_areas.hpp"

namespace leefbaar::store {

namespace {

void bind_text_or_null(SQLite::Statement& s, int index, const std::string& v) {
  if (v.empty()) {
    s.bind(index);
  } else {
    s.bind(index, v);
  }
}

// What every import writes around its rows: the target, the replacement of the previous import of
// the kind, the import row and the audit entry.
struct ImportHeader {
  std::string organisation, work_area, actor;
  std::string kind;
  std::string level;  // scores only: the level that is replaced
  std::string file;
  std::string sha256;
  long long rows_read = 0;
  std::vector<std::string> warnings;
  bool confirm_shrink = false;
};

struct Opened {
  std::int64_t work_area = 0;
  std::int64_t import_id = 0;
};

std::string kind_label(const std::string& kind) {
  static const std::map<std::string, std::string> labels = {{"scores", "de scores"},
                                                            {"buurten", "de buurten"},
                                                            {"wijken", "de wijken"},
                                                            {"gemeenten", "de gemeenten"},
                                                            {"grid", "het raster"},
                                                            {"stock", "de woningen"},
                                                            {"pc6hnr", "de postcodetabel"},
                                                            {"bag", "de BAG-adressen"},
                                                            {"actuals", "de werkelijke uitgaven"}};
  const auto it = labels.find(kind);
  return it == labels.end() ? kind : it->second;
}

// The rows the import of the kind (scores: of the level) that would be replaced read; 0 if none.
long long rows_before(SQLite::Database& db, std::int64_t work_area, const ImportHeader& h) {
  SQLite::Statement q(db,
                      "SELECT COALESCE(SUM(rows_read), 0) FROM imports WHERE work_area_id = ? AND "
                      "kind = ? AND COALESCE(level, '') = ?");
  q.bind(1, work_area);
  q.bind(2, h.kind);
  q.bind(3, h.level);
  return q.executeStep() ? q.getColumn(0).getInt64() : 0;
}

// A file that is cut short (an unclosed quote, a wrong export) must not silently replace the
// data: less than half of the rows, or none, only when the user says so.
void check_shrink(long long before, const ImportHeader& h) {
  const long long after = h.rows_read;
  if (before == 0 || h.confirm_shrink || after * 2 >= before) return;
  const std::string label = kind_label(h.kind) + (h.level.empty() ? "" : " (" + h.level + ")");
  throw ShrinkRefused(
      fmt::format("{}: dit bestand zou {} van {} naar {} rijen terugbrengen{}. Dat is meer dan de "
                  "helft minder; daarom is er niets veranderd. Is dit de bedoeling, bevestig dan "
                  "dat u {} wilt vervangen",
                  h.file, label, before, after, after == 0 ? " (alles weg)" : "", label),
      before, after);
}

Opened open_import(SQLite::Database& db, const ImportHeader& h) {
  Opened o;
  const std::int64_t organisation = detail::find_or_create_organisation(db, h.organisation);
  o.work_area = detail::find_or_create_work_area(db, organisation, h.work_area);
  const long long before = rows_before(db, o.work_area, h);
  check_shrink(before, h);
  // One consistent version per kind (scores: per level); the rows cascade.
  SQLite::Statement remove(db,
                           "DELETE FROM imports WHERE work_area_id = ? AND kind = ? AND "
                           "COALESCE(level, '') = ?");
  remove.bind(1, o.work_area);
  remove.bind(2, h.kind);
  remove.bind(3, h.level);
  remove.exec();

  SQLite::Statement insert(db,
                           "INSERT INTO imports (work_area_id, kind, level, file, sha256, "
                           "rows_read, warnings_json, created_at, created_by) VALUES (?, ?, ?, "
                           "?, ?, ?, ?, ?, ?)");
  insert.bind(1, o.work_area);
  insert.bind(2, h.kind);
  bind_text_or_null(insert, 3, h.level);
  insert.bind(4, h.file);
  insert.bind(5, h.sha256);
  insert.bind(6, static_cast<std::int64_t>(h.rows_read));
  insert.bind(7, nlohmann::json(h.warnings).dump());
  insert.bind(8, utc_now());
  insert.bind(9, h.actor);
  insert.exec();
  o.import_id = db.getLastInsertRowid();

  record_audit(
      db, {h.actor, "import", "import/" + std::to_string(o.import_id),
           fmt::format("{}: {}{} {} ({} rows, {} warnings){}", h.work_area, h.kind,
                       h.level.empty() ? "" : " " + h.level, h.file, h.rows_read, h.warnings.size(),
                       before > 0 && h.rows_read * 2 < before
                           ? fmt::format("; shrink from {} rows confirmed", before)
                           : ""),
           ""});
  return o;
}

ImportReport report_of(const ImportHeader& h, std::int64_t id) {
  return {h.kind, h.file, id, h.rows_read, h.warnings};
}

ImportHeader header(const std::string& organisation, const std::string& work_area,
                    const std::string& actor, std::string kind, const std::filesystem::path& file,
                    const std::string& display, bool confirm_shrink) {
  ImportHeader h;
  h.confirm_shrink = confirm_shrink;
  h.organisation = organisation;
  h.work_area = work_area;
  h.actor = actor;
  h.kind = std::move(kind);
  h.file = display.empty() ? file.string() : display;
  return h;
}

void progress_rows(long long done, long long total) {
  if (total >= 10000 && done % 10000 == 0)
    log::progress("writing rows {} of {} ({}%)", done, total, done * 100 / total);
}

nlohmann::json geometry_json(const MultiPolygon& g) {
  nlohmann::json polygons = nlohmann::json::array();
  for (const auto& part : g.parts) {
    nlohmann::json rings = nlohmann::json::array();
    for (const auto& ring : part.rings) {
      nlohmann::json points = nlohmann::json::array();
      for (const auto& p : ring) points.push_back({p.x, p.y});
      // GeoJSON rings are closed: the first point again at the end.
      if (!ring.empty()) points.push_back({ring.front().x, ring.front().y});
      rings.push_back(std::move(points));
    }
    polygons.push_back(std::move(rings));
  }
  return {{"type", "MultiPolygon"}, {"coordinates", std::move(polygons)}};
}

std::string area_import_kind(AreaKind kind) {
  switch (kind) {
    case AreaKind::buurt:
      return "buurten";
    case AreaKind::wijk:
      return "wijken";
    case AreaKind::gemeente:
      return "gemeenten";
  }
  return "buurten";
}

}  // namespace

ImportReport import_scores(Database& database, const std::string& organisation,
                           const std::string& work_area, const std::filesystem::path& file,
                           const std::string& actor, const std::string& display,
                           bool confirm_shrink) {
  ImportHeader h = header(organisation, work_area, actor, "scores", file, display, confirm_shrink);
  log::progress("reading scores {}", h.file);
  const ScoreTable t = read_score_table(file, h.file);
  h.sha256 = sha256_file(file);
  h.level = std::string(to_string(t.level));
  h.rows_read = static_cast<long long>(t.rows.size());
  h.warnings = t.warnings;
  for (auto& w : check_warnings(t)) h.warnings.push_back(std::move(w));  // the engine's checks

  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  const Opened o = open_import(db, h);
  SQLite::Statement insert(db,
                           "INSERT INTO score_rows (import_id, work_area_id, level, code, jaar, "
                           "lbm, afw, fys, onv, soc, vrz, won) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?)");
  long long done = 0;
  for (const auto& r : t.rows) {
    insert.reset();
    insert.bind(1, o.import_id);
    insert.bind(2, o.work_area);
    insert.bind(3, h.level);
    insert.bind(4, r.code);
    insert.bind(5, r.year);
    detail::bind_optional(insert, 6, r.lbm);
    for (int d = 0; d < kDimCount; ++d) detail::bind_optional(insert, 7 + d, r.scores.v[d]);
    insert.exec();
    progress_rows(++done, h.rows_read);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

ImportReport import_areas(Database& database, const std::string& organisation,
                          const std::string& work_area, const std::filesystem::path& file,
                          AreaKind kind, const std::string& actor, const std::string& display,
                          bool confirm_shrink) {
  ImportHeader h =
      header(organisation, work_area, actor, area_import_kind(kind), file, display, confirm_shrink);
  log::progress("reading {} {}", h.kind, h.file);
  const AreaLayer layer = read_areas(file.string(), kind, h.file);
  h.sha256 =
      sha256_file(gdal::split_layer(file.string()).file);  // "file.gpkg:buurten": the file's bytes
  h.rows_read = layer.features;
  if (layer.water_features > 0)
    h.warnings.push_back(fmt::format("{}: {} water features (WATER = 'JA') skipped", layer.file,
                                     layer.water_features));
  if (layer.empty_geometries > 0)
    h.warnings.push_back(fmt::format("{}: {} features without geometry skipped", layer.file,
                                     layer.empty_geometries));
  if (layer.reprojected)
    h.warnings.push_back(
        fmt::format("{}: reprojected from {} to RD New", layer.file, layer.source_crs));
  std::vector<std::string> geometries;
  geometries.reserve(layer.areas.size());
  for (const auto& a : layer.areas) geometries.push_back(geometry_json(a.geometry).dump());

  const std::string area_kind = std::string(to_string(kind));
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  const Opened o = open_import(db, h);
  SQLite::Statement insert(
      db,
      "INSERT INTO areas (import_id, work_area_id, kind, code, name, "
      "wijk_code, gemeente_code, geometry_rd) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < layer.areas.size(); ++i) {
    const auto& a = layer.areas[i];
    insert.reset();
    insert.bind(1, o.import_id);
    insert.bind(2, o.work_area);
    insert.bind(3, area_kind);
    insert.bind(4, a.code);
    insert.bind(5, a.name);
    bind_text_or_null(insert, 6, a.wijk_code);
    bind_text_or_null(insert, 7, a.gemeente_code);
    insert.bind(8, geometries[i]);
    insert.exec();
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

ImportReport import_stock(Database& database, const std::string& organisation,
                          const std::string& work_area, const std::filesystem::path& file,
                          const StockColumns& columns, const std::string& actor,
                          const std::string& display, bool confirm_shrink) {
  ImportHeader h = header(organisation, work_area, actor, "stock", file, display, confirm_shrink);
  log::progress("reading stock {}", h.file);
  const Stock stock = read_stock(file, columns, h.file);
  h.sha256 = sha256_file(file);
  h.rows_read = static_cast<long long>(stock.units.size());
  h.warnings = stock.warnings;
  const long long unlocated = stock.per_source[static_cast<int>(LocationSource::none)];
  if (unlocated > 0)
    h.warnings.push_back(
        fmt::format("{}: {} units have no location (no coordinates, postcode or buurtcode)",
                    stock.file, unlocated));

  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  const Opened o = open_import(db, h);
  SQLite::Statement insert(db,
                           "INSERT INTO stock_units (import_id, work_area_id, unit_id, x, y, "
                           "postcode, huisnummer, buurtcode, complex, daeb, source, row) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  long long done = 0;
  for (const auto& u : stock.units) {
    insert.reset();
    insert.bind(1, o.import_id);
    insert.bind(2, o.work_area);
    insert.bind(3, u.id);
    detail::bind_optional(insert, 4, u.x);
    detail::bind_optional(insert, 5, u.y);
    bind_text_or_null(insert, 6, u.postcode);
    bind_text_or_null(insert, 7, u.huisnummer);
    bind_text_or_null(insert, 8, u.buurtcode);
    bind_text_or_null(insert, 9, u.complex);
    if (u.daeb) {
      insert.bind(10, *u.daeb ? 1 : 0);
    } else {
      insert.bind(10);
    }
    insert.bind(11, std::string(to_string(u.source)));
    insert.bind(12, static_cast<std::int64_t>(u.row));
    insert.exec();
    progress_rows(++done, h.rows_read);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

ImportReport import_grid(Database& database, const std::string& organisation,
                         const std::string& work_area, const std::filesystem::path& file,
                         const std::string& actor, const std::string& display,
                         bool confirm_shrink) {
  ImportHeader h = header(organisation, work_area, actor, "grid", file, display, confirm_shrink);
  log::progress("reading grid {}", h.file);
  const GridLayer grid = read_grid(file.string(), h.file);
  h.sha256 = sha256_file(gdal::split_layer(file.string()).file);
  h.rows_read = grid.features;
  if (grid.cell_of_grid_id.empty())
    throw InputError(fmt::format(
        "{}: het bestand heeft geen rijen met een grid_id en een vlak ({} objecten gelezen)",
        h.file, grid.features));

  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  const Opened o = open_import(db, h);
  SQLite::Statement insert(db,
                           "INSERT INTO grid_cells (import_id, work_area_id, grid_id, cell_x, "
                           "cell_y) VALUES (?, ?, ?, ?, ?)");
  long long done = 0;
  const auto cells = static_cast<long long>(grid.cell_of_grid_id.size());
  for (const auto& [id, cell] : grid.cell_of_grid_id) {
    insert.reset();
    insert.bind(1, o.import_id);
    insert.bind(2, o.work_area);
    insert.bind(3, id);
    insert.bind(4, cell.x);
    insert.bind(5, cell.y);
    insert.exec();
    progress_rows(++done, cells);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

namespace {

std::unordered_set<std::string> stock_postcodes(SQLite::Database& db,
                                                const std::string& organisation,
                                                const std::string& work_area) {
  SQLite::Statement q(db,
                      "SELECT DISTINCT s.postcode FROM stock_units s JOIN work_areas w ON w.id = "
                      "s.work_area_id JOIN organisations o ON o.id = w.organisation_id WHERE "
                      "o.name = ? AND w.name = ? AND s.postcode IS NOT NULL");
  q.bind(1, organisation);
  q.bind(2, work_area);
  std::unordered_set<std::string> out;
  while (q.executeStep()) out.insert(q.getColumn(0).getString());
  return out;
}

}  // namespace

ImportReport import_pc6hnr(Database& database, const std::string& organisation,
                           const std::string& work_area, const std::filesystem::path& file,
                           const std::string& actor, const std::string& display,
                           bool confirm_shrink) {
  ImportHeader h = header(organisation, work_area, actor, "pc6hnr", file, display, confirm_shrink);
  log::progress("reading pc6hnr {}", h.file);
  auto& db = database.sql();
  const PostcodeTable table =
      read_pc6hnr(file, stock_postcodes(db, organisation, work_area), h.file);
  h.sha256 = sha256_file(file);
  h.rows_read = table.rows;
  h.warnings = table.warnings;
  if (static_cast<long long>(table.by_address.size()) < table.rows)
    h.warnings.push_back(fmt::format("{}: {} of {} rows kept (the postcodes of the stock)", h.file,
                                     table.by_address.size(), table.rows));

  SQLite::Transaction transaction(db);
  const Opened o = open_import(db, h);
  SQLite::Statement insert(db,
                           "INSERT INTO pc6hnr_rows (import_id, work_area_id, postcode, "
                           "huisnummer, buurt, wijk, gemeente) VALUES (?, ?, ?, ?, ?, ?, ?)");
  long long done = 0;
  const auto kept = static_cast<long long>(table.by_address.size());
  for (const auto& [key, location] : table.by_address) {
    const auto colon = key.find(':');
    insert.reset();
    insert.bind(1, o.import_id);
    insert.bind(2, o.work_area);
    insert.bind(3, key.substr(0, colon));
    insert.bind(4, static_cast<std::int64_t>(std::stoll(key.substr(colon + 1))));
    insert.bind(5, location.buurt);
    insert.bind(6, location.wijk);
    insert.bind(7, location.gemeente);
    insert.exec();
    progress_rows(++done, kept);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

namespace {

// The bounding box of the work area's buurten, with a margin; nullopt when none are imported.
std::optional<Box> buurten_box(SQLite::Database& db, const std::string& organisation,
                               const std::string& work_area) {
  SQLite::Statement q(db,
                      "SELECT a.geometry_rd FROM areas a JOIN work_areas w ON w.id = "
                      "a.work_area_id JOIN organisations o ON o.id = w.organisation_id WHERE "
                      "o.name = ? AND w.name = ? AND a.kind = 'buurt'");
  q.bind(1, organisation);
  q.bind(2, work_area);
  std::optional<Box> box;
  while (q.executeStep()) {
    const auto g = nlohmann::json::parse(q.getColumn(0).getString(), nullptr, false);
    if (g.is_discarded() || !g.contains("coordinates")) continue;
    for (const auto& polygon : g["coordinates"])
      for (const auto& ring : polygon)
        for (const auto& p : ring) {
          const double x = p[0].get<double>(), y = p[1].get<double>();
          if (!box) box = Box{x, y, x, y};
          box = Box{std::min(box->min_x, x), std::min(box->min_y, y), std::max(box->max_x, x),
                    std::max(box->max_y, y)};
        }
  }
  constexpr double kMargin = 500;  // metres: an initiative's circle may reach past the edge
  if (box)
    *box = {box->min_x - kMargin, box->min_y - kMargin, box->max_x + kMargin, box->max_y + kMargin};
  return box;
}

}  // namespace

ImportReport import_bag(Database& database, const std::string& organisation,
                        const std::string& work_area, const std::filesystem::path& file,
                        const std::string& actor, const std::string& display, bool confirm_shrink) {
  ImportHeader h = header(organisation, work_area, actor, "bag", file, display, confirm_shrink);
  log::progress("reading BAG addresses {}", h.file);
  auto& db = database.sql();
  const BagTable bag = read_bag(file, h.file, buurten_box(db, organisation, work_area));
  h.sha256 = sha256_file(gdal::split_layer(file.string()).file);
  h.rows_read = bag.rows;
  h.warnings = bag.warnings;
  if (bag.not_residential > 0)
    h.warnings.push_back(
        fmt::format("{}: {} rows without woonfunctie skipped", h.file, bag.not_residential));
  if (bag.outside > 0)
    h.warnings.push_back(fmt::format("{}: {} addresses outside the work area's buurten skipped",
                                     h.file, bag.outside));
  if (bag.reprojected)
    h.warnings.push_back(fmt::format("{}: reprojected from {} to RD New", h.file, bag.source_crs));

  SQLite::Transaction transaction(db);
  const Opened o = open_import(db, h);
  SQLite::Statement insert(db,
                           "INSERT INTO bag_addresses (import_id, work_area_id, vbo_id, postcode, "
                           "huisnummer, huisletter, toevoeging, x, y) VALUES (?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)");
  long long done = 0;
  const auto kept = static_cast<long long>(bag.addresses.size());
  for (const auto& a : bag.addresses) {
    insert.reset();
    insert.bind(1, o.import_id);
    insert.bind(2, o.work_area);
    insert.bind(3, a.vbo_id);
    insert.bind(4, a.postcode);
    insert.bind(5, a.huisnummer);
    insert.bind(6, a.huisletter);
    insert.bind(7, a.toevoeging);
    insert.bind(8, a.point.x);
    insert.bind(9, a.point.y);
    insert.exec();
    progress_rows(++done, kept);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

ImportReport import_actuals(Database& database, const std::string& organisation,
                            const std::string& work_area, const std::filesystem::path& file,
                            const std::string& actor, const std::string& display,
                            bool confirm_shrink) {
  ImportHeader h = header(organisation, work_area, actor, "actuals", file, display, confirm_shrink);
  log::progress("reading actuals {}", h.file);
  const Actuals actuals = read_actuals(file, h.file);
  h.sha256 = sha256_file(file);
  h.rows_read = static_cast<long long>(actuals.rows.size());
  h.warnings = actuals.warnings;

  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  const Opened o = open_import(db, h);
  SQLite::Statement insert(db,
                           "INSERT INTO actuals (import_id, work_area_id, gemeente, jaar, bedrag, "
                           "categorie) VALUES (?, ?, ?, ?, ?, ?)");
  for (const auto& r : actuals.rows) {
    insert.reset();
    insert.bind(1, o.import_id);
    insert.bind(2, o.work_area);
    insert.bind(3, r.gemeente);
    insert.bind(4, r.year);
    insert.bind(5, r.amount);
    bind_text_or_null(insert, 6, r.category);
    insert.exec();
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

namespace {

StockColumns columns_or_guess(const StockColumns& c, const std::filesystem::path& file,
                              const std::string& display) {
  const bool any = !c.id.empty() || !c.x.empty() || !c.y.empty() || !c.lat.empty() ||
                   !c.lon.empty() || !c.postcode.empty() || !c.huisnummer.empty() ||
                   !c.buurtcode.empty() || !c.complex.empty() || !c.daeb.empty();
  if (any) return c;
  TableReader table(file, display);
  return StockColumns::guess(table.columns());
}

}  // namespace

ImportReport import_file(Database& db, const std::string& kind, const std::string& organisation,
                         const std::string& work_area, const std::filesystem::path& file,
                         const StockColumns& columns, const std::string& actor,
                         const std::string& display, bool confirm_shrink) {
  if (kind == "scores")
    return import_scores(db, organisation, work_area, file, actor, display, confirm_shrink);
  if (kind == "buurten")
    return import_areas(db, organisation, work_area, file, AreaKind::buurt, actor, display,
                        confirm_shrink);
  if (kind == "wijken")
    return import_areas(db, organisation, work_area, file, AreaKind::wijk, actor, display,
                        confirm_shrink);
  if (kind == "gemeenten")
    return import_areas(db, organisation, work_area, file, AreaKind::gemeente, actor, display,
                        confirm_shrink);
  if (kind == "grid")
    return import_grid(db, organisation, work_area, file, actor, display, confirm_shrink);
  if (kind == "stock")
    return import_stock(db, organisation, work_area, file, columns_or_guess(columns, file, display),
                        actor, display, confirm_shrink);
  if (kind == "pc6hnr")
    return import_pc6hnr(db, organisation, work_area, file, actor, display, confirm_shrink);
  if (kind == "actuals")
    return import_actuals(db, organisation, work_area, file, actor, display, confirm_shrink);
  if (kind == "bag")
    return import_bag(db, organisation, work_area, file, actor, display, confirm_shrink);
  throw FieldError("kind", fmt::format("found '{}', expected scores, buurten, wijken, gemeenten, "
                                       "grid, stock, pc6hnr, actuals or bag",
                                       kind));
}

}  // namespace leefbaar::store
