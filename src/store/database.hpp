#pragma once
// The embedded SQLite store: opened with WAL and foreign keys, migrated on open to the newest
// schema version (schema/NNN_*.sql, compiled in; the version is PRAGMA user_version).
#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

namespace leefbaar::store {

class Database {
 public:
  // Creates the file when it does not exist. Throws InputError when it is not a Leefbaar store or
  // comes from a newer version of Leefbaar.
  explicit Database(const std::filesystem::path& file);

  SQLite::Database& sql() { return *db_; }
  int schema_version();
  static int latest_schema_version();

 private:
  void migrate();
  std::unique_ptr<SQLite::Database> db_;
  std::string file_;
};

// Now, as ISO 8601 UTC text ("2026-11-23T20:37:36Z"), the form every timestamp is stored in (it
// sorts as text in time order).
std::string utc_now();
std::string iso_utc(std::chrono::system_clock::time_point t);

}  // namespace leefbaar::store
