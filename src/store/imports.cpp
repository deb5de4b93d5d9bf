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
long long rows_before(Database& db, std::int64_t work_area, const ImportHeader& h) {
  return db
      .query(
          "SELECT COALESCE(SUM(rows_read), 0) AS rows_read FROM imports WHERE work_area_id = ? "
          "AND kind = ? AND COALESCE(level, '') = ?")
      .bind(work_area, h.kind, h.level)
      .first_int64("rows_read")
      .value_or(0);
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

Opened open_import(Database& db, const ImportHeader& h) {
  Opened o;
  const std::int64_t organisation = detail::find_or_create_organisation(db, h.organisation);
  o.work_area = detail::find_or_create_work_area(db, organisation, h.work_area);
  const long long before = rows_before(db, o.work_area, h);
  check_shrink(before, h);
  // One consistent version per kind (scores: per level); the rows cascade.
  db.query("DELETE FROM imports WHERE work_area_id = ? AND kind = ? AND COALESCE(level, '') = ?")
      .bind(o.work_area, h.kind, h.level)
      .run();
  db.query(
        "INSERT INTO imports (work_area_id, kind, level, file, sha256, rows_read, warnings_json, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(o.work_area, h.kind, or_null(h.level), h.file, h.sha256, h.rows_read,
            nlohmann::json(h.warnings).dump(), utc_now(), h.actor)
      .run();
  o.import_id = db.last_insert_id();

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

ImportReport import_scores(Database& db, const std::string& organisation,
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

  Transaction transaction(db);
  const Opened o = open_import(db, h);
  auto insert = db.query(
      "INSERT INTO score_rows (import_id, work_area_id, level, code, jaar, lbm, afw, fys, onv, "
      "soc, vrz, won) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  static_assert(kDimCount == 6, "one column per dimension, in kDimNames order");
  long long done = 0;
  for (const auto& r : t.rows) {
    const auto& v = r.scores.v;
    insert
        .bind(o.import_id, o.work_area, h.level, r.code, r.year, or_null(r.lbm), or_null(v[0]),
              or_null(v[1]), or_null(v[2]), or_null(v[3]), or_null(v[4]), or_null(v[5]))
        .run();
    progress_rows(++done, h.rows_read);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

ImportReport import_areas(Database& db, const std::string& organisation,
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
  Transaction transaction(db);
  const Opened o = open_import(db, h);
  auto insert = db.query(
      "INSERT INTO areas (import_id, work_area_id, kind, code, name, wijk_code, gemeente_code, "
      "geometry_rd) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < layer.areas.size(); ++i) {
    const auto& a = layer.areas[i];
    insert
        .bind(o.import_id, o.work_area, area_kind, a.code, a.name, or_null(a.wijk_code),
              or_null(a.gemeente_code), geometries[i])
        .run();
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

ImportReport import_stock(Database& db, const std::string& organisation,
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

  Transaction transaction(db);
  const Opened o = open_import(db, h);
  auto insert = db.query(
      "INSERT INTO stock_units (import_id, work_area_id, unit_id, x, y, postcode, huisnummer, "
      "buurtcode, complex, daeb, source, row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  long long done = 0;
  for (const auto& u : stock.units) {
    insert
        .bind(o.import_id, o.work_area, u.id, or_null(u.x), or_null(u.y), or_null(u.postcode),
              or_null(u.huisnummer), or_null(u.buurtcode), or_null(u.complex), u.daeb,
              to_string(u.source), u.row)
        .run();
    progress_rows(++done, h.rows_read);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

ImportReport import_grid(Database& db, const std::string& organisation,
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

  Transaction transaction(db);
  const Opened o = open_import(db, h);
  auto insert = db.query(
      "INSERT INTO grid_cells (import_id, work_area_id, grid_id, cell_x, cell_y) VALUES (?, ?, ?, "
      "?, ?)");
  long long done = 0;
  const auto cells = static_cast<long long>(grid.cell_of_grid_id.size());
  for (const auto& [id, cell] : grid.cell_of_grid_id) {
    insert.bind(o.import_id, o.work_area, id, cell.x, cell.y).run();
    progress_rows(++done, cells);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

namespace {

std::unordered_set<std::string> stock_postcodes(Database& db, const std::string& organisation,
                                                const std::string& work_area) {
  auto q = db.query(
      "SELECT DISTINCT s.postcode AS postcode FROM stock_units s JOIN work_areas w ON w.id = "
      "s.work_area_id JOIN organisations o ON o.id = w.organisation_id WHERE o.name = ? AND "
      "w.name = ? AND s.postcode IS NOT NULL");
  q.bind(organisation, work_area);
  std::unordered_set<std::string> out;
  while (auto row = q.next()) out.insert(row->text("postcode"));
  return out;
}

}  // namespace

ImportReport import_pc6hnr(Database& db, const std::string& organisation,
                           const std::string& work_area, const std::filesystem::path& file,
                           const std::string& actor, const std::string& display,
                           bool confirm_shrink) {
  ImportHeader h = header(organisation, work_area, actor, "pc6hnr", file, display, confirm_shrink);
  log::progress("reading pc6hnr {}", h.file);
  const PostcodeTable table =
      read_pc6hnr(file, stock_postcodes(db, organisation, work_area), h.file);
  h.sha256 = sha256_file(file);
  h.rows_read = table.rows;
  h.warnings = table.warnings;
  if (static_cast<long long>(table.by_address.size()) < table.rows)
    h.warnings.push_back(fmt::format("{}: {} of {} rows kept (the postcodes of the stock)", h.file,
                                     table.by_address.size(), table.rows));

  Transaction transaction(db);
  const Opened o = open_import(db, h);
  auto insert = db.query(
      "INSERT INTO pc6hnr_rows (import_id, work_area_id, postcode, huisnummer, buurt, wijk, "
      "gemeente) VALUES (?, ?, ?, ?, ?, ?, ?)");
  long long done = 0;
  const auto kept = static_cast<long long>(table.by_address.size());
  for (const auto& [key, location] : table.by_address) {
    const auto colon = key.find(':');
    insert
        .bind(o.import_id, o.work_area, key.substr(0, colon), std::stoll(key.substr(colon + 1)),
              location.buurt, location.wijk, location.gemeente)
        .run();
    progress_rows(++done, kept);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

namespace {

// The bounding box of the work area's buurten, with a margin; nullopt when none are imported.
std::optional<Box> buurten_box(Database& db, const std::string& organisation,
                               const std::string& work_area) {
  auto q = db.query(
      "SELECT a.geometry_rd AS geometry_rd FROM areas a JOIN work_areas w ON w.id = "
      "a.work_area_id JOIN organisations o ON o.id = w.organisation_id WHERE o.name = ? AND "
      "w.name = ? AND a.kind = 'buurt'");
  q.bind(organisation, work_area);
  std::optional<Box> box;
  while (auto row = q.next()) {
    const auto g = nlohmann::json::parse(row->text("geometry_rd"), nullptr, false);
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

ImportReport import_bag(Database& db, const std::string& organisation, const std::string& work_area,
                        const std::filesystem::path& file, const std::string& actor,
                        const std::string& display, bool confirm_shrink) {
  ImportHeader h = header(organisation, work_area, actor, "bag", file, display, confirm_shrink);
  log::progress("reading BAG addresses {}", h.file);
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

  Transaction transaction(db);
  const Opened o = open_import(db, h);
  auto insert = db.query(
      "INSERT INTO bag_addresses (import_id, work_area_id, vbo_id, postcode, huisnummer, "
      "huisletter, toevoeging, x, y) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  long long done = 0;
  const auto kept = static_cast<long long>(bag.addresses.size());
  for (const auto& a : bag.addresses) {
    insert
        .bind(o.import_id, o.work_area, a.vbo_id, a.postcode, a.huisnummer, a.huisletter,
              a.toevoeging, a.point.x, a.point.y)
        .run();
    progress_rows(++done, kept);
  }
  transaction.commit();
  return report_of(h, o.import_id);
}

ImportReport import_actuals(Database& db, const std::string& organisation,
                            const std::string& work_area, const std::filesystem::path& file,
                            const std::string& actor, const std::string& display,
                            bool confirm_shrink) {
  ImportHeader h = header(organisation, work_area, actor, "actuals", file, display, confirm_shrink);
  log::progress("reading actuals {}", h.file);
  const Actuals actuals = read_actuals(file, h.file);
  h.sha256 = sha256_file(file);
  h.rows_read = static_cast<long long>(actuals.rows.size());
  h.warnings = actuals.warnings;

  Transaction transaction(db);
  const Opened o = open_import(db, h);
  auto insert = db.query(
      "INSERT INTO actuals (import_id, work_area_id, gemeente, jaar, bedrag, categorie) VALUES "
      "(?, ?, ?, ?, ?, ?)");
  for (const auto& r : actuals.rows)
    insert.bind(o.import_id, o.work_area, r.gemeente, r.year, r.amount, or_null(r.category)).run();
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

std::vector<ImportRecord> list_imports(Database& db, std::int64_t work_area) {
  auto q = db.query(
      "SELECT id, kind, level, file, rows_read, warnings_json, created_at, created_by FROM imports "
      "WHERE work_area_id = ? ORDER BY id DESC");
  q.bind(work_area);
  std::vector<ImportRecord> out;
  while (auto row = q.next())
    out.push_back(
        {row->int64("id"), row->text("kind"), row->optional_text("level"), row->text("file"),
         row->int64("rows_read"),
         nlohmann::json::parse(row->text("warnings_json")).get<std::vector<std::string>>(),
         row->text("created_at"), row->text("created_by")});
  return out;
}

}  // namespace leefbaar::store
