#pragma once
// The SQL behind the store's reads and writes, shared by SqliteStore (reads
// outside a transaction) and SqliteStoreWriter (inside one).

#include <optional>
#include <string>
#include <vector>

#include "store/sqlite_db.hpp"
#include "store/store.hpp"

namespace duban {

/// One run, or every run ordered by id when `id` is empty.
std::vector<Run> select_runs(SqliteConnection& db, const std::string& id = {});
void upsert_run(SqliteConnection& db, const Run& run);

/// Tasks matching `query`, ordered by due then id.
std::vector<Task> select_tasks(SqliteConnection& db, const TaskQuery& query);
std::optional<Task> select_task(SqliteConnection& db, const std::string& id);
/// Inserts or replaces the task and rewrites its task_owners rows; call in a
/// transaction so the two never disagree.
void upsert_task(SqliteConnection& db, const Task& task);

/// Plugin records of `type` (all when ""), or the one with `id` when given.
std::vector<PluginRecord> select_records(SqliteConnection& db, const std::string& type,
                                         const std::string& id = {});
void upsert_record(SqliteConnection& db, const PluginRecord& record);

/// Events matching `query`, ordered by id.
std::vector<EventRecord> select_events(SqliteConnection& db, const EventQuery& query);
/// The hash of the newest event, "" for an empty log.
std::string last_event_hash(SqliteConnection& db);
/// Inserts `event` as it is (prev_hash and hash already set); returns its id.
std::int64_t insert_event(SqliteConnection& db, const EventRecord& event);

/// The newest event's id, 0 for an empty log.
std::int64_t select_last_event_id(SqliteConnection& db);

}  // namespace duban
