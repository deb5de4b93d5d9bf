// What every import writes around its rows: the refusal of a file that would shrink the data, the
// replacement of the previous import of its kind and the import row.
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/log.hpp"
#include "store/imports_internal.hpp"
#include "store/work_areas.hpp"

namespace leefbaar::store::imports_detail {

namespace {

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

}  // namespace

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
  o.rows_before = before;
  return o;
}

ImportReport report_of(const ImportHeader& h, const Opened& opened) {
  return {h.kind, h.file, opened.import_id, h.rows_read, h.warnings, h.level, opened.rows_before};
}

ImportHeader header(const std::string& organisation, const std::string& work_area,
                    const std::string& actor, std::string kind, const std::filesystem::path& file,
                    const std::string& display, bool confirm_shrink, OnImported on_imported) {
  ImportHeader h;
  h.on_imported = std::move(on_imported);
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

}  // namespace leefbaar::store::imports_detail

namespace leefbaar::store {

std::string describe_import(const std::string& work_area, const ImportReport& r) {
  return fmt::format("{}: {}{} {} ({} rows, {} warnings){}", work_area, r.kind,
                     r.level.empty() ? "" : " " + r.level, r.file, r.rows_read, r.warnings.size(),
                     r.rows_replaced > 0 && r.rows_read * 2 < r.rows_replaced
                         ? fmt::format("; shrink from {} rows confirmed", r.rows_replaced)
                         : "");
}

}  // namespace leefbaar::store
