#pragma once
// Internal to the database plumbing (store/database.cpp, store/sql.cpp): the prepared statements
// a connection keeps, by SQL text.
#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace leefbaar::store {

struct CachedStatement {
  CachedStatement(SQLite::Database& db, std::string sql_text, bool keep)
      : text(std::move(sql_text)), statement(db, text), cached(keep) {}
  std::string text;
  SQLite::Statement statement;
  bool cached;
  bool in_use = false;
};

// Statements by SQL text. A text in use twice at once (a query inside another's loop) gets a
// second statement. Texts built at run time could grow the cache without end, so past kLimit
// statements are prepared for one use only.
struct StatementCache {
  static constexpr std::size_t kLimit = 400;
  std::unordered_map<std::string, std::vector<std::unique_ptr<CachedStatement>>> by_text;
  std::size_t count = 0;
};

}  // namespace leefbaar::store
