#pragma once
// Imports into the store: score tables, area geometries, the housing stock and actual spending,
// read with the same readers (and so the same validation) as the engine. An import is atomic: the
// file is read and checked completely before anything is written, and everything is written in
// one transaction. Re-importing a kind for a work area replaces its previous import (scores: per
// level), so the store holds one consistent version of each. A replacement that would leave the
// kind empty, or with less than half the rows it had, is refused (ShrinkRefused) unless
// confirm_shrink: a broken file must not silently replace good data.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/programme_records.hpp"
#include "import/areas.hpp"
#include "import/stock.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using leefbaar::ImportRecord;
using leefbaar::ImportReport;
using leefbaar::kImportKinds;
using leefbaar::ShrinkRefused;

// Called inside an import's transaction once its rows are written, so that what the caller writes
// there (its audit entry) commits with them or not at all.
using OnImported = std::function<void(Database&, const ImportReport&)>;

// The import as its audit entry tells it: "<work area>: <kind>[ <level>] <file> (<n> rows, <n>
// warnings)[; shrink from <n> rows confirmed]".
std::string describe_import(const std::string& work_area, const ImportReport& report);

// The work area's imports, newest first.
std::vector<ImportRecord> list_imports(Database& db, std::int64_t work_area);

// display: the file's name in messages and in the import's record (default: the path).
// Each reads the file with the engine's reader, then writes it into the work area (organisation
// and work area are created when new), recorded as done by actor; on_imported runs inside the
// import's transaction, after its rows (the caller's audit entry). Throws InputError (the
// reader's file/row/field message) on bad input; nothing is written then.
ImportReport import_scores(Database& db, const std::string& organisation,
                           const std::string& work_area, const std::filesystem::path& file,
                           const std::string& actor, const std::string& display = {},
                           bool confirm_shrink = false, const OnImported& on_imported = {});
ImportReport import_areas(Database& db, const std::string& organisation,
                          const std::string& work_area, const std::filesystem::path& file,
                          AreaKind kind, const std::string& actor, const std::string& display = {},
                          bool confirm_shrink = false, const OnImported& on_imported = {});
ImportReport import_stock(Database& db, const std::string& organisation,
                          const std::string& work_area, const std::filesystem::path& file,
                          const StockColumns& columns, const std::string& actor,
                          const std::string& display = {}, bool confirm_shrink = false,
                          const OnImported& on_imported = {});
// The Leefbaarometer grid geometry (grid_id -> its 100 m cell), needed for grid scores.
ImportReport import_grid(Database& db, const std::string& organisation,
                         const std::string& work_area, const std::filesystem::path& file,
                         const std::string& actor, const std::string& display = {},
                         bool confirm_shrink = false, const OnImported& on_imported = {});
// The CBS pc6hnr table; only the postcodes of the work area's imported stock are kept (all rows
// when no stock is imported yet), so the national table costs little room.
ImportReport import_pc6hnr(Database& db, const std::string& organisation,
                           const std::string& work_area, const std::filesystem::path& file,
                           const std::string& actor, const std::string& display = {},
                           bool confirm_shrink = false, const OnImported& on_imported = {});
// BAG addresses (verblijfsobjecten with a residential use, import/bag.hpp), for the households in
// an initiative's circle or polygon; only those within the work area's buurten (their bounding
// box, when buurten are imported) are kept.
ImportReport import_bag(Database& db, const std::string& organisation, const std::string& work_area,
                        const std::filesystem::path& file, const std::string& actor,
                        const std::string& display = {}, bool confirm_shrink = false,
                        const OnImported& on_imported = {});
ImportReport import_actuals(Database& db, const std::string& organisation,
                            const std::string& work_area, const std::filesystem::path& file,
                            const std::string& actor, const std::string& display = {},
                            bool confirm_shrink = false, const OnImported& on_imported = {});

// Any kind by name (one of kImportKinds). Stock columns: those given, or, when none is given, the
// columns named like the fields themselves (StockColumns::guess).
ImportReport import_file(Database& db, const std::string& kind, const std::string& organisation,
                         const std::string& work_area, const std::filesystem::path& file,
                         const StockColumns& columns, const std::string& actor,
                         const std::string& display = {}, bool confirm_shrink = false,
                         const OnImported& on_imported = {});

}  // namespace leefbaar::store
