// Opening the SQLite store and its reads outside a transaction.

#include "store/sqlite_store.hpp"

#include "store/database_file.hpp"
#include "store/migrations.hpp"
#include "store/store_rows.hpp"

namespace duban {

namespace {

namespace fs = std::filesystem;

// Long enough for a handful of processes each committing a command.
constexpr int kBusyTimeoutMs = 5000;

// quick_check prints up to 100 lines; the first few say what is wrong.
constexpr std::size_t kCorruptLinesShown = 3;

// An existing file is checked read-only before anything may write to it.
void check_before_open(const fs::path& file) {
  try {
    if (fs::exists(file)) {
      check_existing_database(file);
    } else {
      check_new_database_folder(file);
    }
  } catch (const fs::filesystem_error& error) {
    throw StoreError(file.string() + ": " + error.code().message());
  }
}

// Only a new database is switched: that takes the write lock.
void switch_to_wal(SqliteConnection& db) {
  std::string mode;
  retry_while_busy([&] { mode = db.pragma_text("journal_mode = WAL"); });
  if (mode != "wal") {
    // E.g. a file system without shared memory: concurrent use would break.
    throw StoreError(db.file() + ": cannot switch to write-ahead logging (journal mode stays '" +
                     mode + "')");
  }
}

// synchronous, foreign_keys and busy_timeout are per connection and must be
// set on every open; journal_mode=WAL persists in the file.
void configure(SqliteConnection& db) {
  db.busy_timeout(kBusyTimeoutMs);
  // Read first: until the header is read SQLite assumes rollback mode, and
  // "journal_mode = WAL" would then take the write lock on every open.
  db.pragma_int("user_version");
  if (db.pragma_text("journal_mode") != "wal") switch_to_wal(db);
  db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
}

std::shared_ptr<SqliteConnection> open_checked(const fs::path& file) {
  check_before_open(file);
  auto db = std::make_shared<SqliteConnection>(file, OpenMode::read_write_create);
  configure(*db);
  migrate(*db);
  return db;
}

}  // namespace

SqliteStore::SqliteStore(const fs::path& file) : db_(open_checked(file)) {}

std::unique_ptr<StoreWriter> SqliteStore::write() {
  return std::make_unique<SqliteStoreWriter>(db_);
}

// Each read below is one statement, so SQLite runs it as its own short read
// transaction; in WAL mode it sees the last commit and never blocks a writer.

std::vector<Run> SqliteStore::runs() {
  return select_runs(*db_);
}

std::optional<Task> SqliteStore::task(const std::string& id) {
  return select_task(*db_, id);
}

std::vector<Task> SqliteStore::tasks(const TaskQuery& query) {
  return select_tasks(*db_, query);
}

std::vector<EventRecord> SqliteStore::events(const EventQuery& query) {
  return select_events(*db_, query);
}

std::vector<PluginRecord> SqliteStore::records(const std::string& type) {
  return select_records(*db_, type);
}

std::optional<PluginRecord> SqliteStore::record(const std::string& type, const std::string& id) {
  auto found = select_records(*db_, type, id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::int64_t SqliteStore::last_event_id() {
  return select_last_event_id(*db_);
}

void SqliteStore::check_integrity() {
  // quick_check skips only the index-versus-table cross check of
  // integrity_check: every page, b-tree and record format is read. Damage
  // it cannot even walk past throws SQLITE_CORRUPT, worded the same way.
  auto statement = db_->prepare("PRAGMA quick_check");
  std::vector<std::string> lines;
  while (statement.step()) lines.push_back(statement.text(0));
  if (lines == std::vector<std::string>{"ok"}) return;
  std::string text;
  for (std::size_t i = 0; i < lines.size() && i < kCorruptLinesShown; ++i) {
    text += (i == 0 ? "" : "; ") + lines[i];
  }
  if (lines.size() > kCorruptLinesShown) {
    text += "; … " + std::to_string(lines.size() - kCorruptLinesShown) + " more";
  }
  throw StoreError(db_->file() + ": database is corrupt: " + text);
}

}  // namespace duban
