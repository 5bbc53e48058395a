#include "engine/reducer.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace duban {

namespace {

using nlohmann::json;

json parse_object(const std::string& text) {
  if (text.empty()) return json::object();
  return json::parse(text);
}

// Progress a kind of event shows: acknowledging meets "ack" milestones,
// starting or reporting progress meets "progress", closing meets them all.
int progress_level(const std::string& type) {
  if (type == event_type::task_acknowledged) return 1;
  if (type == event_type::task_started || type == event_type::task_noted) return 2;
  if (type == event_type::task_done) return 3;
  return 0;
}

int met_by_level(const std::string& met_by) {
  if (met_by == "ack") return 1;
  if (met_by == "progress") return 2;
  return 3;
}

void meet_milestones(TaskRecord& task, const EventRecord& event) {
  const int level = progress_level(event.type);
  if (level == 0) return;
  json milestones = parse_object(task.milestones);
  for (auto& m : milestones) {
    if (m.value("met_at", "").empty() && met_by_level(m.value("met_by", "done")) <= level) {
      m["met_at"] = event.time;
    }
  }
  task.milestones = milestones.dump();
}

void append_to_detail(TaskRecord& task, const char* list, const EventRecord& event, json entry) {
  json detail = parse_object(task.detail);
  entry["time"] = event.time;
  entry["actor"] = event.actor;
  if (!event.reason.empty()) entry["reason"] = event.reason;
  detail[list].push_back(std::move(entry));
  task.detail = detail.dump();
}

void set_detail(TaskRecord& task, const char* key, const std::string& value) {
  json detail = parse_object(task.detail);
  detail[key] = value;
  task.detail = detail.dump();
}

void create(TaskRecord& task, const EventRecord& event) {
  const json p = json::parse(event.payload);
  task = TaskRecord{};
  task.id = event.task;
  task.run = event.run;
  task.workflow = p.at("workflow");
  task.key = p.at("key");
  task.title = p.at("title");
  task.unit = p.at("unit");
  task.owners = p.at("owners").get<std::vector<std::string>>();
  task.state = p.at("state");
  task.start = p.at("start");
  task.due = p.at("due");
  task.original_due = task.due;
  task.policy = p.at("policy");
  task.task_class = p.at("class");
  task.kind = p.at("kind");
  task.depends_on = p.at("depends_on").get<std::vector<std::string>>();
  task.tags = p.at("tags").get<std::vector<std::string>>();
  task.weight = p.at("weight");
  task.milestones = p.at("milestones").dump();
  task.detail = p.at("detail").dump();
  task.light = "green";
}

void set_state(TaskRecord& task, const char* state, const EventRecord& event) {
  task.state = state;
  if (task.state == "done") task.done_at = event.time;
  if (task.state == "done" || task.state == "cancelled") task.light.clear();
}

void reassign(TaskRecord& task, const EventRecord& event) {
  const json p = json::parse(event.payload);
  task.owners = p.at("owners").get<std::vector<std::string>>();
  task.unit = p.at("unit");
  if (task.state == "returned") task.state = "ready";
  append_to_detail(task, "reassignments", event, {{"owners", task.owners}});
}

void extension(TaskRecord& task, const EventRecord& event, bool approved) {
  json ext = parse_object(task.extension);
  if (approved) {
    ext["state"] = "approved";
    ext["approved_by"] = event.actor;
    ext["approved_at"] = event.time;
    task.due = ext.at("due");
  } else {
    ext = json::parse(event.payload);
    ext["state"] = "requested";
    ext["requested_by"] = event.actor;
    ext["requested_at"] = event.time;
    ext["reason"] = event.reason;
  }
  task.extension = ext.dump();
}

// State changes that need nothing but the new state (and maybe a reason).
const std::map<std::string, const char*>& simple_transitions() {
  static const std::map<std::string, const char*> table{
      {event_type::task_ready, "ready"},         {event_type::task_acknowledged, "acknowledged"},
      {event_type::task_started, "in_progress"}, {event_type::task_done, "done"},
      {event_type::task_blocked, "blocked"},     {event_type::task_returned, "returned"},
      {event_type::task_cancelled, "cancelled"}};
  return table;
}

}  // namespace

RunRecord run_from_event(const EventRecord& event) {
  const json p = json::parse(event.payload);
  return {event.run,
          p.at("workflow"),
          p.at("period"),
          p.at("title"),
          event.time,
          event.actor,
          p.at("task_count").get<std::int64_t>()};
}

void apply_task_event(const EventRecord& event, TaskRecord& task) {
  const std::string& type = event.type;
  if (type == event_type::task_created) {
    create(task, event);
  } else if (auto it = simple_transitions().find(type); it != simple_transitions().end()) {
    set_state(task, it->second, event);
    if (!event.reason.empty()) append_to_detail(task, "reasons", event, {{"state", it->second}});
  } else if (type == event_type::task_reassigned) {
    reassign(task, event);
  } else if (type == event_type::task_noted) {
    append_to_detail(task, "notes", event, {{"text", json::parse(event.payload).at("text")}});
  } else if (type == event_type::task_chased) {
    ++task.chases;
    append_to_detail(task, "chases", event, json::object());
  } else if (type == event_type::extension_requested) {
    extension(task, event, false);
  } else if (type == event_type::extension_approved) {
    extension(task, event, true);
  } else if (type == event_type::light_changed) {
    task.light = json::parse(event.payload).at("light");
  } else if (type == event_type::task_escalated) {
    task.escalation_level = json::parse(event.payload).at("level").get<std::int64_t>();
  } else if (type == event_type::task_overdue) {
    set_detail(task, "overdue_at", event.time);
  } else if (type == event_type::task_failed || type == event_type::task_completed_automatically) {
    const bool ok = type == event_type::task_completed_automatically;
    set_state(task, ok ? "done" : "failed", event);
    const json p = json::parse(event.payload);
    append_to_detail(task, "runs", event,
                     {{"ok", ok},
                      {"message", p.value("message", "")},
                      {"evidence", p.value("evidence", json())}});
  } else {
    throw std::invalid_argument("unknown event type '" + type + "'");
  }
  meet_milestones(task, event);
  ++task.version;
}

void apply_record_event(const EventRecord& event, PluginRecord& record) {
  const json p = json::parse(event.payload);
  record.type = p.at("type");
  record.id = p.at("id");
  record.data = p.at("data").dump();
  if (record.version == 0) record.created_at = event.time;
  record.updated_at = event.time;
  ++record.version;
}

RebuiltState rebuild(const std::vector<EventRecord>& events) {
  RebuiltState state;
  for (const auto& event : events) {
    if (event.type == event_type::run_created) {
      state.runs[event.run] = run_from_event(event);
    } else if (event.type == event_type::record_put) {
      const json p = json::parse(event.payload);
      apply_record_event(event, state.records[{p.at("type"), p.at("id")}]);
    } else if (!event.task.empty()) {
      apply_task_event(event, state.tasks[event.task]);
    }
  }
  return state;
}

}  // namespace duban
