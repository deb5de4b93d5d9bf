#pragma once
// The embedded SQLite store: opened with WAL and foreign keys, migrated on open to the newest
// schema version (schema/NNN_*.sql, compiled in; the version is PRAGMA user_version).
#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "store/sql.hpp"

namespace leefbaar::store {

struct StatementCache;

class Database {
 public:
  // Creates the file when it does not exist. Throws InputError when it is not a Leefbaar store or
  // comes from a newer version of Leefbaar.
  explicit Database(const std::filesystem::path& file);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // A statement for this SQL text, prepared on first use and cached (store/sql.hpp).
  Query query(std::string_view sql);
  // Runs statements without parameters or results (a script, a PRAGMA).
  void exec(std::string_view sql);
  std::int64_t last_insert_id() const;

  SQLite::Database& sql() { return *db_; }
  int schema_version();
  static int latest_schema_version();

 private:
  friend class Query;
  friend class Transaction;
  void migrate();
  void give_back(CachedStatement* statement) noexcept;

  std::unique_ptr<SQLite::Database> db_;
  // Declared after db_, so its statements are finalised before the connection closes.
  std::unique_ptr<StatementCache> cache_;
  int transaction_depth_ = 0;
  std::string file_;
};

// Now, as ISO 8601 UTC text ("2026-11-23T20:37:36Z"), the form every timestamp is stored in (it
// sorts as text in time order).
std::string utc_now();
std::string iso_utc(std::chrono::system_clock::time_point t);

}  // namespace leefbaar::store
