// The in-memory store's reads and writes; each mirrors a statement of the
// SQLite store, named beside it.

#include "store/memory_tables.hpp"

#include <algorithm>

namespace duban {

namespace {

template <class Value>
bool contains(const std::vector<Value>& values, const Value& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

// task_rows.cpp's WHERE clause and its JOIN on task_owners.
bool matches(const Task& task, const TaskQuery& query) {
  if (!query.id.empty() && task.id != query.id) return false;
  if (!query.key.empty() && task.key != query.key) return false;
  if (!query.run.empty() && task.run != query.run) return false;
  if (!query.workflow.empty() && task.workflow != query.workflow) return false;
  if (!query.owner.empty() && !contains(task.owners, query.owner)) return false;
  if (!query.unit.empty() && task.unit != query.unit) return false;
  if (!query.states.empty() && !contains(query.states, task.state)) return false;
  if (query.light && task.light != *query.light) return false;
  if (query.due_from && task.due < *query.due_from) return false;
  if (query.due_to && !(task.due < *query.due_to)) return false;
  return !query.open_only || task.is_open();
}

// event_rows.cpp's WHERE clause. Times compare as the stored text they are.
bool matches(const EventRecord& event, const EventQuery& query) {
  if (!query.task.empty() && event.task != query.task) return false;
  if (!query.run.empty() && event.run != query.run) return false;
  if (query.after_id > 0 && event.id <= query.after_id) return false;
  if (!query.time_from.empty() && event.time < query.time_from) return false;
  return query.time_to.empty() || event.time < query.time_to;
}

template <class Value>
std::optional<Value> found(const std::map<std::string, Value>& table, const std::string& id) {
  auto it = table.find(id);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::optional<Run> find_run(const MemoryTables& tables, const std::string& id) {
  return found(tables.runs, id);
}

std::vector<Run> all_runs(const MemoryTables& tables) {
  std::vector<Run> runs;
  for (const auto& [id, run] : tables.runs) runs.push_back(run);
  return runs;
}

void put_run(MemoryTables& tables, const Run& run) {
  for (const auto& [id, other] : tables.runs) {
    if (id != run.id && other.workflow == run.workflow && other.period == run.period) {
      // What SQLite says for the same row, and what it refuses.
      throw StoreError("memory store: UNIQUE constraint failed: runs.workflow, runs.period (run " +
                       run.id + " has the workflow and period of run " + id + ")");
    }
  }
  tables.runs.insert_or_assign(run.id, run);
}

std::vector<Task> select_tasks(const MemoryTables& tables, const TaskQuery& query) {
  std::vector<Task> tasks;
  for (const auto& [id, task] : tables.tasks) {
    if (matches(task, query)) tasks.push_back(task);
  }
  // Already in id order: a stable sort by due gives ORDER BY due, id.
  std::stable_sort(tasks.begin(), tasks.end(),
                   [](const Task& a, const Task& b) { return a.due < b.due; });
  return tasks;
}

std::optional<Task> find_task(const MemoryTables& tables, const std::string& id) {
  return found(tables.tasks, id);
}

void put_task(MemoryTables& tables, const Task& task) {
  tables.tasks.insert_or_assign(task.id, task);
}

std::vector<PluginRecord> select_records(const MemoryTables& tables, const std::string& type) {
  std::vector<PluginRecord> records;
  for (const auto& [key, record] : tables.records) {
    if (type.empty() || key.first == type) records.push_back(record);
  }
  return records;
}

std::optional<PluginRecord> find_record(const MemoryTables& tables, const std::string& type,
                                        const std::string& id) {
  auto it = tables.records.find({type, id});
  if (it == tables.records.end()) return std::nullopt;
  return it->second;
}

void put_record(MemoryTables& tables, const PluginRecord& record) {
  auto [it, inserted] = tables.records.try_emplace({record.type, record.id}, record);
  if (inserted) return;
  // ON CONFLICT (type, id) DO UPDATE SET data, updated_at, version.
  it->second.data = record.data;
  it->second.updated_at = record.updated_at;
  it->second.version = record.version;
}

std::vector<EventRecord> select_events(const MemoryTables& tables, const EventQuery& query) {
  std::vector<EventRecord> events;
  for (const auto& event : tables.events) {
    if (query.limit > 0 && static_cast<std::int64_t>(events.size()) == query.limit) break;
    if (matches(event, query)) events.push_back(event);
  }
  return events;
}

EventRecord append_event(MemoryTables& tables, EventRecord event) {
  event.id = last_event_id(tables) + 1;
  event.prev_hash = tables.events.empty() ? std::string() : tables.events.back().hash;
  event.hash = event_hash(event);
  tables.events.push_back(event);
  return event;
}

std::int64_t last_event_id(const MemoryTables& tables) {
  return static_cast<std::int64_t>(tables.events.size());
}

}  // namespace duban
