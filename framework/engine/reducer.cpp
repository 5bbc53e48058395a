#include "engine/reducer.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <tuple>

#include "model/task_codec.hpp"

namespace duban {

namespace {

using nlohmann::json;

// Progress a kind of event shows: acknowledging meets "ack" milestones,
// starting or reporting progress meets "progress", closing meets them all.
int progress_level(const std::string& type) {
  if (type == event_type::task_acknowledged) return 1;
  if (type == event_type::task_started || type == event_type::task_noted) return 2;
  if (type == event_type::task_done) return 3;
  return 0;
}

int met_by_level(MetBy met_by) {
  switch (met_by) {
    case MetBy::ack: return 1;
    case MetBy::progress: return 2;
    case MetBy::done: return 3;
  }
  return 3;
}

void meet_milestones(Task& task, const EventRecord& event, LocalDateTime when) {
  const int level = progress_level(event.type);
  if (level == 0) return;
  for (auto& m : task.milestones) {
    if (!m.met_at && met_by_level(m.met_by) <= level) m.met_at = when;
  }
}

TaskEntry entry_of(const EventRecord& event, LocalDateTime when) {
  TaskEntry entry;
  entry.time = when;
  entry.actor = event.actor;
  entry.reason = event.reason;
  return entry;
}

TaskState state_from(const json& name) {
  if (auto state = parse_state(name.get<std::string>())) return *state;
  throw std::invalid_argument("unknown task state '" + name.get<std::string>() + "'");
}

void create(Task& task, const EventRecord& event) {
  const json p = json::parse(event.payload);
  task = Task{};
  task.id = event.task;
  task.run = event.run;
  task.workflow = p.at("workflow");
  task.key = p.at("key");
  task.title = p.at("title");
  task.unit = p.at("unit");
  task.owners = p.at("owners").get<std::vector<std::string>>();
  task.state = state_from(p.at("state"));
  task.start = require_stored_time(p.at("start"));
  task.due = require_stored_time(p.at("due"));
  task.original_due = task.due;
  task.policy = p.at("policy");
  task.task_class = p.at("class");
  task.kind = p.at("kind");
  task.depends_on = p.at("depends_on").get<std::vector<std::string>>();
  task.tags = p.at("tags").get<std::vector<std::string>>();
  task.weight = p.at("weight");
  task.milestones = milestones_from_json(p.at("milestones"));
  task.detail = detail_from_json(p.at("detail"));
  task.light = Light::green;
}

void set_state(Task& task, TaskState state, LocalDateTime when) {
  task.state = state;
  if (state == TaskState::done) task.done_at = when;
  if (!is_open(state)) task.light = Light::none;
}

void reassign(Task& task, const EventRecord& event, LocalDateTime when) {
  const json p = json::parse(event.payload);
  task.owners = p.at("owners").get<std::vector<std::string>>();
  task.unit = p.at("unit");
  if (task.state == TaskState::returned) task.state = TaskState::ready;
  TaskEntry entry = entry_of(event, when);
  entry.owners = task.owners;
  task.detail.reassignments.push_back(std::move(entry));
}

void request_extension(Task& task, const EventRecord& event, LocalDateTime when) {
  Extension ext;
  ext.due = require_stored_time(json::parse(event.payload).at("due"));
  ext.requested_by = event.actor;
  ext.requested_at = when;
  ext.reason = event.reason;
  task.extension = std::move(ext);
}

void approve_extension(Task& task, const EventRecord& event, LocalDateTime when) {
  if (!task.extension) throw std::invalid_argument("an extension approved that nobody requested");
  task.extension->state = Extension::State::approved;
  task.extension->approved_by = event.actor;
  task.extension->approved_at = when;
  task.due = task.extension->due;
}

void record_automatic_run(Task& task, const EventRecord& event, LocalDateTime when) {
  const bool ok = event.type == event_type::task_completed_automatically;
  set_state(task, ok ? TaskState::done : TaskState::failed, when);
  const json p = json::parse(event.payload);
  TaskEntry entry = entry_of(event, when);
  entry.ok = ok;
  entry.message = p.value("message", "");
  entry.evidence = p.value("evidence", json());
  task.detail.runs.push_back(std::move(entry));
}

// State changes that need nothing but the new state (and maybe a reason).
const std::map<std::string, TaskState>& simple_transitions() {
  static const std::map<std::string, TaskState> table{
      {event_type::task_ready, TaskState::ready},
      {event_type::task_acknowledged, TaskState::acknowledged},
      {event_type::task_started, TaskState::in_progress},
      {event_type::task_done, TaskState::done},
      {event_type::task_blocked, TaskState::blocked},
      {event_type::task_returned, TaskState::returned},
      {event_type::task_cancelled, TaskState::cancelled}};
  return table;
}

void apply_change(const EventRecord& event, Task& task, LocalDateTime when) {
  const std::string& type = event.type;
  if (type == event_type::task_created) {
    create(task, event);
  } else if (auto it = simple_transitions().find(type); it != simple_transitions().end()) {
    set_state(task, it->second, when);
    if (!event.reason.empty()) {
      TaskEntry entry = entry_of(event, when);
      entry.state = it->second;
      task.detail.reasons.push_back(std::move(entry));
    }
  } else if (type == event_type::task_reassigned) {
    reassign(task, event, when);
  } else if (type == event_type::task_noted) {
    TaskEntry entry = entry_of(event, when);
    entry.text = json::parse(event.payload).at("text");
    task.detail.notes.push_back(std::move(entry));
  } else if (type == event_type::task_chased) {
    ++task.chases;
    task.detail.chases.push_back(entry_of(event, when));
  } else if (type == event_type::extension_requested) {
    request_extension(task, event, when);
  } else if (type == event_type::extension_approved) {
    approve_extension(task, event, when);
  } else if (type == event_type::light_changed) {
    auto light = parse_light(json::parse(event.payload).at("light").get<std::string>());
    if (!light) throw std::invalid_argument("unknown light in " + type);
    task.light = *light;
  } else if (type == event_type::task_escalated) {
    task.escalation_level = json::parse(event.payload).at("level").get<std::int64_t>();
  } else if (type == event_type::task_overdue) {
    task.detail.overdue_at = when;
  } else if (type == event_type::task_failed || type == event_type::task_completed_automatically) {
    record_automatic_run(task, event, when);
  } else {
    throw std::invalid_argument("unknown event type '" + type + "'");
  }
}

}  // namespace

Run run_from_event(const EventRecord& event) {
  const json p = json::parse(event.payload);
  return {event.run,
          p.at("workflow"),
          p.at("period"),
          p.at("title"),
          require_stored_time(event.time),
          event.actor,
          p.at("task_count").get<std::int64_t>()};
}

void apply_task_event(const EventRecord& event, Task& task) {
  const LocalDateTime when = require_stored_time(event.time);
  apply_change(event, task, when);
  meet_milestones(task, event, when);
  ++task.version;
}

EventTarget target_of(const EventRecord& event) {
  if (event.type == event_type::run_created) return EventTarget::run;
  if (event.type == event_type::record_put || event.type == event_type::score_entered)
    return EventTarget::record;
  return event.task.empty() ? EventTarget::none : EventTarget::task;
}

std::string score_entry_id(const std::string& week, const std::string& person,
                           const std::string& item) {
  return week + "/" + person + "/" + item;
}

std::pair<std::string, std::string> record_key(const EventRecord& event) {
  const json p = json::parse(event.payload);
  if (event.type == event_type::score_entered)
    return {core_record::score_entry, score_entry_id(p.at("week"), p.at("person"), p.at("item"))};
  return {p.at("type"), p.at("id")};
}

void apply_record_event(const EventRecord& event, PluginRecord& record) {
  const json p = json::parse(event.payload);
  std::tie(record.type, record.id) = record_key(event);
  if (event.type == event_type::score_entered) {
    // Who entered it and why travel with the value: the sheet shows them.
    record.data =
        json{{"week", p.at("week")},   {"person", p.at("person")},  {"item", p.at("item")},
             {"value", p.at("value")}, {"entered_by", event.actor}, {"reason", event.reason}}
            .dump();
  } else {
    record.data = p.at("data").dump();
  }
  if (record.version == 0) record.created_at = event.time;
  record.updated_at = event.time;
  ++record.version;
}

RebuiltState rebuild(const std::vector<EventRecord>& events) {
  RebuiltState state;
  for (const auto& event : events) {
    switch (target_of(event)) {
      case EventTarget::run: state.runs[event.run] = run_from_event(event); break;
      case EventTarget::task: apply_task_event(event, state.tasks[event.task]); break;
      case EventTarget::record: apply_record_event(event, state.records[record_key(event)]); break;
      case EventTarget::none: break;
    }
  }
  return state;
}

}  // namespace duban
