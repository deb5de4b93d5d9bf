#include <gtest/gtest.h>

#include <fstream>

#include "store/migrations.hpp"
#include "store/runs.hpp"
#include "store/settings.hpp"
#include "support/errors.hpp"
#include "support/store_fixture.hpp"
#include "support/temp_files.hpp"
#include "support/world.hpp"

namespace leefbaar::testing {

TEST(Store, NewStoreIsMigratedToTheLatestVersionWithWalAndForeignKeys) {
  TempDir dir;
  store::Database db(dir.path() / "leefbaar.sqlite");
  EXPECT_EQ(db.schema_version(), store::Database::latest_schema_version());
  EXPECT_GE(store::Database::latest_schema_version(), 1);
  EXPECT_EQ(db.sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
  EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
  EXPECT_TRUE(db.sql().tableExists("programme_runs"));
  EXPECT_TRUE(db.sql().tableExists("audit_log"));
}

TEST(Store, MigratesAStoreOfEveryOlderVersionKeepingItsData) {
  for (int from = 1; from < store::Database::latest_schema_version(); ++from) {
    TempDir dir;
    const auto file = dir.path() / "old.sqlite";
    {
      // A store as an older Leefbaar left it: the first `from` steps, with a row in it.
      SQLite::Database old(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      for (int i = 0; i < from; ++i)
        old.exec(std::string(store::migrations()[static_cast<std::size_t>(i)].sql));
      old.exec("PRAGMA user_version = " + std::to_string(from));
      old.exec(
          "INSERT INTO organisations (name, kind, created_at) VALUES ('Actium', 'corporatie', "
          "'2026-01-01T00:00:00Z')");
    }
    store::Database db(file);
    EXPECT_EQ(db.schema_version(), store::Database::latest_schema_version())
        << "from version " << from;
    EXPECT_EQ(db.sql().execAndGet("SELECT name FROM organisations").getString(), "Actium");
  }
}

TEST(Store, ReopeningKeepsDataAndDoesNotMigrateAgain) {
  TempDir dir;
  { store::Database db(dir.path() / "s.sqlite"); }
  store::Database db(dir.path() / "s.sqlite");
  EXPECT_EQ(db.schema_version(), store::Database::latest_schema_version());
}

TEST(Store, RefusesAStoreFromANewerVersionAndAFileThatIsNoStore) {
  TempDir dir;
  {
    store::Database db(dir.path() / "new.sqlite");
    db.sql().exec("PRAGMA user_version = 999");
  }
  EXPECT_NE(input_error_of([&] {
              store::Database db(dir.path() / "new.sqlite");
            }).find("schema version 999"),
            std::string::npos);
  const auto text =
      dir.write("notes.sqlite", "this is a text file, not a database, and long enough to be read");
  EXPECT_NE(input_error_of([&] { store::Database db(text); }).find("notes.sqlite"),
            std::string::npos);
}

TEST(Store, SavesARunWithItsResults) {
  World w;
  w.unit("a", "BU01060101").daeb = true;
  w.unit("b", "BU00850101");
  w.score(ScoreLevel::buurt, "BU01060101", 2022, {-1, 0, 0, 0, -0.1});
  w.score(ScoreLevel::buurt, "BU00850101", 2022, {1, 0, 0, 0, 0.1});
  w.params.classification.min_units = 1;
  const auto result = w.run();
  const std::vector<InputChecksum> inputs{{"stock", "stock/vhe.csv", std::string(64, 'a')}};
  TempDir dir;
  store::Database db(dir.path() / "s.sqlite");
  const auto id = store::save_programme_run(
      db, {"Actium", "Drenthe", "analist", w.params, inputs, w.stock, result});
  const auto id2 = store::save_programme_run(
      db, {"Actium", "Drenthe", "analist", w.params, inputs, w.stock, result});
  EXPECT_NE(id, id2);
  const auto drenthe = store::find_work_area(db, "Actium", "Drenthe")->id;
  const auto runs = store::list_programme_runs(db, drenthe);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].organisation, "Actium");
  EXPECT_EQ(runs[0].work_area, "Drenthe");
  EXPECT_EQ(runs[0].units, 2);
  EXPECT_EQ(runs[0].coupled_units, 2);
  EXPECT_FALSE(store::run_gemeenten(db, drenthe, 999));
  EXPECT_FALSE(store::run_gemeenten(db, drenthe + 1, id));  // another work area's run
  const auto gemeenten = *store::run_gemeenten(db, drenthe, id);
  ASSERT_EQ(gemeenten.size(), 2u);
  EXPECT_EQ(gemeenten[0].code, "GM0085");
  EXPECT_EQ(gemeenten[0].budget_plan + gemeenten[1].budget_plan, 1000);
  EXPECT_TRUE(gemeenten[1].focus);
  EXPECT_EQ(row_count(db, "audit_log"), 0);  // the use case's (usecases/access_audit_test.cpp)
  EXPECT_EQ(row_count(db, "run_areas", "run_id = " + std::to_string(id)),
            static_cast<long long>(result.areas.size()));
  EXPECT_EQ(row_count(db, "organisations"), 1);
  // Deleting a run takes its rows with it (foreign keys with cascade are on).
  db.sql().exec("DELETE FROM programme_runs WHERE id = " + std::to_string(id));
  EXPECT_EQ(row_count(db, "run_gemeenten", "run_id = " + std::to_string(id)), 0);
}

}  // namespace leefbaar::testing
