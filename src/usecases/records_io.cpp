#include "usecases/records_io.hpp"

#include <fmt/format.h>

#include "neighbourhood/wijkwerk.hpp"
#include "store/audit.hpp"
#include "store/historic_imports.hpp"
#include "store/import_table.hpp"
#include "store/record_exports.hpp"
#include "store/wijkwerk_store.hpp"
#include "usecases/import_audit.hpp"
#include "usecases/scope.hpp"
#include "usecases/signals_table.hpp"
#include "usecases/unit_of_work.hpp"

// GCC 12 reports false maybe-uninitialized warnings on moves of std::variant<..., std::string, ...>
// (GCC bug 105562 and friends; the store's record exports silence them likewise).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace leefbaar::usecases {

namespace {

using neighbourhood::RecordKind;

RecordCell shown_cell(const neighbourhood::ShownCount& c) {
  if (c.n) return *c.n;
  return std::string(c.small ? "minder dan 5" : "niet getoond");
}

// Per wijk, kind and month, small counts hidden as on the map.
RecordTable signal_counts_table(store::Database& db, std::int64_t work_area, int year,
                                const std::string& wijk) {
  static const char* const kMonths[] = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                        "jul", "aug", "sep", "okt", "nov", "dec"};
  const auto counts = signal_table(db, work_area, year);
  RecordTable t{"signalen",
                {{"wijk", ColumnType::text, 11},
                 {"wijknaam", ColumnType::text, 20},
                 {"soort signaal", ColumnType::text, 22}},
                {}};
  for (const char* m : kMonths) t.columns.push_back({m, ColumnType::whole, 12});
  t.columns.push_back({"jaar", ColumnType::whole, 12});
  for (const auto& w : store::list_wijk_areas(db, work_area)) {
    if (!wijk.empty() && w.code != wijk) continue;
    std::vector<std::string> kinds(counts.kinds().begin() + 1, counts.kinds().end());
    kinds.push_back("");  // every kind
    for (const auto& kind : kinds) {
      std::vector<RecordCell> row = {w.code, w.name, kind.empty() ? "alle signalen" : kind};
      for (int month = 1; month <= 12; ++month)
        row.push_back(shown_cell(counts.shown(w.code, kind, month)));
      row.push_back(shown_cell(counts.shown(w.code, kind, 0)));
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

// The exports with names, read with their purpose.
// Each kind's entry as its own import writes it, or, for the kinds imported only here, what the
// earlier years brought.
void audit_records_import(store::Database& db, const std::string& actor, std::int64_t work_area,
                          RecordKind kind, long long added) {
  if (kind == RecordKind::activities) return audit_activities_import(db, actor, added);
  if (kind == RecordKind::spending) return audit_spending_import(db, actor, work_area, added);
  const char* subject = kind == RecordKind::initiatives       ? "initiatives"
                        : kind == RecordKind::mediation_cases ? "wijk_mediation"
                                                              : "wijk_works";
  const char* what = kind == RecordKind::initiatives       ? "initiatieven"
                     : kind == RecordKind::mediation_cases ? "bemiddelingszaken"
                                                           : "fysieke werken";
  store::record_audit(db, {actor, "import", fmt::format("{}/work_area/{}", subject, work_area),
                           fmt::format("{} {} van eerdere jaren ingelezen", added, what), ""});
}

const char* export_purpose(RecordKind kind) {
  if (kind == RecordKind::mediation_cases)
    return "buurtbemiddeling: zaken exporteren (met initialen van de bemiddelaars)";
  if (kind == RecordKind::campaigns)
    return "actie-aanmeldingen exporteren (straten, superburen, wijkreporters)";
  return nullptr;
}

RecordTable audited_export(store::Database& db, const User& caller, std::int64_t work_area,
                           RecordKind kind, const neighbourhood::RecordFilter& filter,
                           std::chrono::system_clock::time_point now) {
  auto table = store::export_records(db, work_area, kind, filter, now);
  // The mediation cases name their mediators even when there are none this time; the campaigns'
  // records are names only when there are any.
  if (kind == RecordKind::mediation_cases || !table.rows.empty())
    store::record_audit(
        db, {caller.email, "read",
             fmt::format("export/{}/{}/{}", neighbourhood::record_kind_info(kind).slug,
                         filter.wijk.empty() ? "alle" : filter.wijk,
                         filter.year == 0 ? std::string("alle") : std::to_string(filter.year)),
             "", export_purpose(kind)});
  return table;
}

}  // namespace

ExportChoices export_choices(Service& service, const User& caller) {
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    ExportChoices out;
    for (const auto& w : store::list_wijk_areas(db, wa.id)) out.wijken.emplace_back(w.code, w.name);
    out.years = store::record_years(db, wa.id);
    return out;
  });
}

RecordTable export_records(Service& service, const User& caller, RecordKind kind,
                           neighbourhood::RecordFilter filter,
                           std::chrono::system_clock::time_point now) {
  if (kind == RecordKind::initiatives || kind == RecordKind::campaigns ||
      kind == RecordKind::mediation_cases)
    filter.wijken = caller.role == Role::wijkteam
                        ? std::optional<std::vector<std::string>>(caller.wijken)
                        : std::nullopt;
  if (export_purpose(kind))
    return change(service, [&](store::Database& db) {
      const auto wa = work_area_of(db, caller);
      // The mediation list refuses a wijk outside the caller's; the export does the same.
      if (kind == RecordKind::mediation_cases && !filter.wijk.empty())
        neighbourhood::require_wijk(caller, filter.wijk);
      return audited_export(db, caller, wa.id, kind, filter, now);
    });
  return read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    if (kind == RecordKind::signal_counts)
      return signal_counts_table(db, wa.id, filter.year, filter.wijk);
    return store::export_records(db, wa.id, kind, filter, now);
  });
}

RecordTable import_template(Service& service, const User& caller, RecordKind kind) {
  return read(service, [&](store::Database& db) {
    return store::record_template(db, work_area_of(db, caller).id, kind);
  });
}

neighbourhood::RecordImportReport import_records(Service& service, const User& caller,
                                                 RecordKind kind, const std::string& bytes,
                                                 const std::string& file_name,
                                                 std::chrono::system_clock::time_point now) {
  // The file is read (GDAL) before the store is held: it needs no store.
  const auto table = store::read_import_table(bytes, file_name);
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    auto report = store::import_records(db, wa, kind, table, caller.email, now);
    audit_records_import(db, caller.email, wa, kind, report.added);
    return report;
  });
}

}  // namespace leefbaar::usecases
