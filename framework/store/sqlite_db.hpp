#pragma once
// A thin RAII layer over the SQLite C API. It exists so that every failure
// carries the exact SQLite message, the extended result code and the file
// path, and so that a statement or transaction can never be leaked on an
// exception path. Nothing here knows about duban's tables.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/store.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace duban {

/// A StoreError that remembers the SQLite extended result code, so callers
/// can tell "busy" or "corrupt" apart without parsing the message.
class SqliteError : public StoreError {
 public:
  SqliteError(const std::string& message, int extended_code)
      : StoreError(message), extended_code_(extended_code) {}
  [[nodiscard]] int extended_code() const { return extended_code_; }
  [[nodiscard]] int primary_code() const { return extended_code_ & 0xff; }

 private:
  int extended_code_;
};

/// "SQLITE_CONSTRAINT_UNIQUE" for 2067. sqlite3_errstr only gives the
/// English description, so the names come from a table built from sqlite3.h.
std::string sqlite_code_name(int extended_code);

enum class OpenMode {
  read_only,          ///< SQLITE_OPEN_READONLY: never writes the main file
  read_write,         ///< the file must exist
  read_write_create,  ///< creates a missing file (its folder must exist)
};

class SqliteStatement;
class CachedStatement;

/// One database connection, used by one thread at a time (it is opened
/// SQLITE_OPEN_NOMUTEX: a thread that needs the database opens its own).
class SqliteConnection {
 public:
  SqliteConnection(const std::filesystem::path& file, OpenMode mode);
  ~SqliteConnection();
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  /// Runs one or more statements that return no rows the caller needs.
  void exec(const std::string& sql);
  SqliteStatement prepare(std::string_view sql);
  /// A statement prepared once per connection and kept (keyed by its text):
  /// parsing a 25-column upsert costs more than running it. One lease per
  /// statement at a time; the lease resets it when it ends.
  CachedStatement cached(const std::string& sql);
  /// Waits up to `milliseconds` for another connection's lock, polling
  /// every few milliseconds (see poll_while_busy in sqlite_db.cpp).
  void busy_timeout(int milliseconds);
  [[nodiscard]] int busy_timeout() const { return busy_budget_ms_; }
  /// The first column of the first row of "PRAGMA name" ("" if no row).
  std::string pragma_text(std::string_view name);
  std::int64_t pragma_int(std::string_view name);
  std::int64_t last_insert_rowid() const;

  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] sqlite3* handle() const { return db_; }
  /// Throws SqliteError for `code` with this connection's last message.
  [[noreturn]] void fail(int code) const;

 private:
  std::string file_;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, std::unique_ptr<SqliteStatement>> cache_;
  int busy_budget_ms_ = 0;  // read by the busy handler, which gets `this`
};

/// A prepared statement. Bind indexes start at 1, column indexes at 0, as in
/// the C API, so the SQL text and the calls can be compared by eye.
class SqliteStatement {
 public:
  SqliteStatement(const SqliteConnection& db, sqlite3_stmt* statement);
  ~SqliteStatement();
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&&) = delete;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  // Distinct names rather than overloads: bind(1, 5) would be ambiguous
  // between int64 and double, and a char* would silently pick bool.
  SqliteStatement& bind_text(int index, std::string_view value);
  SqliteStatement& bind_int64(int index, std::int64_t value);
  SqliteStatement& bind_double(int index, double value);
  SqliteStatement& bind_null(int index);

  /// Advances: true when a row is available, false when done.
  bool step();
  /// Steps a statement that returns no rows.
  void run();
  /// Rewinds and clears bindings so the statement can be used again.
  void reset();

  [[nodiscard]] std::string text(int column) const;
  [[nodiscard]] std::int64_t int64(int column) const;
  [[nodiscard]] double real(int column) const;
  [[nodiscard]] bool is_null(int column) const;

 private:
  void check_bind(int rc) const;
  const SqliteConnection* db_;
  sqlite3_stmt* statement_;
};

/// The use of a cached statement. Resetting it at the end also ends the
/// implicit read transaction a half-stepped SELECT would keep open.
class CachedStatement {
 public:
  explicit CachedStatement(SqliteStatement& statement) : statement_(&statement) {}
  ~CachedStatement();
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  SqliteStatement& operator*() const { return *statement_; }
  SqliteStatement* operator->() const { return statement_; }

 private:
  SqliteStatement* statement_;
};

/// Pauses before retry number `attempt` (0 first).
using RetryPause = std::function<void(int attempt)>;

/// A short, growing, jittered sleep.
void pause_before_retry(int attempt);

/// Calls `step` again after `pause` while it throws SQLITE_BUSY, a few times.
/// The busy timeout has already waited by then: SQLite's locks are polled,
/// not queued, so under a handful of busy writers one connection can lose
/// every race for a whole timeout; the retries give it several more.
void retry_while_busy(const std::function<void()>& step,
                      const RetryPause& pause = pause_before_retry);

/// BEGIN IMMEDIATE in the constructor: the write lock is taken up front, so
/// a read-then-write can never fail half-way with "database is locked"
/// (a deferred transaction that upgrades ignores the busy timeout). Waits
/// for other writers: the busy timeout, then retry_while_busy.
class ImmediateTransaction {
 public:
  explicit ImmediateTransaction(SqliteConnection& db);
  ~ImmediateTransaction();
  ImmediateTransaction(const ImmediateTransaction&) = delete;
  ImmediateTransaction& operator=(const ImmediateTransaction&) = delete;

  void commit();
  [[nodiscard]] bool committed() const { return committed_; }

 private:
  SqliteConnection& db_;
  bool committed_ = false;
};

}  // namespace duban
