#pragma once
// The one way the store speaks SQL (after maplibre-native's offline database): a statement is
// prepared once per SQL text and cached on the connection; values are bound in order; columns are
// read by their name, never by position; a Transaction commits or rolls back as it leaves scope and
// nests (as a savepoint) inside another. No SQLite type appears here, so a second database can
// stand behind the same calls.
//
//   Query q = db.query("SELECT id, name FROM organisations WHERE kind = ?");
//   q.bind(kind);
//   while (auto row = q.next()) names[row->int64("id")] = row->text("name");
//   db.query("UPDATE users SET name = ? WHERE id = ?").bind(name, id).run();
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace leefbaar::store {

class Database;
struct CachedStatement;

// A UNIQUE or PRIMARY KEY constraint refused a write: the record is already there. Callers turn it
// into the message their user needs (a FieldError or ConflictError).
class DuplicateError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Binds NULL (an absent optional binds NULL too).
struct Null {};
inline constexpr Null null{};

// Empty text as NULL: the columns that are "not given" rather than "given as empty".
std::optional<std::string_view> or_null(std::string_view text);
// A missing number (NaN: a score that is not there) as NULL.
std::optional<double> or_null(double value);

// The current row of a Query; valid until the next step.
class Row {
 public:
  std::int64_t int64(const char* column) const;
  int integer(const char* column) const;
  double real(const char* column) const;
  bool boolean(const char* column) const;      // an integer column: not zero
  std::string text(const char* column) const;  // "" for NULL
  bool is_null(const char* column) const;
  std::optional<std::int64_t> optional_int64(const char* column) const;
  std::optional<double> optional_real(const char* column) const;
  std::optional<std::string> optional_text(const char* column) const;

 private:
  friend class Query;
  explicit Row(CachedStatement& statement) : statement_(&statement) {}
  CachedStatement* statement_;
};

// A prepared statement taken from the connection's cache; handed back, reset and unbound, when it
// goes out of scope.
class Query {
 public:
  Query(Query&& other) noexcept;
  Query& operator=(Query&&) = delete;
  Query(const Query&) = delete;
  ~Query();

  // Binds the values to the parameters 1, 2, ... in order (after any bound before).
  template <class... Values>
  Query& bind(const Values&... values) & {
    (bind_next(values), ...);
    return *this;
  }
  template <class... Values>
  Query&& bind(const Values&... values) && {
    (bind_next(values), ...);
    return std::move(*this);
  }
  // Steps to the next row; nullopt when there are no more. Not on a temporary: the row would
  // outlive its statement.
  std::optional<Row> next() &;
  std::optional<Row> next() && = delete;

  // These read and copy out, so they may end a chain (db.query(...).bind(...).exists()).
  // Every row, each read by read(const Row&) into the vector answered:
  //   return db.query("SELECT code, name FROM areas WHERE work_area_id = ?").bind(wa).all(
  //       [](const Row& r) { return Area{r.text("code"), r.text("name")}; });
  template <class Read>
  auto all(Read&& read) {
    std::vector<std::decay_t<std::invoke_result_t<Read&, const Row&>>> out;
    while (auto row = next()) out.push_back(read(*row));
    return out;
  }
  // The first row read by read(const Row&); nullopt when there is none.
  template <class Read>
  auto first(Read&& read) {
    using Value = std::decay_t<std::invoke_result_t<Read&, const Row&>>;
    if (auto row = next()) return std::optional<Value>(read(*row));
    return std::optional<Value>();
  }
  bool exists();                                                // there is a row
  std::optional<std::int64_t> first_int64(const char* column);  // of the first row (NULL: nullopt)
  std::optional<std::string> first_text(const char* column);
  // Runs a statement that writes; answers the number of rows it changed. Throws DuplicateError
  // when a unique constraint refuses the write. Afterwards the query is unbound, ready to be bound
  // and run again (a loop of inserts keeps one Query).
  int run();
  // Runs an INSERT and answers the id of the row it added (SQLite's rowid; RETURNING id elsewhere).
  std::int64_t insert();

 private:
  friend class Database;
  Query(Database& db, CachedStatement* statement) : db_(&db), statement_(statement) {}

  template <class T>
  void bind_next(const T& value) {
    using V = std::decay_t<T>;
    if constexpr (std::is_same_v<V, Null> || std::is_same_v<V, std::nullopt_t>) {
      bind_null();
    } else if constexpr (is_optional<V>::value) {
      if (value)
        bind_next(*value);
      else
        bind_null();
    } else if constexpr (std::is_same_v<V, bool>) {
      bind_int64(value ? 1 : 0);
    } else if constexpr (std::is_integral_v<V> || std::is_enum_v<V>) {
      bind_int64(static_cast<std::int64_t>(value));
    } else if constexpr (std::is_floating_point_v<V>) {
      bind_real(static_cast<double>(value));
    } else {
      bind_text(std::string_view(value));
    }
  }
  template <class T>
  struct is_optional : std::false_type {};
  template <class T>
  struct is_optional<std::optional<T>> : std::true_type {};

  void bind_null();
  void bind_int64(std::int64_t value);
  void bind_real(double value);
  void bind_text(std::string_view value);

  Database* db_;
  CachedStatement* statement_;
  int next_parameter_ = 1;
};

// BEGIN IMMEDIATE ... COMMIT, or a SAVEPOINT inside a transaction already open on the connection;
// rolls back when it leaves scope uncommitted (an exception, an early return). IMMEDIATE: the
// write lock is taken first, so a transaction waits for another writer (a CLI import) for the busy
// timeout instead of failing half-way when its first write finds the store taken.
class Transaction {
 public:
  explicit Transaction(Database& db);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Database& db_;
  int depth_;
  bool open_ = true;
};

}  // namespace leefbaar::store
