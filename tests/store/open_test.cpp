#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <tuple>

#include "engine/verify.hpp"
#include "store/migrations.hpp"
#include "store_fixture.hpp"

namespace duban {
namespace {

using test::read_file;
using ::testing::HasSubstr;

// The message of the StoreError `open` throws ("" if it does not throw).
template <class Open>
std::string store_error(Open open) {
  try {
    open();
  } catch (const StoreError& error) {
    return error.what();
  }
  return "";
}

// SQLite's plan for `sql`, one detail line each.
std::string query_plan(SqliteStore& store, const std::string& sql) {
  auto plan = store.connection().prepare("EXPLAIN QUERY PLAN " + sql);
  std::string details;
  while (plan.step()) details += plan.text(3) + "\n";
  return details;
}

TEST(OpenStore, SetsThePragmasOnEveryOpen) {
  test::StoreFolder folder;
  for (int open = 0; open < 2; ++open) {  // creating, then reopening
    SqliteStore store(folder.db());
    auto& db = store.connection();
    EXPECT_EQ(db.pragma_text("journal_mode"), "wal");
    EXPECT_EQ(db.pragma_int("synchronous"), 2);  // FULL
    EXPECT_EQ(db.pragma_int("foreign_keys"), 1);
    EXPECT_EQ(db.busy_timeout(), 5000);  // our own polling handler, not the pragma's
    EXPECT_EQ(db.pragma_int("user_version"), 6);
    EXPECT_EQ(latest_schema_version(), 6);
  }
}

TEST(OpenStore, CreatesTheSchemaWithItsIndexes) {
  test::StoreFolder folder;
  SqliteStore store(folder.db());
  auto statement = store.connection().prepare(
      "SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') AND name NOT LIKE "
      "'sqlite_autoindex%' ORDER BY name");
  std::vector<std::string> names;
  while (statement.step()) names.push_back(statement.text(0));
  EXPECT_THAT(names,
              ::testing::ElementsAre("events", "events_run", "events_task", "records", "runs",
                                     "task_owners", "task_owners_person", "tasks", "tasks_due",
                                     "tasks_open_due", "tasks_run", "tasks_state_due",
                                     "tasks_unit_due"));
}

TEST(OpenStore, StatusQueryReadsThroughTheDueIndex) {
  test::StoreFolder folder;
  SqliteStore store(folder.db());
  // All of a period's tasks, done or not (the open ones use tasks_open_due).
  const std::string details =
      query_plan(store, "SELECT id FROM tasks WHERE due >= ? AND due < ? ORDER BY due, id");
  EXPECT_THAT(details, HasSubstr("USING INDEX tasks_due"));
  EXPECT_THAT(details, ::testing::Not(HasSubstr("SCAN tasks\n")));
}

TEST(OpenStore, OpenTasksBeforeADateReadThroughThePartialIndex) {
  test::StoreFolder folder;
  SqliteStore store(folder.db());
  // The statement task_rows.cpp builds for TaskQuery{open_only, due_to}.
  const std::string details =
      query_plan(store,
                 "SELECT t.id FROM tasks t WHERE t.state NOT IN ('done', 'cancelled') "
                 "AND t.due < ? ORDER BY t.due, t.id");
  EXPECT_THAT(details, HasSubstr("USING INDEX tasks_open_due"));
}

TEST(OpenStore, AVersionOneDatabaseGainsTheLaterSteps) {
  test::StoreFolder folder;
  {
    SqliteStore store(folder.db());
    store.connection().exec(
        "DROP INDEX tasks_open_due; DROP TABLE records; PRAGMA user_version = 1");
  }
  SqliteStore store(folder.db());
  EXPECT_EQ(store.connection().pragma_int("user_version"), 6);
  // Added by steps 2 and 3; score_entries and accounts (4, 5) are gone again after 6.
  auto added = store.connection().prepare(
      "SELECT count(*) FROM sqlite_schema WHERE name IN ('tasks_open_due', 'records', "
      "'score_entries', 'accounts')");
  ASSERT_TRUE(added.step());
  EXPECT_EQ(added.int64(0), 2);
}

// The tables of schema versions 4 and 5, as those versions created them.
constexpr const char* kScoreAndAccountTables = R"sql(
CREATE TABLE score_entries (id TEXT PRIMARY KEY, week TEXT NOT NULL, person TEXT NOT NULL,
  item TEXT NOT NULL, value REAL NOT NULL, entered_at TEXT NOT NULL, entered_by TEXT NOT NULL,
  reason TEXT NOT NULL);
CREATE TABLE accounts (id TEXT PRIMARY KEY, password_hash TEXT NOT NULL, set_at TEXT NOT NULL,
  set_by TEXT NOT NULL);
)sql";

TEST(OpenStore, AVersionThreeDatabaseIsMigratedToTheLatest) {
  test::StoreFolder folder;
  {
    SqliteStore store(folder.db());
    store.connection().exec("PRAGMA user_version = 3");
  }
  SqliteStore store(folder.db());
  EXPECT_EQ(store.connection().pragma_int("user_version"), latest_schema_version());
  EXPECT_TRUE(store.records("").empty());
}

// Version 6 moves score entries and accounts into the generic records table:
// the score entry becomes what replaying its two events gives, so the log
// still verifies; the account keeps its hash, outside the log.
TEST(OpenStore, AVersionFiveDatabaseKeepsItsScoreEntriesAndAccountsAsRecords) {
  test::StoreFolder folder;
  {
    SqliteStore store(folder.db());
    auto writer = store.write();
    for (const auto& [time, actor, value] :
         {std::tuple{"2026-03-06T17:00", "liu-xiaoyan", 90.0},
          std::tuple{"2026-03-06T18:00", "li-wenhua", 95.5}}) {
      EventRecord event;
      event.time = time;
      event.actor = actor;
      event.type = "score.entered";
      event.payload = nlohmann::json{{"item", "attendance"},
                                     {"person", "sun-hao"},
                                     {"value", value},
                                     {"week", "2026-W10"}}
                          .dump();
      writer->append(event);
    }
    writer->commit();
    store.connection().exec(std::string("DELETE FROM records; ") + kScoreAndAccountTables +
                            "INSERT INTO score_entries VALUES ('2026-W10/sun-hao/attendance', "
                            "'2026-W10', 'sun-hao', 'attendance', 95.5, '2026-03-06T18:00', "
                            "'li-wenhua', ''); "
                            "INSERT INTO accounts VALUES ('liu', '$argon2id$h', "
                            "'2026-03-01T09:00', 'system'); PRAGMA user_version = 5");
  }
  SqliteStore store(folder.db());
  EXPECT_EQ(store.connection().pragma_int("user_version"), latest_schema_version());
  const auto entry = store.record("duban:score_entry", "2026-W10/sun-hao/attendance");
  ASSERT_TRUE(entry.has_value());
  EXPECT_EQ(entry->version, 2);
  EXPECT_EQ(entry->created_at, "2026-03-06T17:00");
  EXPECT_EQ(nlohmann::json::parse(entry->data).at("value"), 95.5);
  const auto account = store.record("duban:account", "liu");
  ASSERT_TRUE(account.has_value());
  EXPECT_EQ(nlohmann::json::parse(account->data).at("password_hash"), "$argon2id$h");
  const auto report = verify_store(store);
  EXPECT_TRUE(report.ok()) << report.problem;
  EXPECT_EQ(report.score_entries, 1);
}

TEST(OpenStore, OwnerQueryReadsThroughThePersonIndex) {
  test::StoreFolder folder;
  SqliteStore store(folder.db());
  const std::string details =
      query_plan(store,
                 "SELECT t.id FROM tasks t JOIN task_owners o ON o.task = t.id AND "
                 "o.person = ?");
  EXPECT_THAT(details, HasSubstr("task_owners_person"));
}

TEST(OpenStore, NewerSchemaIsRefusedAndTheFileIsUnchanged) {
  test::StoreFolder folder;
  { SqliteStore store(folder.db()); }
  {
    SqliteConnection db(folder.db(), OpenMode::read_write);
    db.exec("PRAGMA user_version = 7");
  }
  const std::string before = read_file(folder.db());
  const std::string message = store_error([&] { SqliteStore store(folder.db()); });
  EXPECT_EQ(message, folder.db().string() +
                         " was written by a newer duban (schema version 7; this program knows "
                         "up to 6); nothing was changed");
  EXPECT_EQ(read_file(folder.db()), before);
}

TEST(OpenStore, MissingFolderIsNamed) {
  test::StoreFolder folder;
  const auto missing = folder.path() / "no" / "such";
  const std::string message = store_error([&] { SqliteStore store(missing / "duban.db"); });
  EXPECT_THAT(message, HasSubstr("folder " + missing.string() + " does not exist"));
  EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST(OpenStore, EmptyFileBecomesADatabase) {
  test::StoreFolder folder;
  test::write_file(folder.db(), "");
  SqliteStore store(folder.db());
  EXPECT_EQ(store.connection().pragma_int("user_version"), 6);
}

TEST(OpenStore, AnotherProgramsDatabaseIsRefusedUntouched) {
  test::StoreFolder folder;
  {
    SqliteConnection db(folder.db(), OpenMode::read_write_create);
    db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')");
  }
  const std::string before = read_file(folder.db());
  EXPECT_EQ(store_error([&] { SqliteStore store(folder.db()); }),
            folder.db().string() + ": not a duban database (it has tables of another program)");
  EXPECT_EQ(read_file(folder.db()), before);
}

TEST(OpenStoreUrl, SqliteUrlIsRelativeToTheRoot) {
  test::StoreFolder folder;
  std::filesystem::create_directories(folder.path() / "data");
  auto store = open_store("sqlite:data/duban.db", folder.path());
  EXPECT_NE(store, nullptr);
  EXPECT_TRUE(std::filesystem::exists(folder.path() / "data" / "duban.db"));
}

TEST(OpenStoreUrl, AbsolutePathIgnoresTheRoot) {
  test::StoreFolder folder;
  auto store = open_store("sqlite:" + folder.db().string(), "/nonexistent-root");
  EXPECT_TRUE(std::filesystem::exists(folder.db()));
}

TEST(OpenStoreUrl, OtherUrlsAreRefused) {
  test::StoreFolder folder;
  EXPECT_EQ(store_error([&] { open_store("mysql://x", folder.path()); }),
            "unknown database URL 'mysql://x' (use sqlite:FILE)");
  EXPECT_EQ(store_error([&] { open_store("duban.db", folder.path()); }),
            "unknown database URL 'duban.db' (use sqlite:FILE)");
  EXPECT_THAT(store_error([&] { open_store("postgresql://host/db", folder.path()); }),
              HasSubstr("PostgreSQL is not supported yet"));
  EXPECT_THAT(store_error([&] { open_store("sqlite:", folder.path()); }),
              HasSubstr("names no file"));
}

}  // namespace
}  // namespace duban
