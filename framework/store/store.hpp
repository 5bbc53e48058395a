#pragma once
// The store: runs, tasks and the event log, behind a narrow interface so the
// engine does not know which database holds them (SQLite is the embedded
// default). Every write happens in one transaction that both appends events
// and updates current state, or does nothing.

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/task.hpp"
#include "store/records.hpp"

namespace duban {

/// An operational failure (I/O, a locked, corrupt or too-new database):
/// commands exit 1 with its message.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Which tasks to read. Empty fields do not filter.
struct TaskQuery {
  std::string id;
  std::string key;  ///< the task's key within its run ("summary.office")
  std::string run;
  std::string workflow;
  std::string owner;  ///< person id among the owners
  std::string unit;
  std::vector<TaskState> states;  ///< any of these (none: every state)
  std::optional<Light> light;
  std::optional<LocalDateTime> due_from;  ///< inclusive
  std::optional<LocalDateTime> due_to;    ///< exclusive
  bool open_only = false;                 ///< not done and not cancelled
};

struct EventQuery {
  std::string task;
  std::string run;
  std::int64_t after_id = 0;  ///< only events with a larger id
  std::string time_from;      ///< inclusive stored local time ("" = no bound)
  std::string time_to;        ///< exclusive
  std::int64_t limit = 0;     ///< 0 = all
};

/// One write transaction (BEGIN IMMEDIATE). Reads inside it see its own
/// writes. Destroying it without commit() rolls everything back.
///
/// What any store must keep, and nothing feature-specific: the event log,
/// runs and tasks (current state), and generic records — a plugin's, or the
/// core's own kinds (score entries, accounts; see core_record in
/// engine/reducer.hpp). Only EventWriter (engine/event_writer.hpp) appends
/// and puts, so every write is an event folded by the reducer.
class StoreWriter {
 public:
  virtual ~StoreWriter() = default;
  virtual std::optional<Run> run(const std::string& id) = 0;
  virtual std::optional<Task> task(const std::string& id) = 0;
  virtual std::vector<Task> tasks(const TaskQuery& query) = 0;
  /// Appends an event: sets its id, prev_hash and hash; returns it.
  virtual EventRecord append(EventRecord event) = 0;
  virtual void put_run(const Run& run) = 0;
  virtual void put_task(const Task& task) = 0;
  /// Records of `type` ordered by id (every type when "").
  virtual std::vector<PluginRecord> records(const std::string& type) = 0;
  virtual std::optional<PluginRecord> record(const std::string& type, const std::string& id) = 0;
  /// Inserts or replaces the record with the same (type, id).
  virtual void put_record(const PluginRecord& record) = 0;
  /// Nested undo points inside the transaction: plugin code runs between
  /// savepoint() and release(), and what it wrote is undone by rollback_to()
  /// if it throws, while the rest of the transaction stands.
  virtual void savepoint(const std::string& name) = 0;
  virtual void release(const std::string& name) = 0;
  virtual void rollback_to(const std::string& name) = 0;
  virtual void commit() = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  /// Starts a write transaction, waiting for other writers (busy timeout).
  virtual std::unique_ptr<StoreWriter> write() = 0;
  virtual std::vector<Run> runs() = 0;
  virtual std::optional<Task> task(const std::string& id) = 0;
  virtual std::vector<Task> tasks(const TaskQuery& query) = 0;
  virtual std::vector<EventRecord> events(const EventQuery& query) = 0;
  /// Records of `type` ordered by id (every type when "").
  virtual std::vector<PluginRecord> records(const std::string& type) = 0;
  virtual std::optional<PluginRecord> record(const std::string& type, const std::string& id) = 0;
  /// The id of the newest event (0 for an empty log). Every change appends
  /// an event, so an unchanged id means unchanged state: caches key on it.
  virtual std::int64_t last_event_id() = 0;
  /// Reads the whole database and throws StoreError ("FILE: database is
  /// corrupt: …", naming the first problems) if any of it is damaged. Slow
  /// (every page): opening a store checks only the header and the schema.
  virtual void check_integrity() = 0;
};

/// SHA-256 (hex) chaining an event to the previous one: over prev_hash and
/// every field but id and hash, each length-prefixed so no two events collide.
std::string event_hash(const EventRecord& event);

/// Opens (creating if needed) the store a workspace's database URL names:
/// "sqlite:FILE" (relative to `root`). Throws StoreError.
std::unique_ptr<Store> open_store(const std::string& url, const std::filesystem::path& root);

}  // namespace duban
