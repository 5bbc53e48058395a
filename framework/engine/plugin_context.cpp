// The sdk::Context implementation; see plugin_context.hpp.

#include "engine/plugin_context.hpp"

#include <algorithm>
#include <iostream>
#include <stdexcept>

#include "engine/event_writer.hpp"
#include "engine/reducer.hpp"
#include "extensions/schema_check.hpp"
#include "model/task_codec.hpp"
#include "plan/due_dates.hpp"

namespace duban {

namespace {

using nlohmann::json;

// Handed over at the start of the working day when a plugin gives only a date.
constexpr TimeOfDay kWorkdayStart{9 * 60};

json parse_or_object(const std::string& text) {
  if (text.empty()) return json::object();
  return json::parse(text, nullptr, false);
}

sdk::Record record_view(const PluginRecord& r) {
  sdk::Record out;
  out.type = r.type;
  out.id = r.id;
  out.data = parse_or_object(r.data);
  out.created_at = r.created_at;
  out.updated_at = r.updated_at;
  out.version = r.version;
  return out;
}

// A field equals the value, or (for a list) contains it.
bool field_matches(const json& data, const std::string& field, const json& value) {
  auto it = data.find(field);
  if (it == data.end()) return value.is_null();
  if (it->is_array() && !value.is_array()) {
    return std::find(it->begin(), it->end(), value) != it->end();
  }
  return *it == value;
}

sdk::PersonView person_view(const Person& p) {
  sdk::PersonView out;
  out.id = p.id;
  out.name = p.name;
  out.unit = p.unit;
  out.title = p.title;
  out.roles = p.roles;
  out.tags = p.tags;
  out.reports_to = p.reports_to;
  return out;
}

sdk::TeamView team_view(const Team& t) {
  sdk::TeamView out;
  out.id = t.id;
  out.name = t.name;
  out.leader = t.leader;
  out.members = t.members;
  return out;
}

Date date_or_throw(const std::string& text) {
  auto date = parse_date(text);
  if (!date) throw std::invalid_argument("'" + text + "' is not a date (YYYY-MM-DD)");
  return *date;
}

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : "; ") + item;
  return text;
}

}  // namespace

sdk::TaskView task_view(const Task& t) {
  sdk::TaskView v;
  v.id = t.id;
  v.run = t.run;
  v.workflow = t.workflow;
  v.key = t.key;
  v.title = t.title;
  v.unit = t.unit;
  v.owners = t.owners;
  v.state = state_name(t.state);
  v.light = light_name(t.light);
  v.start = stored_time(t.start);
  v.due = stored_time(t.due);
  v.done_at = t.done_at ? stored_time(*t.done_at) : std::string();
  v.policy = t.policy;
  v.kind = t.kind;
  v.tags = t.tags;
  v.depends_on = t.depends_on;
  v.escalation_level = static_cast<int>(t.escalation_level);
  v.chases = static_cast<int>(t.chases);
  v.detail = detail_to_json(t.detail);
  v.params = t.detail.params.is_null() ? json::object() : t.detail.params;
  return v;
}

sdk::RunView run_view(const Run& r) {
  sdk::RunView v;
  v.id = r.id;
  v.workflow = r.workflow;
  v.period = r.period;
  v.title = r.title;
  return v;
}

void PluginLogger::info(const std::string& message) {
  lines_.push_back(message);
}

void PluginLogger::warn(const std::string& message) {
  lines_.push_back("warning: " + message);
  std::cerr << "duban: plugin " << plugin_ << ": warning: " << message << '\n';
}

void PluginLogger::error(const std::string& message) {
  lines_.push_back("error: " + message);
  std::cerr << "duban: plugin " << plugin_ << ": error: " << message << '\n';
}

PluginContext::PluginContext(const Definitions& definitions, std::string plugin, LocalDateTime now,
                             std::string actor, Store* store, StoreWriter* writer, Engine* engine)
    : defs_(definitions),
      plugin_(std::move(plugin)),
      now_(now),
      actor_(std::move(actor)),
      store_(store),
      writer_(writer),
      engine_(engine),
      logger_(plugin_) {}

std::string PluginContext::now() const {
  return stored_time(now_);
}

const json& PluginContext::config() const {
  return defs_.extensions.config(plugin_);
}

StoreWriter& PluginContext::writer(const char* what) {
  if (!writer_ || !engine_) {
    throw std::logic_error(std::string(what) +
                           " needs a command that writes (this one only reads)");
  }
  return *writer_;
}

std::string PluginContext::event_actor() const {
  return actor_.empty() ? "plugin:" + plugin_ : actor_;
}

// --------------------------------------------------------------- records

sdk::Record PluginContext::put(const std::string& type, const std::string& id, json data) {
  StoreWriter& w = writer("writing a record");
  const auto* registered = defs_.extensions.record_type(type);
  if (!registered) throw std::invalid_argument("unknown record type '" + type + "'");
  if (id.empty()) throw std::invalid_argument("a " + type + " record needs an id");
  const auto problems = check_object(data, registered->value.schema, &defs_.org);
  if (!problems.empty()) {
    throw std::invalid_argument("record " + type + "/" + id + ": " + join(problems));
  }
  const json payload{{"type", type}, {"id", id}, {"data", data}};
  EventRecord event{
      0, stored_time(now_), event_actor(), "", "", event_type::record_put, payload.dump(), "", "",
      ""};
  EventWriter(w).write(std::move(event));
  return record_view(w.record(type, id).value());
}

std::optional<sdk::Record> PluginContext::get(const std::string& type, const std::string& id) {
  auto found = writer_ ? writer_->record(type, id) : store_->record(type, id);
  if (!found) return std::nullopt;
  return record_view(*found);
}

std::vector<sdk::Record> PluginContext::find(const sdk::RecordQuery& query) {
  if (query.type.empty()) throw std::invalid_argument("a record query needs a type");
  const auto rows = writer_ ? writer_->records(query.type) : store_->records(query.type);
  std::vector<sdk::Record> out;
  for (const auto& row : rows) {
    sdk::Record record = record_view(row);
    const bool all = std::all_of(query.equals.begin(), query.equals.end(), [&](const auto& eq) {
      return field_matches(record.data, eq.first, eq.second);
    });
    if (!all) continue;
    out.push_back(std::move(record));
    if (query.limit != 0 && out.size() == query.limit) break;
  }
  return out;
}

// ----------------------------------------------------------------- tasks

std::optional<LocalDateTime> PluginContext::filter_time(const std::string& text,
                                                        const char* field) const {
  if (text.empty()) return std::nullopt;
  if (auto when = parse_iso8601(text, defs_.zone)) return when;
  throw std::invalid_argument("TaskFilter." + std::string(field) + " '" + text +
                              "' is not a date or time (YYYY-MM-DD[THH:MM])");
}

std::vector<sdk::TaskView> PluginContext::tasks(const sdk::TaskFilter& filter) {
  TaskQuery q;
  q.run = filter.run;
  q.workflow = filter.workflow;
  q.owner = filter.owner;
  q.unit = filter.unit;
  q.due_from = filter_time(filter.due_from, "due_from");
  q.due_to = filter_time(filter.due_to, "due_to");
  q.open_only = filter.open_only;
  const auto rows = writer_ ? writer_->tasks(q) : store_->tasks(q);
  std::vector<sdk::TaskView> out;
  for (const auto& row : rows) {
    if (!filter.tag.empty() &&
        std::find(row.tags.begin(), row.tags.end(), filter.tag) == row.tags.end()) {
      continue;
    }
    out.push_back(task_view(row));
  }
  return out;
}

std::optional<sdk::TaskView> PluginContext::task(const std::string& id) {
  auto row = writer_ ? writer_->task(id) : store_->task(id);
  if (!row) return std::nullopt;
  return task_view(*row);
}

sdk::RunView PluginContext::ensure_run(const std::string& workflow, const std::string& period,
                                       const std::string& title) {
  StoreWriter& w = writer("creating a run");
  if (workflow.empty() || period.empty()) {
    throw std::invalid_argument("a run needs a workflow and a period");
  }
  return run_view(engine_->open_run(w, workflow, period, title, event_actor()));
}

PlannedTask PluginContext::planned_task(const Run& run, const sdk::NewTask& t) const {
  if (t.key.empty()) throw std::invalid_argument("a new task needs a key");
  if (t.owners.empty()) throw std::invalid_argument("task " + t.key + " needs an owner");
  PlannedTask p;
  p.id = t.key;
  p.template_id = t.key;
  p.title = t.title;
  p.description = t.description;
  p.owners = t.owners;
  const auto zone = defs_.zone;
  auto start = t.start.empty() ? std::optional(now_) : parse_iso8601(t.start, zone);
  if (!start)
    throw std::invalid_argument("task " + t.key + ": start '" + t.start + "' is not a time");
  if (t.start.size() == 10) start->time = kWorkdayStart;
  auto due = parse_iso8601(t.due, zone);
  if (!due) throw std::invalid_argument("task " + t.key + ": due '" + t.due + "' is not a date");
  if (t.due.size() == 10) due->time = defs_.workday_end;
  p.start = *start;
  p.due = *due;
  p.policy = t.policy.empty() ? defs_.default_policy : t.policy;
  auto policy = defs_.policies.find(p.policy);
  if (!p.policy.empty() && policy == defs_.policies.end()) {
    throw std::invalid_argument("task " + t.key + ": unknown policy '" + p.policy + "'");
  }
  if (policy != defs_.policies.end()) {
    p.milestones = plan_milestones(policy->second, "ordinary", defs_.calendar, p.start.date, p.due,
                                   defs_.workday_end);
  }
  p.task_class = "ordinary";
  p.kind = t.kind.empty() ? "human" : t.kind;
  p.params = t.params;
  if (p.kind != "human") {
    const auto* kind = defs_.extensions.task_kind(p.kind);
    if (!kind) throw std::invalid_argument("task " + t.key + ": unknown kind '" + p.kind + "'");
    const auto problems = check_object(p.params, kind->value.params, &defs_.org);
    if (!problems.empty()) throw std::invalid_argument("task " + t.key + ": " + join(problems));
  }
  const std::string prefix = run.id + "/";
  for (const auto& dep : t.depends_on) {
    p.depends_on.push_back(dep.starts_with(prefix) ? dep.substr(prefix.size()) : dep);
  }
  p.tags = t.tags;
  return p;
}

sdk::TaskView PluginContext::create_task(const std::string& run_id, const sdk::NewTask& task) {
  StoreWriter& w = writer("creating a task");
  auto run = w.run(run_id);
  if (!run) throw std::invalid_argument("no run '" + run_id + "'");
  // A refusal crosses the plugin boundary as the exception the SDK documents.
  auto added = engine_->add_task(w, *run, planned_task(*run, task), event_actor());
  if (!added) throw std::invalid_argument(added.refusal().message);
  return task_view(added.value());
}

sdk::TaskView PluginContext::complete_task(const std::string& id, const json& evidence) {
  StoreWriter& w = writer("completing a task");
  auto row = w.task(id);
  if (!row) throw std::invalid_argument("no task '" + id + "'");
  if (!row->is_open()) {
    throw std::invalid_argument("task " + id + " is already " +
                                std::string(state_name(row->state)));
  }
  return task_view(engine_->finish_automatic(w, *row, true, "closed by plugin " + plugin_, evidence,
                                             event_actor()));
}

// ------------------------------------------------- organisation, calendar

std::optional<sdk::PersonView> PluginContext::person(const std::string& id) const {
  const Person* p = defs_.org.person(id);
  if (!p) return std::nullopt;
  return person_view(*p);
}

std::vector<sdk::PersonView> PluginContext::people() const {
  std::vector<sdk::PersonView> out;
  for (const auto& id : defs_.org.person_ids()) out.push_back(person_view(*defs_.org.person(id)));
  return out;
}

std::optional<sdk::TeamView> PluginContext::team(const std::string& id) const {
  const Team* t = defs_.org.team(id);
  if (!t) return std::nullopt;
  return team_view(*t);
}

std::vector<sdk::TeamView> PluginContext::teams() const {
  std::vector<sdk::TeamView> out;
  for (const auto& t : defs_.org.teams()) out.push_back(team_view(t));
  return out;
}

bool PluginContext::is_workday(const std::string& date) const {
  return defs_.calendar.is_workday(date_or_throw(date));
}

std::string PluginContext::add_workdays(const std::string& date, int days) const {
  return format_date(defs_.calendar.add_workdays(date_or_throw(date), days));
}

}  // namespace duban
