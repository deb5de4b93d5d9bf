#include "store/database.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>

#include "core/errors.hpp"
#include "store/migrations.hpp"
#include "store/statement_cache.hpp"

namespace leefbaar::store {

std::string iso_utc(std::chrono::system_clock::time_point t) {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}",
                     std::chrono::time_point_cast<std::chrono::seconds>(t));
}

std::string utc_now() {
  return iso_utc(std::chrono::system_clock::now());
}

Database::Database(const std::filesystem::path& file)
    : cache_(std::make_unique<StatementCache>()), file_(file.string()) {
  try {
    db_ = std::make_unique<SQLite::Database>(file_, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // Before the first statement: another connection (the server's, a CLI import) may be writing.
    db_->setBusyTimeout(30000);
    db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA foreign_keys = ON");
  } catch (const SQLite::Exception& e) {
    throw InputError(fmt::format("{}: cannot open the store: {}", file_, e.what()));
  }
  migrate();
}

int Database::schema_version() {
  return db_->execAndGet("PRAGMA user_version").getInt();
}

int Database::latest_schema_version() {
  return static_cast<int>(migrations().size());
}

void Database::migrate() {
  int version = 0;
  try {
    version = schema_version();
  } catch (const SQLite::Exception& e) {
    throw InputError(
        fmt::format("{}: not a Leefbaar store (SQLite database): {}", file_, e.what()));
  }
  const auto& steps = migrations();
  if (version > static_cast<int>(steps.size())) {
    throw InputError(fmt::format(
        "{}: the store has schema version {}, this Leefbaar knows up to {}; use a newer Leefbaar",
        file_, version, steps.size()));
  }
  if (version == static_cast<int>(steps.size())) return;
  // Foreign keys are off while migrating, so a step may rebuild a table that others reference
  // (SQLite's way to change a CHECK constraint; dropping the old table would otherwise cascade).
  // Each step checks the keys before it commits. The pragma has no effect inside a transaction.
  db_->exec("PRAGMA foreign_keys = OFF");
  for (auto i = static_cast<std::size_t>(version); i < steps.size(); ++i) {
    // One transaction per step: a failed migration leaves the store at the previous version.
    SQLite::Transaction transaction(*db_);
    db_->exec(std::string(steps[i].sql));
    SQLite::Statement violations(*db_, "PRAGMA foreign_key_check");
    if (violations.executeStep())
      throw std::runtime_error(fmt::format("{}: schema step {} breaks a foreign key in table {}",
                                           file_, steps[i].name,
                                           violations.getColumn(0).getString()));
    db_->exec(fmt::format("PRAGMA user_version = {}", i + 1));
    transaction.commit();
  }
  db_->exec("PRAGMA foreign_keys = ON");
}

}  // namespace leefbaar::store
