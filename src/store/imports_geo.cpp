// The imports of geometry: the area layers (buurten, wijken, gemeenten), the Leefbaarometer grid
// and the BAG addresses, which are kept to the work area's buurten.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/checksum.hpp"
#include "core/errors.hpp"
#include "core/log.hpp"
#include "import/bag.hpp"
#include "import/gdal_env.hpp"
#include "store/imports.hpp"
#include "store/imports_internal.hpp"
#include "store/settings.hpp"

namespace leefbaar::store {

using namespace imports_detail;  // the writing every import shares

namespace {

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

// The bounding box of the work area's buurten, with a margin; nullopt when none are imported.
std::optional<Box> buurten_box(Database& db, const std::string& organisation,
                               const std::string& work_area) {
  const auto area = find_work_area(db, organisation, work_area);
  if (!area) return std::nullopt;
  auto q = db.query("SELECT geometry_rd FROM areas WHERE work_area_id = ? AND kind = 'buurt'");
  q.bind(area->id);
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

// An area with its geometry as stored, made before the transaction so that it stays short.
struct AreaRow {
  const Area* area;
  std::string geometry_json;
};

}  // namespace

ImportReport import_areas(Database& db, const std::string& organisation,
                          const std::string& work_area, const std::filesystem::path& file,
                          AreaKind kind, const std::string& actor, const std::string& display,
                          bool confirm_shrink, const OnImported& on_imported) {
  ImportHeader h = header(organisation, work_area, actor, std::string(plural(kind)), file, display,
                          confirm_shrink, on_imported);
  log::progress("reading {} {}", h.kind, h.file);
  const AreaLayer layer = read_areas(file.string(), kind, h.file);
  h.sha256 =
      sha256_file(gdal::split_layer(file.string()).file);  // "file.gpkg:buurten": the file's bytes
  h.rows_read = layer.features;
  if (layer.water_features > 0)
    h.warnings.push_back(fmt::format("{}: {} {} met water (veld WATER = 'JA') overgeslagen",
                                     layer.file, layer.water_features,
                                     one_or_many(layer.water_features, "vlak", "vlakken")));
  if (layer.empty_geometries > 0)
    h.warnings.push_back(fmt::format("{}: {} {} zonder vlak overgeslagen", layer.file,
                                     layer.empty_geometries,
                                     one_or_many(layer.empty_geometries, "object", "objecten")));
  if (layer.reprojected)
    h.warnings.push_back(fmt::format(
        "{}: de coördinaten zijn omgerekend van {} naar RD New (het Nederlandse stelsel)",
        layer.file, layer.source_crs));
  std::vector<AreaRow> rows;
  rows.reserve(layer.areas.size());
  for (const auto& a : layer.areas) rows.push_back({&a, geometry_json(a.geometry).dump()});

  const std::string area_kind = std::string(to_string(kind));
  return write_import(
      db, h,
      "INSERT INTO areas (import_id, work_area_id, kind, code, name, wijk_code, gemeente_code, "
      "geometry_rd) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      rows,
      [&](Query& insert, const AreaRow& r) {
        const Area& a = *r.area;
        insert.bind(area_kind, a.code, a.name, or_null(a.wijk_code), or_null(a.gemeente_code),
                    r.geometry_json);
      },
      Progress::hidden);
}

ImportReport import_grid(Database& db, const std::string& organisation,
                         const std::string& work_area, const std::filesystem::path& file,
                         const std::string& actor, const std::string& display, bool confirm_shrink,
                         const OnImported& on_imported) {
  ImportHeader h =
      header(organisation, work_area, actor, "grid", file, display, confirm_shrink, on_imported);
  log::progress("reading grid {}", h.file);
  const GridLayer grid = read_grid(file.string(), h.file);
  h.sha256 = sha256_file(gdal::split_layer(file.string()).file);
  h.rows_read = grid.features;
  if (grid.cell_of_grid_id.empty())
    throw InputError(fmt::format(
        "{}: het bestand heeft geen rijen met een grid_id en een vlak ({} objecten gelezen)",
        h.file, grid.features));

  return write_import(
      db, h,
      "INSERT INTO grid_cells (import_id, work_area_id, grid_id, cell_x, cell_y) VALUES (?, ?, ?, "
      "?, ?)",
      grid.cell_of_grid_id, [](Query& insert, const auto& cell) {
        insert.bind(cell.first, cell.second.x, cell.second.y);
      });
}

ImportReport import_bag(Database& db, const std::string& organisation, const std::string& work_area,
                        const std::filesystem::path& file, const std::string& actor,
                        const std::string& display, bool confirm_shrink,
                        const OnImported& on_imported) {
  ImportHeader h =
      header(organisation, work_area, actor, "bag", file, display, confirm_shrink, on_imported);
  log::progress("reading BAG addresses {}", h.file);
  const BagTable bag = read_bag(file, h.file, buurten_box(db, organisation, work_area));
  h.sha256 = sha256_file(gdal::split_layer(file.string()).file);
  h.rows_read = bag.rows;
  h.warnings = bag.warnings;
  if (bag.not_residential > 0)
    h.warnings.push_back(fmt::format("{}: {} {} zonder woonfunctie overgeslagen", h.file,
                                     bag.not_residential,
                                     one_or_many(bag.not_residential, "rij", "rijen")));
  if (bag.outside > 0)
    h.warnings.push_back(fmt::format("{}: {} {} buiten de buurten van het werkgebied overgeslagen",
                                     h.file, bag.outside,
                                     one_or_many(bag.outside, "adres", "adressen")));
  if (bag.reprojected)
    h.warnings.push_back(fmt::format(
        "{}: de coördinaten zijn omgerekend van {} naar RD New (het Nederlandse stelsel)", h.file,
        bag.source_crs));

  return write_import(
      db, h,
      "INSERT INTO bag_addresses (import_id, work_area_id, vbo_id, postcode, huisnummer, "
      "huisletter, toevoeging, x, y) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      bag.addresses, [](Query& insert, const BagAddress& a) {
        insert.bind(a.vbo_id, a.postcode, a.huisnummer, a.huisletter, a.toevoeging, a.point.x,
                    a.point.y);
      });
}

}  // namespace leefbaar::store
