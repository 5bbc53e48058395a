// The RAII wrappers over the SQLite C API; see sqlite_db.hpp.

#include "store/sqlite_db.hpp"

#include <sqlite3.h>

#include <chrono>
#include <random>
#include <thread>

namespace duban {

namespace {

int open_flags(OpenMode mode) {
  switch (mode) {
    case OpenMode::read_only: return SQLITE_OPEN_READONLY;
    case OpenMode::read_write: return SQLITE_OPEN_READWRITE;
    case OpenMode::read_write_create: return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  }
  return SQLITE_OPEN_READONLY;
}

// "FILE: message (SQLITE_NAME)". The connection's own message is the most
// precise ("UNIQUE constraint failed: runs.workflow, runs.period"), but it
// only describes `code` if it was the connection's last error. Damage met by
// any statement is named plainly: opening reads only the first pages, so a
// query is where most corruption shows.
SqliteError make_error(const std::string& file, sqlite3* db, int code) {
  const bool own = db != nullptr && sqlite3_extended_errcode(db) == code;
  const std::string message = own ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  const bool corrupt = (code & 0xff) == SQLITE_CORRUPT;
  return {file + ": " + (corrupt ? "database is corrupt: " : "") + message + " (" +
              sqlite_code_name(code) + ")",
          code};
}

}  // namespace

SqliteConnection::SqliteConnection(const std::filesystem::path& file, OpenMode mode)
    : file_(file.string()) {
  const int rc =
      sqlite3_open_v2(file_.c_str(), &db_, open_flags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    // Open failures report through the handle SQLite allocated anyway.
    const SqliteError error = make_error(file_, db_, sqlite3_extended_errcode(db_));
    sqlite3_close(db_);
    throw error;
  }
  sqlite3_extended_result_codes(db_, 1);
}

SqliteConnection::~SqliteConnection() {
  // Every statement must be finalised before close, or close fails as busy;
  // other statements are owned by scopes that ended before this one.
  cache_.clear();
  sqlite3_close(db_);
}

void SqliteConnection::fail(int code) const {
  throw make_error(file_, db_, code);
}

void SqliteConnection::exec(const std::string& sql) {
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) fail(rc);
}

SqliteStatement SqliteConnection::prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  const int rc =
      sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
  if (rc != SQLITE_OK) fail(rc);
  return {*this, statement};
}

CachedStatement SqliteConnection::cached(const std::string& sql) {
  auto found = cache_.find(sql);
  if (found == cache_.end()) {
    found = cache_.emplace(sql, std::make_unique<SqliteStatement>(prepare(sql))).first;
  }
  return CachedStatement(*found->second);
}

CachedStatement::~CachedStatement() {
  statement_->reset();
}

namespace {

constexpr int kBusyPollMs = 2;

// SQLite's own handler backs off to one poll per 100 ms; a connection that
// looks that rarely loses every race to writers that commit and begin again
// within a few milliseconds. Polling often gives it a fair chance.
int poll_while_busy(void* budget_ms, int polls_so_far) {
  if (polls_so_far * kBusyPollMs >= *static_cast<const int*>(budget_ms)) return 0;
  std::this_thread::sleep_for(std::chrono::milliseconds(kBusyPollMs));
  return 1;
}

}  // namespace

void SqliteConnection::busy_timeout(int milliseconds) {
  busy_budget_ms_ = milliseconds;
  const int rc = sqlite3_busy_handler(db_, poll_while_busy, &busy_budget_ms_);
  if (rc != SQLITE_OK) fail(rc);
}

std::string SqliteConnection::pragma_text(std::string_view name) {
  auto statement = prepare("PRAGMA " + std::string(name));
  return statement.step() ? statement.text(0) : std::string();
}

std::int64_t SqliteConnection::pragma_int(std::string_view name) {
  auto statement = prepare("PRAGMA " + std::string(name));
  return statement.step() ? statement.int64(0) : 0;
}

std::int64_t SqliteConnection::last_insert_rowid() const {
  return sqlite3_last_insert_rowid(db_);
}

SqliteStatement::SqliteStatement(const SqliteConnection& db, sqlite3_stmt* statement)
    : db_(&db), statement_(statement) {}

SqliteStatement::~SqliteStatement() {
  sqlite3_finalize(statement_);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), statement_(other.statement_) {
  other.statement_ = nullptr;
}

void SqliteStatement::check_bind(int rc) const {
  if (rc != SQLITE_OK) db_->fail(rc);
}

SqliteStatement& SqliteStatement::bind_text(int index, std::string_view value) {
  // SQLITE_TRANSIENT: SQLite copies, so a temporary string may be passed.
  check_bind(sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()),
                               SQLITE_TRANSIENT));
  return *this;
}

SqliteStatement& SqliteStatement::bind_int64(int index, std::int64_t value) {
  check_bind(sqlite3_bind_int64(statement_, index, value));
  return *this;
}

SqliteStatement& SqliteStatement::bind_double(int index, double value) {
  check_bind(sqlite3_bind_double(statement_, index, value));
  return *this;
}

SqliteStatement& SqliteStatement::bind_null(int index) {
  check_bind(sqlite3_bind_null(statement_, index));
  return *this;
}

bool SqliteStatement::step() {
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_->fail(rc);
}

void SqliteStatement::run() {
  while (step()) {
  }
}

void SqliteStatement::reset() {
  // reset() repeats the last step's error, which step() already reported.
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::string SqliteStatement::text(int column) const {
  const auto* bytes = sqlite3_column_text(statement_, column);
  if (bytes == nullptr) return {};
  // Ask for the size after the text: the conversion may change it.
  const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement_, column));
  return {reinterpret_cast<const char*>(bytes), size};
}

std::int64_t SqliteStatement::int64(int column) const {
  return sqlite3_column_int64(statement_, column);
}

double SqliteStatement::real(int column) const {
  return sqlite3_column_double(statement_, column);
}

bool SqliteStatement::is_null(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

namespace {

// With the busy timeout in front of each, about a minute in all: long enough
// for a queue of busy writers to drain, short enough to report a lock that
// someone holds for good (an open sqlite3 shell in a transaction).
constexpr int kBusyAttempts = 12;

}  // namespace

void pause_before_retry(int attempt) {
  thread_local std::minstd_rand jitter(std::random_device{}());
  const auto base = std::chrono::milliseconds(25 * (attempt + 1));
  std::this_thread::sleep_for(base + std::chrono::milliseconds(jitter() % 25));
}

void retry_while_busy(const std::function<void()>& step, const RetryPause& pause) {
  for (int attempt = 0;; ++attempt) {
    try {
      step();
      return;
    } catch (const SqliteError& error) {
      if (error.primary_code() != SQLITE_BUSY || attempt + 1 == kBusyAttempts) throw;
    }
    pause(attempt);
  }
}

ImmediateTransaction::ImmediateTransaction(SqliteConnection& db) : db_(db) {
  retry_while_busy([this] { db_.exec("BEGIN IMMEDIATE"); });
}

ImmediateTransaction::~ImmediateTransaction() {
  // Nothing to report to from a destructor; a failed rollback leaves the
  // transaction to be rolled back when the connection closes.
  if (!committed_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void ImmediateTransaction::commit() {
  db_.exec("COMMIT");
  committed_ = true;
}

}  // namespace duban
