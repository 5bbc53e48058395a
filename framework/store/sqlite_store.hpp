#pragma once
// The embedded store: one SQLite file in WAL mode, so readers never block
// the writer and several duban processes can share a workspace.
//
// A SqliteStore and its writers share one connection: use them from one
// thread at a time (another thread opens its own SqliteStore). Reads made
// through the store while one of its writers is open see that writer's
// uncommitted changes.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "store/sqlite_db.hpp"
#include "store/store.hpp"

namespace duban {

class SqliteStore final : public Store {
 public:
  /// Opens `file`, creating it when missing; an existing file is checked
  /// read-only first and refused untouched if it is not a healthy duban
  /// database. Then sets the connection pragmas and migrates the schema.
  explicit SqliteStore(const std::filesystem::path& file);

  std::unique_ptr<StoreWriter> write() override;
  std::vector<Run> runs() override;
  std::optional<Task> task(const std::string& id) override;
  std::vector<Task> tasks(const TaskQuery& query) override;
  std::vector<EventRecord> events(const EventQuery& query) override;
  std::vector<PluginRecord> records(const std::string& type) override;
  std::optional<PluginRecord> record(const std::string& type, const std::string& id) override;
  std::int64_t last_event_id() override;
  /// PRAGMA quick_check: anything but "ok" throws.
  void check_integrity() override;

  /// The connection, for reading pragmas in checks and tests.
  [[nodiscard]] SqliteConnection& connection() { return *db_; }

 private:
  std::shared_ptr<SqliteConnection> db_;
};

class SqliteStoreWriter final : public StoreWriter {
 public:
  /// Begins the transaction (BEGIN IMMEDIATE, waiting for other writers).
  explicit SqliteStoreWriter(std::shared_ptr<SqliteConnection> db);

  std::optional<Run> run(const std::string& id) override;
  std::optional<Task> task(const std::string& id) override;
  std::vector<Task> tasks(const TaskQuery& query) override;
  EventRecord append(EventRecord event) override;
  void put_run(const Run& run) override;
  void put_task(const Task& task) override;
  std::vector<PluginRecord> records(const std::string& type) override;
  std::optional<PluginRecord> record(const std::string& type, const std::string& id) override;
  void put_record(const PluginRecord& record) override;
  void savepoint(const std::string& name) override;
  void release(const std::string& name) override;
  void rollback_to(const std::string& name) override;
  void commit() override;

 private:
  void check_open() const;

  // Declared first so it outlives the transaction, which rolls back on it.
  std::shared_ptr<SqliteConnection> db_;
  ImmediateTransaction transaction_;
  // The newest event's hash, read once per transaction: nobody else can
  // append while this writer holds the write lock.
  std::optional<std::string> last_hash_;
};

}  // namespace duban
