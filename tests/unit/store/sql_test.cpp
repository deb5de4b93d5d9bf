// The store's SQL helper (store/sql.hpp): cached statements, binding in order, columns by name,
// transactions that nest.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "store/database.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

struct SqlTest : ::testing::Test {
  TempDir dir;
  store::Database db{dir.path() / "leefbaar.sqlite"};
  void SetUp() override {
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, share REAL, note TEXT)");
  }
  void add(const std::string& name, double share, std::optional<std::string> note) {
    db.query("INSERT INTO t (name, share, note) VALUES (?, ?, ?)").bind(name, share, note).run();
  }
  long long count() {
    return db.query("SELECT count(*) AS n FROM t").first_int64("n").value_or(-1);
  }
};

}  // namespace

TEST_F(SqlTest, BindsInOrderAndReadsColumnsByName) {
  add("Lorentz", 0.5, "hoek");
  add("Pelikaan", 0.25, std::nullopt);
  auto q = db.query("SELECT note, share, name, id FROM t WHERE share >= ? ORDER BY name");
  q.bind(0.25);
  std::vector<std::string> seen;
  while (auto row = q.next()) {
    seen.push_back(row->text("name") + ":" + row->text("note") + ":" +
                   (row->optional_text("note") ? "set" : "null"));
    EXPECT_GT(row->int64("id"), 0);
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"Lorentz:hoek:set", "Pelikaan::null"}));
}

TEST_F(SqlTest, AnUnknownColumnNameThrows) {
  add("Lorentz", 0.5, std::nullopt);
  auto q = db.query("SELECT name FROM t");
  auto row = q.next();
  ASSERT_TRUE(row);
  EXPECT_ANY_THROW(row->text("nmae"));
}

TEST_F(SqlTest, OrNullBindsEmptyTextAsNull) {
  db.query("INSERT INTO t (name, note) VALUES (?, ?)").bind("a", store::or_null("")).run();
  db.query("INSERT INTO t (name, note) VALUES (?, ?)").bind("b", store::or_null("x")).run();
  EXPECT_EQ(db.query("SELECT count(*) AS n FROM t WHERE note IS NULL").first_int64("n"), 1);
}

TEST_F(SqlTest, ACachedStatementComesBackResetAndUnbound) {
  add("Lorentz", 0.5, std::nullopt);
  add("Pelikaan", 0.25, std::nullopt);
  for (int i = 0; i < 3; ++i) {
    // Left mid-way through its rows: the next use starts again from the first.
    auto q = db.query("SELECT name FROM t ORDER BY name");
    auto row = q.next();
    ASSERT_TRUE(row);
    EXPECT_EQ(row->text("name"), "Lorentz");
  }
  // A parameter left unbound is NULL, not the value of the previous use.
  db.query("SELECT id FROM t WHERE name = ?").bind("Lorentz").exists();
  auto q = db.query("SELECT id FROM t WHERE name = ?");
  EXPECT_FALSE(q.exists());
}

TEST_F(SqlTest, TheSameTextInsideItsOwnLoopGetsASecondStatement) {
  add("Lorentz", 0.5, std::nullopt);
  add("Pelikaan", 0.25, std::nullopt);
  int pairs = 0;
  auto outer = db.query("SELECT name FROM t");
  while (auto a = outer.next()) {
    auto inner = db.query("SELECT name FROM t");
    while (auto b = inner.next()) ++pairs;
    EXPECT_FALSE(a->text("name").empty());  // the outer row is still there
  }
  EXPECT_EQ(pairs, 4);
}

TEST_F(SqlTest, AnInsertAnswersTheIdOfItsRow) {
  auto q = db.query("INSERT INTO t (name) VALUES (?)");
  const auto first = q.bind("Lorentz").insert();
  const auto second = q.bind("Pelikaan").insert();
  EXPECT_EQ(second, first + 1);
  EXPECT_EQ(db.query("SELECT name FROM t WHERE id = ?").bind(second).first_text("name"),
            "Pelikaan");
}

TEST_F(SqlTest, AUniqueKeyRefusalIsADuplicateError) {
  add("Lorentz", 0.5, std::nullopt);
  EXPECT_THROW(add("Lorentz", 0.1, std::nullopt), store::DuplicateError);
  EXPECT_EQ(count(), 1);
}

TEST_F(SqlTest, ATransactionRollsBackWhenLeftUncommitted) {
  {
    store::Transaction t(db);
    add("Lorentz", 0.5, std::nullopt);
  }
  EXPECT_EQ(count(), 0);
  {
    store::Transaction t(db);
    add("Lorentz", 0.5, std::nullopt);
    t.commit();
  }
  EXPECT_EQ(count(), 1);
}

TEST_F(SqlTest, ANestedTransactionIsASavepoint) {
  store::Transaction outer(db);
  add("Lorentz", 0.5, std::nullopt);
  try {
    store::Transaction inner(db);
    add("Pelikaan", 0.25, std::nullopt);
    add("Lorentz", 0.1, std::nullopt);  // a duplicate: the inner part fails
    inner.commit();
  } catch (const store::DuplicateError&) {
  }
  {
    store::Transaction inner(db);
    add("Kloosterveen", 0.75, std::nullopt);
    inner.commit();
  }
  outer.commit();
  EXPECT_EQ(count(), 2);  // Lorentz and Kloosterveen; Pelikaan went with its savepoint
}

TEST_F(SqlTest, ABusyStoreIsUnavailableNotAnInternalError) {
  store::Database other(dir.path() / "leefbaar.sqlite");
  other.sql().setBusyTimeout(0);
  store::Transaction t(db);
  add("Lorentz", 0.5, std::nullopt);  // db holds the write lock
  EXPECT_THROW(other.query("INSERT INTO t (name) VALUES ('x')").run(), UnavailableError);
}

}  // namespace leefbaar::testing
