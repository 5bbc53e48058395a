// Files that are not healthy duban databases are refused, and stay
// byte-for-byte as they were, with no side files left behind.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "store_fixture.hpp"

namespace duban {
namespace {

namespace fs = std::filesystem;
using test::read_file;
using test::write_file;
using ::testing::AnyOf;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string open_error(const fs::path& file) {
  try {
    SqliteStore store(file);
  } catch (const StoreError& error) {
    return error.what();
  }
  return "";
}

void expect_no_side_files(const fs::path& file) {
  EXPECT_FALSE(fs::exists(file.string() + "-wal"));
  EXPECT_FALSE(fs::exists(file.string() + "-shm"));
}

// Bytes that repeat a pattern so they are not all zero: no SQLite magic.
std::string garbage(std::size_t size) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 7919 + 13) % 251);
  return bytes;
}

// A real store with enough rows that its tables span many pages.
void fill_store(const fs::path& file) {
  SqliteStore store(file);
  auto writer = store.write();
  writer->put_run(test::sample_run());
  for (int i = 0; i < 300; ++i) {
    writer->put_task(test::sample_task("task." + std::to_string(i)));
    writer->append(test::sample_event("task.created", "task." + std::to_string(i)));
  }
  writer->commit();
}

TEST(CorruptFile, GarbageIsNotADatabase) {
  test::StoreFolder folder;
  const std::string bytes = garbage(5000);
  write_file(folder.db(), bytes);
  EXPECT_EQ(open_error(folder.db()),
            folder.db().string() + ": not a duban database (file is not a database)");
  EXPECT_EQ(read_file(folder.db()), bytes);
  expect_no_side_files(folder.db());
}

TEST(CorruptFile, ShortTextFileIsNotADatabase) {
  test::StoreFolder folder;
  write_file(folder.db(), "hello\n");
  EXPECT_EQ(open_error(folder.db()),
            folder.db().string() + ": not a duban database (file is not a database)");
  EXPECT_EQ(read_file(folder.db()), "hello\n");
}

TEST(CorruptFile, MagicFollowedByGarbageIsNotADatabase) {
  test::StoreFolder folder;
  const std::string bytes = std::string("SQLite format 3", 16) + garbage(4000);
  write_file(folder.db(), bytes);
  EXPECT_THAT(open_error(folder.db()), StartsWith(folder.db().string() + ": not a duban database"));
  EXPECT_EQ(read_file(folder.db()), bytes);
  expect_no_side_files(folder.db());
}

TEST(CorruptFile, TruncatedDatabaseIsRefusedUntouched) {
  test::StoreFolder folder;
  const fs::path original = folder.path() / "original.db";
  fill_store(original);
  const std::string whole = read_file(original);
  ASSERT_GT(whole.size(), 16u * 4096u);
  const std::string half = whole.substr(0, whole.size() / 2);
  write_file(folder.db(), half);

  const std::string message = open_error(folder.db());
  EXPECT_THAT(message, AnyOf(StartsWith(folder.db().string() + ": database is corrupt: "),
                             StartsWith(folder.db().string() + ": not a duban database")));
  EXPECT_EQ(read_file(folder.db()), half);
  expect_no_side_files(folder.db());
}

TEST(CorruptFile, DamagedPageIsFoundByTheIntegrityCheckNotOnOpen) {
  test::StoreFolder folder;
  const fs::path original = folder.path() / "original.db";
  fill_store(original);
  std::string bytes = read_file(original);
  // Overwrite the middle of the file: the header is intact, a b-tree page is not.
  const std::size_t page = 4096;
  const std::size_t middle = (bytes.size() / page / 2) * page;
  bytes.replace(middle, page, garbage(page));
  write_file(folder.db(), bytes);

  // Opening reads the header and the schema only: a command that never
  // reads the damaged page works; the whole-file check names the damage.
  std::string message;
  {
    SqliteStore store(folder.db());
    try {
      store.check_integrity();
    } catch (const StoreError& error) {
      message = error.what();
    }
  }
  EXPECT_THAT(message, StartsWith(folder.db().string() + ": database is corrupt: "));
  EXPECT_EQ(read_file(folder.db()), bytes);
  expect_no_side_files(folder.db());
}

TEST(CorruptFile, HealthyStorePassesTheIntegrityCheck) {
  test::StoreFolder folder;
  fill_store(folder.db());
  SqliteStore store(folder.db());
  EXPECT_NO_THROW(store.check_integrity());
}

TEST(CorruptFile, AFolderIsNotADatabaseFile) {
  test::StoreFolder folder;
  fs::create_directories(folder.db());
  EXPECT_THAT(open_error(folder.db()), HasSubstr("is a folder"));
}

}  // namespace
}  // namespace duban
