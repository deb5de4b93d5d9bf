#pragma once
// Internal to the store's imports (imports.cpp, imports_geo.cpp, imports_write.cpp).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "store/database.hpp"
#include "store/imports.hpp"

namespace leefbaar::store::imports_detail {

// What every import writes around its rows: the target, the replacement of the previous import of
// the kind and the import row; its caller's audit entry goes in on_imported.
struct ImportHeader {
  std::string organisation, work_area, actor;
  std::string kind;
  std::string level;  // scores only: the level that is replaced
  std::string file;
  std::string sha256;
  long long rows_read = 0;
  std::vector<std::string> warnings;
  bool confirm_shrink = false;
  OnImported on_imported;
};

struct Opened {
  std::int64_t work_area = 0;
  std::int64_t import_id = 0;
  long long rows_before = 0;
};

// The header of an import of kind from file (display: its name in messages, default the path).
ImportHeader header(const std::string& organisation, const std::string& work_area,
                    const std::string& actor, std::string kind, const std::filesystem::path& file,
                    const std::string& display, bool confirm_shrink, OnImported on_imported);

// Replaces the previous import of the kind (scores: of the level) by a new import row. Throws
// ShrinkRefused when the file has less than half of the rows before, unconfirmed.
Opened open_import(Database& db, const ImportHeader& h);

ImportReport report_of(const ImportHeader& h, const Opened& opened);

void progress_rows(long long done, long long total);

// Large imports say how far the writing is; the area and actuals imports never did.
enum class Progress { shown, hidden };

// Writes an import in one transaction: open_import, then one insert_sql row per element of rows,
// then the header's on_imported. Every insert starts with (import_id, work_area_id, ...);
// bind(insert, row) binds the rest.
template <class Rows, class Bind>
ImportReport write_import(Database& db, const ImportHeader& h, std::string_view insert_sql,
                          const Rows& rows, Bind bind, Progress progress = Progress::shown) {
  Transaction transaction(db);
  const Opened o = open_import(db, h);
  auto insert = db.query(insert_sql);
  const auto total = static_cast<long long>(rows.size());
  long long done = 0;
  for (const auto& row : rows) {
    insert.bind(o.import_id, o.work_area);
    bind(insert, row);
    insert.run();
    if (progress == Progress::shown) progress_rows(++done, total);
  }
  auto report = report_of(h, o);
  if (h.on_imported) h.on_imported(db, report);
  transaction.commit();
  return report;
}

}  // namespace leefbaar::store::imports_detail
