// The read-only checks of an existing database file; see database_file.hpp.

#include "store/database_file.hpp"

#include <sqlite3.h>

#include <string>
#include <vector>

#include "store/migrations.hpp"
#include "store/sqlite_db.hpp"

namespace duban {

namespace {

namespace fs = std::filesystem;

// quick_check prints up to 100 lines; the first few say what is wrong.
constexpr std::size_t kCorruptLinesShown = 3;

[[noreturn]] void not_a_database(const fs::path& file, const std::string& why) {
  throw StoreError(file.string() + ": not a duban database (" + why + ")");
}

[[noreturn]] void corrupt(const fs::path& file, const std::string& detail) {
  throw StoreError(file.string() + ": database is corrupt: " + detail);
}

std::string summarise(const std::vector<std::string>& lines) {
  std::string text;
  for (std::size_t i = 0; i < lines.size() && i < kCorruptLinesShown; ++i) {
    text += (i == 0 ? "" : "; ") + lines[i];
  }
  if (lines.size() > kCorruptLinesShown) {
    text += "; … " + std::to_string(lines.size() - kCorruptLinesShown) + " more";
  }
  return text;
}

// Every line quick_check reports; a healthy database gives exactly "ok".
void quick_check(SqliteConnection& db, const fs::path& file) {
  auto statement = db.prepare("PRAGMA quick_check");
  std::vector<std::string> lines;
  while (statement.step()) lines.push_back(statement.text(0));
  if (lines != std::vector<std::string>{"ok"}) corrupt(file, summarise(lines));
}

// A database with tables but no schema version is some other program's:
// duban's first migration creates its tables and sets the version together.
void check_owner(SqliteConnection& db, const fs::path& file) {
  const std::int64_t version = db.pragma_int("user_version");
  refuse_newer_schema(file.string(), version);
  if (version > 0) return;
  auto tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
  if (tables.step() && tables.int64(0) > 0) {
    not_a_database(file, "it has tables of another program");
  }
}

// SQLite itself validates the header (under its locks, so a file another
// process is creating right now is read consistently): garbage fails here
// with SQLITE_NOTADB, a damaged file with SQLITE_CORRUPT or bad check lines.
void check_contents(const fs::path& file) {
  SqliteConnection db(file, OpenMode::read_only);
  db.busy_timeout(5000);
  try {
    quick_check(db, file);
  } catch (const SqliteError& error) {
    switch (error.primary_code()) {
      case SQLITE_NOTADB: not_a_database(file, sqlite3_errstr(SQLITE_NOTADB));
      case SQLITE_CORRUPT: corrupt(file, sqlite3_errstr(error.extended_code()));
      default: throw;
    }
  }
  check_owner(db, file);
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
