#pragma once
// Internal to the use cases: the audit entries of the imports, the same whichever way a file comes
// in: the programme's files from the server (programme.cpp) and the CLI (administration.cpp), and
// the activities and the ledger from their own pages and from the records of earlier years
// (records_io.cpp).
#include <fmt/format.h>

#include <cstdint>
#include <string>

#include "store/audit.hpp"
#include "store/imports.hpp"

namespace leefbaar::usecases {

// Written inside the import's own transaction (store::OnImported).
inline store::OnImported audit_import_as(const std::string& actor, const std::string& work_area) {
  return [actor, work_area](store::Database& db, const ImportReport& report) {
    store::record_audit(db, {actor, "import", fmt::format("import/{}", report.import_id),
                             store::describe_import(work_area, report), ""});
  };
}

inline void audit_activities_import(store::Database& db, const std::string& actor, long long n) {
  store::record_audit(
      db, {actor, "import", "wijk_activities", fmt::format("{} activiteiten ingelezen", n), ""});
}

inline void audit_spending_import(store::Database& db, const std::string& actor,
                                  std::int64_t work_area, long long n) {
  store::record_audit(db, {actor, "import", fmt::format("spending/work_area/{}", work_area),
                           fmt::format("{} regels", n), ""});
}

}  // namespace leefbaar::usecases
