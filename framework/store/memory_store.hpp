#pragma once
// A store held in memory, for unit tests: the engine, status and anything
// else written against `Store` run on it without a file, a connection or a
// temporary folder. It keeps the SQLite store's semantics (filters, order,
// ids, the hash chain, the unique run per workflow and period, the record
// upsert, savepoints); tests/store runs one conformance suite against both.
//
// Transactions: write() copies the committed tables into the writer, which
// works on its copy; commit() makes the copy the store's. So until commit the
// store's readers see nothing of the writer's work (as another SQLite
// connection would; a SqliteStore read through the writer's own connection
// would see it), and a writer dropped without commit leaves nothing. Each
// savepoint is another copy. Copying everything is O(rows) per write, fine at
// the size of a test; this is not a store for production data.
//
// One writer at a time: write() while a writer is open and uncommitted
// throws StoreError (SQLite refuses a second BEGIN on its connection the same
// way). Not thread-safe: use a store and its writers from one thread.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/memory_tables.hpp"
#include "store/store.hpp"

namespace duban {

/// What a MemoryStore and its writer share; the writer holds it too, so a
/// writer may outlive its store.
struct MemoryDatabase {
  MemoryTables committed;
  bool writer_open = false;  ///< a writer has begun and neither committed nor ended
};

class MemoryStore final : public Store {
 public:
  /// An empty store (no runs, no tasks, no events).
  MemoryStore();

  /// Throws StoreError while another writer is open.
  std::unique_ptr<StoreWriter> write() override;
  std::vector<Run> runs() override;
  std::optional<Task> task(const std::string& id) override;
  std::vector<Task> tasks(const TaskQuery& query) override;
  std::vector<EventRecord> events(const EventQuery& query) override;
  std::vector<PluginRecord> records(const std::string& type) override;
  std::optional<PluginRecord> record(const std::string& type, const std::string& id) override;
  std::int64_t last_event_id() override;
  /// Nothing to check: memory cannot hold a damaged page.
  void check_integrity() override {}

 private:
  std::shared_ptr<MemoryDatabase> db_;
};

class MemoryStoreWriter final : public StoreWriter {
 public:
  /// Begins a transaction on a copy of the committed tables. Throws
  /// StoreError if another writer of `db` is open.
  explicit MemoryStoreWriter(std::shared_ptr<MemoryDatabase> db);
  /// Without commit(), the copy is dropped: nothing was written.
  ~MemoryStoreWriter() override;
  MemoryStoreWriter(const MemoryStoreWriter&) = delete;
  MemoryStoreWriter& operator=(const MemoryStoreWriter&) = delete;

  std::optional<Run> run(const std::string& id) override;
  std::optional<Task> task(const std::string& id) override;
  std::vector<Task> tasks(const TaskQuery& query) override;
  EventRecord append(EventRecord event) override;
  void put_run(const Run& run) override;
  void put_task(const Task& task) override;
  std::vector<PluginRecord> records(const std::string& type) override;
  std::optional<PluginRecord> record(const std::string& type, const std::string& id) override;
  void put_record(const PluginRecord& record) override;
  /// As SQLite's SAVEPOINT, RELEASE and ROLLBACK TO + RELEASE: names may
  /// repeat (the newest counts); releasing or rolling back to one also ends
  /// every savepoint taken after it; an unknown name throws StoreError.
  void savepoint(const std::string& name) override;
  void release(const std::string& name) override;
  void rollback_to(const std::string& name) override;
  /// Throws StoreError when already committed (as every write then does).
  void commit() override;

 private:
  struct Savepoint {
    std::string name;
    MemoryTables tables;  ///< as they were when it was taken
  };

  /// What reads see: the writer's copy, or once committed the store's tables.
  [[nodiscard]] const MemoryTables& readable() const;
  /// Throws StoreError once committed.
  void check_open() const;
  /// The copy to write to; throws StoreError once committed.
  MemoryTables& writable();
  /// The newest savepoint called `name`; throws StoreError if there is none.
  std::vector<Savepoint>::iterator find_savepoint(const std::string& name);

  std::shared_ptr<MemoryDatabase> db_;
  MemoryTables working_;
  std::vector<Savepoint> savepoints_;  ///< oldest first
  bool committed_ = false;
};

}  // namespace duban
