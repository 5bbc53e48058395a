#pragma once
// What the store keeps, column by column: the rows of runs and tasks
// (current state), records (a plugin's, or the core's own kinds) and the
// append-only event log. Plain values as the tables hold them.
//
// Runs and tasks leave the store as the typed model (model/task.hpp): their
// rows (RunRow, TaskRow) are turned into Run and Task once when read
// (store/task_row_codec) and never seen above the store.
//
// Times are local times in the workspace's zone written "YYYY-MM-DDTHH:MM"
// (sortable as text); the offset is applied when they are shown.

#include <cstdint>
#include <string>
#include <vector>

namespace duban {

/// One line of the append-only log. `id`, `prev_hash` and `hash` are set by
/// the store when the event is appended.
struct EventRecord {
  std::int64_t id = 0;    ///< 1, 2, 3 … in append order
  std::string time;       ///< when it happened (the command's --now)
  std::string actor;      ///< person id, or "system" for tick
  std::string run;        ///< run id, "" if none
  std::string task;       ///< task id, "" if none
  std::string type;       ///< e.g. "task.done"
  std::string payload;    ///< JSON object (compact, keys sorted)
  std::string reason;     ///< why, as the actor said it ("" if none)
  std::string prev_hash;  ///< hash of the previous event ("" for the first)
  std::string hash;       ///< SHA-256 hex of prev_hash and this event's fields
  friend bool operator==(const EventRecord&, const EventRecord&) = default;
};

/// A row of the runs table.
struct RunRow {
  std::string id;  ///< "weekly-planning/2026-W07"
  std::string workflow;
  std::string period;  ///< "2026-W07"
  std::string title;   ///< the workflow's name
  std::string created_at;
  std::string created_by;
  std::int64_t task_count = 0;
  friend bool operator==(const RunRow&, const RunRow&) = default;
};

/// A record: a plugin's (see include/duban/records.hpp) or one of the
/// core's own kinds (core_record in engine/reducer.hpp), as stored.
struct PluginRecord {
  std::string type;  ///< "plugin.thing", e.g. "hello.finding"
  std::string id;
  std::string data;  ///< JSON object
  std::string created_at;
  std::string updated_at;
  std::int64_t version = 0;
  friend bool operator==(const PluginRecord&, const PluginRecord&) = default;
};

/// A row of the tasks table: a Task with its state, light and times as text
/// and its milestones, extension and detail as JSON.
struct TaskRow {
  std::string id;  ///< "weekly-planning/2026-W07/summary.office"
  std::string run;
  std::string workflow;
  std::string key;  ///< "summary.office"
  std::string title;
  std::string unit;                 ///< unit of the accountable owner
  std::vector<std::string> owners;  ///< person ids, accountable first
  std::string
      state;  ///< pending, ready, acknowledged, in_progress, done, blocked, returned, cancelled
  std::string start;         ///< hand-over time
  std::string due;           ///< current due time (after an approved extension)
  std::string original_due;  ///< due time when planned
  std::string policy;
  std::string task_class;
  std::string kind;
  std::vector<std::string> depends_on;  ///< task ids
  std::vector<std::string> tags;
  double weight = 1.0;
  std::string milestones;             ///< JSON array [{action,name,at,met_at}]
  std::string light;                  ///< green, yellow, red, or "" when closed
  std::int64_t escalation_level = 0;  ///< steps of the escalation chain taken
  std::int64_t chases = 0;            ///< 催办 received
  std::string done_at;                ///< when it was closed ("" if open)
  std::string extension;  ///< JSON of a pending or decided extension request, "" if none
  std::string detail;     ///< JSON: description, checklist, evidence, notes, block/return reasons
  std::int64_t version = 0;  ///< events applied to this task
  friend bool operator==(const TaskRow&, const TaskRow&) = default;
};

}  // namespace duban
