#include "store/imports.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/checksum.hpp"
#include "core/errors.hpp"
#include "core/log.hpp"
#include "core/search_terms.hpp"
#include "import/actuals.hpp"
#include "import/pc6hnr.hpp"
#include "import/score_table.hpp"
#include "store/imports_internal.hpp"
#include "store/settings.hpp"

namespace leefbaar::store {

using namespace imports_detail;  // the writing every import shares

namespace {

std::unordered_set<std::string> stock_postcodes(Database& db, const std::string& organisation,
                                                const std::string& work_area) {
  std::unordered_set<std::string> out;
  const auto area = find_work_area(db, organisation, work_area);
  if (!area) return out;
  auto q = db.query(
      "SELECT DISTINCT postcode FROM stock_units WHERE work_area_id = ? AND postcode IS NOT NULL");
  q.bind(area->id);
  while (auto row = q.next()) out.insert(row->text("postcode"));
  return out;
}

}  // namespace

ImportReport import_scores(Database& db, const std::string& organisation,
                           const std::string& work_area, const std::filesystem::path& file,
                           const std::string& actor, const std::string& display,
                           bool confirm_shrink, const OnImported& on_imported) {
  ImportHeader h =
      header(organisation, work_area, actor, "scores", file, display, confirm_shrink, on_imported);
  log::progress("reading scores {}", h.file);
  const ScoreTable t = read_score_table(file, h.file);
  h.sha256 = sha256_file(file);
  h.level = std::string(to_string(t.level));
  h.rows_read = static_cast<long long>(t.rows.size());
  h.warnings = t.warnings;
  for (auto& w : check_warnings(t)) h.warnings.push_back(std::move(w));  // the engine's checks

  static_assert(kDimCount == 6, "one column per dimension, in kDimNames order");
  return write_import(
      db, h,
      "INSERT INTO score_rows (import_id, work_area_id, level, code, jaar, lbm, afw, fys, onv, "
      "soc, vrz, won) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      t.rows, [&](Query& insert, const ScoreRow& r) {
        const auto& v = r.scores.v;
        insert.bind(h.level, r.code, r.year, or_null(r.lbm), or_null(v[0]), or_null(v[1]),
                    or_null(v[2]), or_null(v[3]), or_null(v[4]), or_null(v[5]));
      });
}

ImportReport import_stock(Database& db, const std::string& organisation,
                          const std::string& work_area, const std::filesystem::path& file,
                          const StockColumns& columns, const std::string& actor,
                          const std::string& display, bool confirm_shrink,
                          const OnImported& on_imported) {
  ImportHeader h =
      header(organisation, work_area, actor, "stock", file, display, confirm_shrink, on_imported);
  log::progress("reading stock {}", h.file);
  const Stock stock = read_stock(file, columns, h.file);
  h.sha256 = sha256_file(file);
  h.rows_read = static_cast<long long>(stock.units.size());
  h.warnings = stock.warnings;
  const long long unlocated = stock.per_source[static_cast<int>(LocationSource::none)];
  if (unlocated > 0)
    h.warnings.push_back(fmt::format(
        "{}: {} {} geen locatie (geen coördinaten, postcode of buurtcode) en {} "
        "niet gekoppeld",
        stock.file, unlocated, one_or_many(unlocated, "eenheid heeft", "eenheden hebben"),
        one_or_many(unlocated, "wordt", "worden")));

  return write_import(
      db, h,
      "INSERT INTO stock_units (import_id, work_area_id, unit_id, x, y, postcode, huisnummer, "
      "buurtcode, complex, daeb, source, row, straat, plaats, straat_key) VALUES (?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      stock.units, [](Query& insert, const StockUnit& u) {
        insert.bind(u.id, or_null(u.x), or_null(u.y), or_null(u.postcode), or_null(u.huisnummer),
                    or_null(u.buurtcode), or_null(u.complex), u.daeb, to_string(u.source), u.row,
                    or_null(u.straat), or_null(u.plaats),
                    or_null(search::fold(u.straat).value_or("")));
      });
}

ImportReport import_pc6hnr(Database& db, const std::string& organisation,
                           const std::string& work_area, const std::filesystem::path& file,
                           const std::string& actor, const std::string& display,
                           bool confirm_shrink, const OnImported& on_imported) {
  ImportHeader h =
      header(organisation, work_area, actor, "pc6hnr", file, display, confirm_shrink, on_imported);
  log::progress("reading pc6hnr {}", h.file);
  const PostcodeTable table =
      read_pc6hnr(file, stock_postcodes(db, organisation, work_area), h.file);
  h.sha256 = sha256_file(file);
  h.rows_read = table.rows;
  h.warnings = table.warnings;
  if (static_cast<long long>(table.by_address.size()) < table.rows)
    h.warnings.push_back(fmt::format(
        "{}: {} van de {} rijen bewaard, alleen die met een postcode van de eigen woningen en "
        "andere eenheden",
        h.file, table.by_address.size(), table.rows));

  return write_import(
      db, h,
      "INSERT INTO pc6hnr_rows (import_id, work_area_id, postcode, huisnummer, buurt, wijk, "
      "gemeente) VALUES (?, ?, ?, ?, ?, ?, ?)",
      table.by_address, [](Query& insert, const auto& address) {
        const auto& [key, location] = address;
        const auto colon = key.find(':');
        insert.bind(key.substr(0, colon), std::stoll(key.substr(colon + 1)), location.buurt,
                    location.wijk, location.gemeente);
      });
}

ImportReport import_actuals(Database& db, const std::string& organisation,
                            const std::string& work_area, const std::filesystem::path& file,
                            const std::string& actor, const std::string& display,
                            bool confirm_shrink, const OnImported& on_imported) {
  ImportHeader h =
      header(organisation, work_area, actor, "actuals", file, display, confirm_shrink, on_imported);
  log::progress("reading actuals {}", h.file);
  const Actuals actuals = read_actuals(file, h.file);
  h.sha256 = sha256_file(file);
  h.rows_read = static_cast<long long>(actuals.rows.size());
  h.warnings = actuals.warnings;

  return write_import(
      db, h,
      "INSERT INTO actuals (import_id, work_area_id, gemeente, jaar, bedrag, categorie) VALUES "
      "(?, ?, ?, ?, ?, ?)",
      actuals.rows,
      [](Query& insert, const ActualRow& r) {
        insert.bind(r.gemeente, r.year, r.amount, or_null(r.category));
      },
      Progress::hidden);
}

ImportReport import_file(Database& db, const std::string& kind, const std::string& organisation,
                         const std::string& work_area, const std::filesystem::path& file,
                         const StockColumns& columns, const std::string& actor,
                         const std::string& display, bool confirm_shrink,
                         const OnImported& on_imported) {
  if (kind == "scores")
    return import_scores(db, organisation, work_area, file, actor, display, confirm_shrink,
                         on_imported);
  if (kind == "buurten")
    return import_areas(db, organisation, work_area, file, AreaKind::buurt, actor, display,
                        confirm_shrink, on_imported);
  if (kind == "wijken")
    return import_areas(db, organisation, work_area, file, AreaKind::wijk, actor, display,
                        confirm_shrink, on_imported);
  if (kind == "gemeenten")
    return import_areas(db, organisation, work_area, file, AreaKind::gemeente, actor, display,
                        confirm_shrink, on_imported);
  if (kind == "grid")
    return import_grid(db, organisation, work_area, file, actor, display, confirm_shrink,
                       on_imported);
  if (kind == "stock")
    return import_stock(db, organisation, work_area, file, columns, actor, display, confirm_shrink,
                        on_imported);
  if (kind == "pc6hnr")
    return import_pc6hnr(db, organisation, work_area, file, actor, display, confirm_shrink,
                         on_imported);
  if (kind == "actuals")
    return import_actuals(db, organisation, work_area, file, actor, display, confirm_shrink,
                          on_imported);
  if (kind == "bag")
    return import_bag(db, organisation, work_area, file, actor, display, confirm_shrink,
                      on_imported);
  throw FieldError("kind", fmt::format("Onbekende soort gegevens: gevonden '{}', verwacht scores, "
                                       "buurten, wijken, gemeenten, grid, stock, pc6hnr, actuals "
                                       "of bag",
                                       kind));
}

std::vector<ImportRecord> list_imports(Database& db, std::int64_t work_area) {
  return db
      .query(
          "SELECT id, kind, level, file, rows_read, warnings_json, created_at, created_by FROM "
          "imports WHERE work_area_id = ? ORDER BY id DESC")
      .bind(work_area)
      .all([](const Row& r) {
        return ImportRecord{
            r.int64("id"),
            r.text("kind"),
            r.optional_text("level"),
            r.text("file"),
            r.int64("rows_read"),
            nlohmann::json::parse(r.text("warnings_json")).get<std::vector<std::string>>(),
            r.text("created_at"),
            r.text("created_by")};
      });
}

}  // namespace leefbaar::store
