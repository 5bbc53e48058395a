#pragma once
// The tables of the in-memory store (memory_store.hpp) as plain containers,
// and its reads and writes as functions over them. They mirror the SQL of
// the SQLite store (task_rows.cpp, event_rows.cpp, run_rows.cpp,
// record_rows.cpp): the same filters, the same order, the same constraints;
// the conformance suite (tests/store) holds both to it.

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/store.hpp"

namespace duban {

/// One snapshot of everything a store holds. A plain value: copying it is
/// how the in-memory store isolates a transaction and takes a savepoint.
struct MemoryTables {
  std::map<std::string, Run> runs;    ///< by id
  std::map<std::string, Task> tasks;  ///< by id
  /// By (type, id): the records table's primary key and its read order.
  std::map<std::pair<std::string, std::string>, PluginRecord> records;
  /// In append order; events[i].id == i + 1 (ids have no gaps, as a rolled
  /// back event's id is given again).
  std::vector<EventRecord> events;
};

/// The run with `id`, if any.
std::optional<Run> find_run(const MemoryTables& tables, const std::string& id);
/// Every run, ordered by id.
std::vector<Run> all_runs(const MemoryTables& tables);
/// Inserts or replaces the run with the same id. Throws StoreError, changing
/// nothing, when another run has the same workflow and period (the runs
/// table's UNIQUE (workflow, period)).
void put_run(MemoryTables& tables, const Run& run);

/// Tasks matching `query`, ordered by due then id.
std::vector<Task> select_tasks(const MemoryTables& tables, const TaskQuery& query);
std::optional<Task> find_task(const MemoryTables& tables, const std::string& id);
void put_task(MemoryTables& tables, const Task& task);

/// Records of `type` ordered by id; every record ordered by (type, id) for "".
std::vector<PluginRecord> select_records(const MemoryTables& tables, const std::string& type);
std::optional<PluginRecord> find_record(const MemoryTables& tables, const std::string& type,
                                        const std::string& id);
/// Inserts the record, or updates its data, updated_at and version: an
/// existing record keeps its created_at (as the SQLite upsert does).
void put_record(MemoryTables& tables, const PluginRecord& record);

/// Events matching `query`, ordered by id.
std::vector<EventRecord> select_events(const MemoryTables& tables, const EventQuery& query);
/// Appends `event` chained to the newest one: sets its id, prev_hash and
/// hash (whatever the caller put there) and returns it.
EventRecord append_event(MemoryTables& tables, EventRecord event);
/// The newest event's id, 0 for an empty log.
std::int64_t last_event_id(const MemoryTables& tables);

}  // namespace duban
