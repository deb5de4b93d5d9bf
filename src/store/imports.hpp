#pragma once
// Imports into the store: score tables, area geometries, the housing stock and actual spending,
// read with the same readers (and so the same validation) as the engine. An import is atomic: the
// file is read and checked completely before anything is written, and everything is written in
// one transaction. Re-importing a kind for a work area replaces its previous import (scores: per
// level), so the store holds one consistent version of each.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "import/areas.hpp"
#include "import/stock.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

struct ImportReport {
  std::string kind, file;
  std::int64_t import_id = 0;
  long long rows_read = 0;
  std::vector<std::string> warnings;
};

// Each reads the file with the engine's reader, then writes it into the work area (organisation
// and work area are created when new) and audits it as done by actor. Throws InputError (the
// reader's file/row/field message) on bad input; nothing is written then.
ImportReport import_scores(Database& db, const std::string& organisation,
                           const std::string& work_area, const std::filesystem::path& file,
                           const std::string& actor);
ImportReport import_areas(Database& db, const std::string& organisation,
                          const std::string& work_area, const std::filesystem::path& file,
                          AreaKind kind, const std::string& actor);
ImportReport import_stock(Database& db, const std::string& organisation,
                          const std::string& work_area, const std::filesystem::path& file,
                          const StockColumns& columns, const std::string& actor);
ImportReport import_actuals(Database& db, const std::string& organisation,
                            const std::string& work_area, const std::filesystem::path& file,
                            const std::string& actor);

}  // namespace leefbaar::store
