// The thin SQLite layer: error messages, transactions, the busy retry.

#include "store/sqlite_db.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace duban {
namespace {

using ::testing::HasSubstr;

constexpr int kSqliteBusy = 5;                 // SQLITE_BUSY
constexpr int kSqliteConstraintUnique = 2067;  // SQLITE_CONSTRAINT_UNIQUE

class SqliteDb : public ::testing::Test {
 protected:
  test::StoreFolder folder_;
  SqliteConnection db_{folder_.db(), OpenMode::read_write_create};
};

TEST_F(SqliteDb, ErrorsCarryFileMessageAndExtendedCodeName) {
  db_.exec("CREATE TABLE t (a TEXT UNIQUE); INSERT INTO t VALUES ('x')");
  try {
    db_.exec("INSERT INTO t VALUES ('x')");
    FAIL() << "no error";
  } catch (const SqliteError& error) {
    EXPECT_EQ(std::string(error.what()), folder_.db().string() +
                                             ": UNIQUE constraint failed: t.a "
                                             "(SQLITE_CONSTRAINT_UNIQUE)");
    EXPECT_EQ(error.extended_code(), kSqliteConstraintUnique);
  }
  EXPECT_THROW(db_.prepare("SELEC 1"), StoreError);
}

TEST_F(SqliteDb, CodeNamesComeFromTheHeader) {
  EXPECT_EQ(sqlite_code_name(kSqliteBusy), "SQLITE_BUSY");
  EXPECT_EQ(sqlite_code_name(kSqliteConstraintUnique), "SQLITE_CONSTRAINT_UNIQUE");
  EXPECT_EQ(sqlite_code_name(kSqliteBusy | (99 << 8)), "SQLITE_BUSY 25349");
}

TEST_F(SqliteDb, StatementBindsAndReadsEachType) {
  auto statement = db_.prepare("SELECT ?, ?, ?, ?");
  statement.bind_text(1, "汉字").bind_int64(2, 1LL << 40).bind_double(3, 0.25).bind_null(4);
  ASSERT_TRUE(statement.step());
  EXPECT_EQ(statement.text(0), "汉字");
  EXPECT_EQ(statement.int64(1), 1LL << 40);
  EXPECT_EQ(statement.real(2), 0.25);
  EXPECT_TRUE(statement.is_null(3));
  EXPECT_EQ(statement.text(3), "");
  EXPECT_FALSE(statement.step());
  statement.reset();
  EXPECT_TRUE(statement.step());  // bindings cleared: four NULLs
  EXPECT_TRUE(statement.is_null(0));
}

TEST_F(SqliteDb, TransactionRollsBackUnlessCommitted) {
  db_.exec("CREATE TABLE t (a)");
  {
    ImmediateTransaction transaction(db_);
    db_.exec("INSERT INTO t VALUES (1)");
  }
  auto count = [&] {
    auto statement = db_.prepare("SELECT count(*) FROM t");
    statement.step();
    return statement.int64(0);
  };
  EXPECT_EQ(count(), 0);
  {
    ImmediateTransaction transaction(db_);
    db_.exec("INSERT INTO t VALUES (1)");
    transaction.commit();
  }
  EXPECT_EQ(count(), 1);
}

TEST(RetryWhileBusy, RetriesBusyThenSucceeds) {
  int calls = 0;
  std::vector<int> pauses;
  retry_while_busy(
      [&] {
        if (++calls < 3) throw SqliteError("busy", kSqliteBusy);
      },
      [&](int attempt) { pauses.push_back(attempt); });
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(pauses, (std::vector<int>{0, 1}));
}

TEST(RetryWhileBusy, GivesUpAfterAFewTries) {
  int calls = 0;
  EXPECT_THROW(retry_while_busy(
                   [&] {
                     ++calls;
                     throw SqliteError("busy", kSqliteBusy);
                   },
                   [](int) {}),
               SqliteError);
  EXPECT_EQ(calls, 12);
}

TEST(RetryWhileBusy, OtherErrorsAreNotRetried) {
  int calls = 0;
  EXPECT_THROW(retry_while_busy(
                   [&] {
                     ++calls;
                     throw SqliteError("unique", kSqliteConstraintUnique);
                   },
                   [](int) {}),
               SqliteError);
  EXPECT_EQ(calls, 1);
}

TEST(SqliteOpen, FailureNamesTheFile) {
  test::StoreFolder folder;
  try {
    SqliteConnection db(folder.path() / "missing.db", OpenMode::read_write);
    FAIL() << "opened a missing file";
  } catch (const SqliteError& error) {
    EXPECT_THAT(error.what(), HasSubstr((folder.path() / "missing.db").string()));
    EXPECT_THAT(error.what(), HasSubstr("SQLITE_CANTOPEN"));
  }
}

}  // namespace
}  // namespace duban
