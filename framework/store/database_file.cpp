// The read-only checks of an existing database file; see database_file.hpp.

#include "store/database_file.hpp"

#include <sqlite3.h>

#include <string>

#include "store/migrations.hpp"
#include "store/sqlite_db.hpp"

namespace duban {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void not_a_database(const fs::path& file, const std::string& why) {
  throw StoreError(file.string() + ": not a duban database (" + why + ")");
}

// A database with tables but no schema version is some other program's:
// duban's first migration creates its tables and sets the version together.
// Both are read in one statement, so in one read transaction: read apart,
// another process creating the database could commit its first migration
// in between, and its tables would look like another program's.
void check_owner(SqliteConnection& db, const fs::path& file) {
  auto read = db.prepare(
      "SELECT (SELECT user_version FROM pragma_user_version), "
      "(SELECT count(*) FROM sqlite_schema WHERE type = 'table')");
  if (!read.step()) return;
  const std::int64_t version = read.int64(0);
  refuse_newer_schema(file.string(), version);
  if (version == 0 && read.int64(1) > 0) not_a_database(file, "it has tables of another program");
}

// SQLite itself validates the header and the schema page (under its locks,
// so a file another process is creating right now is read consistently):
// garbage fails here with SQLITE_NOTADB, a damaged schema with
// SQLITE_CORRUPT. The rest of the file is not read: scanning every page
// costs a quarter of a second at 100,000 tasks on each command, so damage
// elsewhere is reported by the query that meets it (as "database is
// corrupt", see sqlite_db.cpp) and by `duban log --verify`, which runs
// PRAGMA quick_check.
void check_contents(const fs::path& file) {
  SqliteConnection db(file, OpenMode::read_only);
  db.busy_timeout(5000);
  try {
    check_owner(db, file);
  } catch (const SqliteError& error) {
    if (error.primary_code() == SQLITE_NOTADB) {
      not_a_database(file, sqlite3_errstr(SQLITE_NOTADB));
    }
    throw;
  }
}

// A read-only open of a WAL-mode file creates empty -wal and -shm files and
// cannot remove them. Deleting them by hand could pull them from under
// another process; instead a read-write connection reads and closes, and
// SQLite removes them only if it is the last connection. That writes nothing
// to the main file when there is no journal to roll back and the log is empty.
void release_side_files(const fs::path& file, bool had_wal) {
  const std::string wal = file.string() + "-wal";
  std::error_code ec;
  const bool log_may_hold_data = had_wal || fs::file_size(wal, ec) != 0 || ec;
  if (log_may_hold_data || fs::exists(file.string() + "-journal")) return;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    // Expected to fail on a damaged file; it only has to open the log.
    sqlite3_exec(db, "PRAGMA user_version", nullptr, nullptr, nullptr);
  }
  sqlite3_close(db);
}

}  // namespace

void check_existing_database(const fs::path& file) {
  if (fs::is_directory(file)) {
    throw StoreError(file.string() + ": is a folder, not a database file");
  }
  const bool had_wal = fs::exists(file.string() + "-wal");
  try {
    check_contents(file);
  } catch (const StoreError&) {
    release_side_files(file, had_wal);
    throw;
  }
}

void check_new_database_folder(const fs::path& file) {
  const fs::path folder = file.parent_path();
  if (folder.empty() || fs::is_directory(folder)) return;
  throw StoreError("cannot create the database " + file.string() + ": folder " + folder.string() +
                   " does not exist");
}

}  // namespace duban
