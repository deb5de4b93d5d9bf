#include "store/sql.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/statement_cache.hpp"

namespace leefbaar::store {

namespace {

// SQLite's errors as the store's: busy is the caller's to retry, a unique key is a duplicate;
// anything else is a bug or a broken file and stays as it is (an internal error).
[[noreturn]] void rethrow_sqlite(const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    throw UnavailableError(std::string("the store is busy: ") + e.what());
  const int extended = e.getExtendedErrorCode();
  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY)
    throw DuplicateError(e.what());
  throw;
}

template <class F>
auto translated(F&& f) {
  try {
    return f();
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

}  // namespace

std::optional<std::string_view> or_null(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return text;
}

std::optional<double> or_null(double value) {
  if (std::isnan(value)) return std::nullopt;
  return value;
}

// Row ---------------------------------------------------------------------------------------------

std::int64_t Row::int64(const char* column) const {
  return statement_->statement.getColumn(column).getInt64();
}
int Row::integer(const char* column) const {
  return statement_->statement.getColumn(column).getInt();
}
double Row::real(const char* column) const {
  return statement_->statement.getColumn(column).getDouble();
}
bool Row::boolean(const char* column) const {
  return int64(column) != 0;
}
std::string Row::text(const char* column) const {
  const auto c = statement_->statement.getColumn(column);
  return c.isNull() ? std::string{} : c.getString();
}
bool Row::is_null(const char* column) const {
  return statement_->statement.getColumn(column).isNull();
}
std::optional<std::int64_t> Row::optional_int64(const char* column) const {
  if (is_null(column)) return std::nullopt;
  return int64(column);
}
std::optional<double> Row::optional_real(const char* column) const {
  if (is_null(column)) return std::nullopt;
  return real(column);
}
std::optional<std::string> Row::optional_text(const char* column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

// Query -------------------------------------------------------------------------------------------

Query::Query(Query&& other) noexcept
    : db_(other.db_), statement_(other.statement_), next_parameter_(other.next_parameter_) {
  other.statement_ = nullptr;
}

Query::~Query() {
  if (statement_) db_->give_back(statement_);
}

void Query::bind_null() {
  translated([&] { statement_->statement.bind(next_parameter_++); });
}
void Query::bind_int64(std::int64_t value) {
  translated([&] { statement_->statement.bind(next_parameter_++, value); });
}
void Query::bind_real(double value) {
  translated([&] { statement_->statement.bind(next_parameter_++, value); });
}
void Query::bind_text(std::string_view value) {
  // SQLiteCpp binds text from a std::string (copied by SQLite: SQLITE_TRANSIENT).
  translated([&] { statement_->statement.bind(next_parameter_++, std::string(value)); });
}

std::optional<Row> Query::next() & {
  const bool row = translated([&] { return statement_->statement.executeStep(); });
  if (!row) return std::nullopt;
  return Row(*statement_);
}

bool Query::exists() {
  return next().has_value();
}

std::optional<std::int64_t> Query::first_int64(const char* column) {
  const auto row = next();
  if (!row) return std::nullopt;
  return row->optional_int64(column);
}

std::optional<std::string> Query::first_text(const char* column) {
  const auto row = next();
  if (!row) return std::nullopt;
  return row->optional_text(column);
}

int Query::run() {
  return translated([&] {
    const int changed = statement_->statement.exec();
    // Ready for the next row of a loop: bind again and run again.
    statement_->statement.reset();
    statement_->statement.clearBindings();
    next_parameter_ = 1;
    return changed;
  });
}

std::int64_t Query::insert() {
  run();
  return db_->last_insert_id();
}

// Database's side of it ---------------------------------------------------------------------------

Database::~Database() = default;

Query Database::query(std::string_view sql) {
  auto& same_text = cache_->by_text[std::string(sql)];
  for (auto& s : same_text)
    if (!s->in_use) {
      s->in_use = true;
      return Query(*this, s.get());
    }
  const bool keep = cache_->count < StatementCache::kLimit;
  auto fresh =
      translated([&] { return std::make_unique<CachedStatement>(*db_, std::string(sql), keep); });
  fresh->in_use = true;
  CachedStatement* raw = fresh.get();
  if (keep) {
    same_text.push_back(std::move(fresh));
    ++cache_->count;
  } else {
    fresh.release();  // owned by the Query until give_back deletes it
  }
  return Query(*this, raw);
}

void Database::give_back(CachedStatement* statement) noexcept {
  try {
    statement->statement.reset();
    statement->statement.clearBindings();
  } catch (...) {
    // reset() answers the last step's error again; the statement itself is fine for reuse.
  }
  statement->in_use = false;
  if (!statement->cached) delete statement;
}

void Database::exec(std::string_view sql) {
  translated([&] { return db_->exec(std::string(sql)); });
}

std::int64_t Database::last_insert_id() const {
  return db_->getLastInsertRowid();
}

// Transaction -------------------------------------------------------------------------------------

// Nested when the connection is already inside a transaction, whoever opened it.
Transaction::Transaction(Database& db)
    : db_(db), depth_(sqlite3_get_autocommit(db.db_->getHandle()) ? 0 : db.transaction_depth_ + 1) {
  db_.exec(depth_ == 0 ? std::string("BEGIN IMMEDIATE")
                       : "SAVEPOINT nested_" + std::to_string(depth_));
  ++db_.transaction_depth_;
}

void Transaction::commit() {
  if (!open_) throw std::logic_error("transaction committed twice");
  db_.exec(depth_ == 0 ? std::string("COMMIT") : "RELEASE nested_" + std::to_string(depth_));
  open_ = false;
  --db_.transaction_depth_;
}

Transaction::~Transaction() {
  if (!open_) return;
  try {
    if (depth_ == 0) {
      db_.exec("ROLLBACK");
    } else {
      // ROLLBACK TO keeps the savepoint open; RELEASE then ends it with nothing changed.
      db_.exec("ROLLBACK TO nested_" + std::to_string(depth_));
      db_.exec("RELEASE nested_" + std::to_string(depth_));
    }
  } catch (...) {
    // Nothing more to do: a failed rollback leaves SQLite to roll back on close.
  }
  --db_.transaction_depth_;
}

}  // namespace leefbaar::store
