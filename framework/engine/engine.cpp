#include "engine/engine.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "diagnostics/suggest.hpp"
#include "engine/event_writer.hpp"
#include "engine/permissions.hpp"
#include "engine/reducer.hpp"
#include "model/task_codec.hpp"

namespace duban {

namespace {

using nlohmann::json;

// The first milestone is met by acknowledging, the last by closing, those
// between by reporting progress (starting work or a note).
MetBy met_by(std::size_t index, std::size_t count) {
  if (index + 1 == count) return MetBy::done;
  return index == 0 ? MetBy::ack : MetBy::progress;
}

json milestones_json(const PlannedTask& task) {
  std::vector<TaskMilestone> milestones;
  for (std::size_t i = 0; i < task.milestones.size(); ++i) {
    const auto& m = task.milestones[i];
    milestones.push_back({m.action, m.name, m.at, met_by(i, task.milestones.size()), {}});
  }
  return milestones_to_json(milestones);
}

std::string unit_of(const Organisation& org, const std::vector<std::string>& owners) {
  if (owners.empty()) return "";
  const Person* p = org.person(owners.front());
  return p ? p->unit : "";
}

json task_detail(const PlannedTask& t) {
  TaskDetail detail;
  detail.description = t.description;
  detail.checklist = t.checklist;
  detail.evidence = t.evidence;
  detail.params = t.params;
  return detail_to_json(detail);
}

json task_created_payload(const PlannedTask& t, const std::string& run_key,
                          const std::string& workflow, const Organisation& org) {
  return {{"workflow", workflow},
          {"key", t.id},
          {"title", t.title},
          {"unit", unit_of(org, t.owners)},
          {"owners", t.owners},
          {"state", t.depends_on.empty() ? "ready" : "pending"},
          {"start", stored_time(t.start)},
          {"due", stored_time(t.due)},
          {"policy", t.policy},
          {"class", t.task_class},
          {"kind", t.kind},
          {"depends_on",
           [&] {
             std::vector<std::string> ids;
             for (const auto& d : t.depends_on) ids.push_back(run_key + "/" + d);
             return ids;
           }()},
          {"tags", t.tags},
          {"weight", t.weight},
          {"milestones", milestones_json(t)},
          {"detail", task_detail(t)}};
}

std::string states_text(TaskAction action) {
  std::string out;
  for (TaskState s : states_allowing(action))
    out += (out.empty() ? "" : ", ") + std::string(state_name(s));
  return out;
}

bool needs_reason(TaskAction action) {
  return action == TaskAction::block || action == TaskAction::return_ ||
         action == TaskAction::cancel || action == TaskAction::extend;
}

const char* event_for(TaskAction action) {
  switch (action) {
    case TaskAction::ack: return event_type::task_acknowledged;
    case TaskAction::start: return event_type::task_started;
    case TaskAction::done: return event_type::task_done;
    case TaskAction::block: return event_type::task_blocked;
    case TaskAction::return_: return event_type::task_returned;
    case TaskAction::cancel: return event_type::task_cancelled;
    case TaskAction::reassign: return event_type::task_reassigned;
    case TaskAction::note: return event_type::task_noted;
    case TaskAction::chase: return event_type::task_chased;
    case TaskAction::extend: return event_type::extension_requested;
    case TaskAction::approve: return event_type::extension_approved;
  }
  return event_type::task_noted;
}

}  // namespace

std::vector<TaskAction> offered_actions(const Organisation& org, const Task& task,
                                        const std::string& person) {
  const TaskState from = task.state;
  std::vector<TaskAction> out;
  for (const TaskAction action : all_actions()) {
    if (!next_state(action, from) || !permission_refusal(org, action, task, person).empty())
      continue;
    if (action == TaskAction::approve && !approval_refusal(task, person).empty()) continue;
    out.push_back(action);
  }
  return out;
}

Engine::Engine(const Definitions& definitions, LocalDateTime now) : defs_(definitions), now_(now) {}

std::optional<Refusal> Engine::person_refusal(const std::string& person) const {
  if (person.empty()) return Refusal{"who is acting? give --as PERSON (or set DUBAN_USER)"};
  if (!defs_.org.person(person))
    return Refusal{"unknown person '" + person + "'" +
                   did_you_mean(person, defs_.org.person_ids())};
  return std::nullopt;
}

EventRecord Engine::emit(StoreWriter& writer, Task& task, const char* type,
                         const std::string& actor, std::string payload, std::string reason) {
  EventRecord event{0,
                    stored_time(now_),
                    actor,
                    task.run,
                    task.id,
                    type,
                    std::move(payload),
                    std::move(reason),
                    "",
                    ""};
  return EventWriter(writer).write(std::move(event), task);
}

CreateRunOutcome Engine::create_run(StoreWriter& writer, const PlannedRun& run,
                                    const std::string& actor) {
  CreateRunOutcome out;
  if (auto existing = writer.run(run.key())) {
    out.run = *existing;
    return out;
  }
  json payload{{"workflow", run.workflow},
               {"period", run.period_key()},
               {"title", run.workflow_name},
               {"task_count", run.tasks.size()}};
  EventRecord created{
      0, stored_time(now_), actor, run.key(), "", event_type::run_created, payload.dump(), "", "",
      ""};
  out.events.push_back(EventWriter(writer).write(std::move(created)));
  out.run = run_from_event(out.events.back());
  std::vector<Task> created_tasks;
  for (const auto& t : run.tasks) {
    Task task;
    task.id = run.key() + "/" + t.id;
    task.run = run.key();
    out.events.push_back(emit(writer, task, event_type::task_created, actor,
                              task_created_payload(t, run.key(), run.workflow, defs_.org).dump(),
                              ""));
    created_tasks.push_back(std::move(task));
  }
  out.created = true;
  for (const auto& task : created_tasks) {
    run_hooks(writer, sdk::HookEvent::task_created, out.run, &task, actor);
  }
  run_hooks(writer, sdk::HookEvent::run_created, out.run, nullptr, actor);
  return out;
}

std::optional<Refusal> Engine::permission_refusal_of(const ActionRequest& request,
                                                     const Task& task) const {
  const std::string why = permission_refusal(defs_.org, request.action, task, request.actor);
  if (why.empty()) return std::nullopt;
  return Refusal{why, RuleKind::forbidden};
}

std::optional<Refusal> Engine::request_refusal(const ActionRequest& request,
                                               const Task& task) const {
  if (needs_reason(request.action) && request.reason.empty())
    return Refusal{std::string(action_name(request.action)) + " needs a reason (--reason TEXT)"};
  if (request.action == TaskAction::note && request.text.empty()) return Refusal{"note needs text"};
  if (request.action == TaskAction::approve) {
    const std::string why = approval_refusal(task, request.actor);
    if (!why.empty()) return Refusal{why, RuleKind::conflict};
  }
  if (request.action == TaskAction::reassign) {
    if (request.owners.empty()) return Refusal{"reassign needs the new owner (--to PERSON)"};
    for (const auto& p : request.owners) {
      if (auto refused = person_refusal(p)) return refused;
    }
  }
  if (request.action == TaskAction::extend) {
    auto due = parse_iso8601(request.new_due, defs_.zone);
    if (!due)
      return Refusal{"--until '" + request.new_due + "' is not a date (YYYY-MM-DD[THH:MM])"};
    if (*due <= task.due)
      return Refusal{"--until " + request.new_due + " is not later than the due time " +
                     stored_time(task.due)};
  }
  return std::nullopt;
}

std::optional<Refusal> Engine::transition_refusal(StoreWriter& writer, const ActionRequest& request,
                                                  const Task& task) const {
  if (next_state(request.action, task.state)) return std::nullopt;
  std::string why = "cannot " + std::string(action_name(request.action)) + " " + task.id +
                    ": it is " + std::string(state_name(task.state));
  if (task.state == TaskState::pending) {
    std::string open;
    for (const auto& dep : task.depends_on) {
      auto d = writer.task(dep);
      if (d && d->is_open()) open += (open.empty() ? "" : ", ") + dep;
    }
    why += " (waiting for " + open + ")";
  } else {
    why += " (allowed from: " + states_text(request.action) + ")";
  }
  return Refusal{why, RuleKind::conflict};
}

EventRecord Engine::apply(StoreWriter& writer, Task& task, const ActionRequest& request) {
  json payload = json::object();
  if (request.action == TaskAction::note) payload["text"] = request.text;
  if (request.action == TaskAction::reassign) {
    payload["owners"] = request.owners;
    payload["unit"] = unit_of(defs_.org, request.owners);
  }
  if (request.action == TaskAction::extend) {
    auto due = *parse_iso8601(request.new_due, defs_.zone);
    if (request.new_due.size() == 10) due.time = defs_.workday_end;
    payload["due"] = stored_time(due);
  }
  return emit(writer, task, event_for(request.action), request.actor, payload.dump(),
              request.reason);
}

void Engine::release_dependents(StoreWriter& writer, const Task& done, ActionOutcome& outcome) {
  TaskQuery same_run;
  same_run.run = done.run;
  same_run.states = {TaskState::pending};
  for (auto& dependent : writer.tasks(same_run)) {
    if (std::find(dependent.depends_on.begin(), dependent.depends_on.end(), done.id) ==
        dependent.depends_on.end()) {
      continue;
    }
    const bool all_done = std::all_of(dependent.depends_on.begin(), dependent.depends_on.end(),
                                      [&](const std::string& id) {
                                        auto dep = writer.task(id);
                                        return dep && !dep->is_open();
                                      });
    if (!all_done) continue;
    outcome.events.push_back(emit(writer, dependent, event_type::task_ready, "system", "{}", ""));
    outcome.now_ready.push_back(dependent.id);
  }
}

Checked<ActionOutcome> Engine::act(StoreWriter& writer, const ActionRequest& request) {
  if (auto refused = person_refusal(request.actor)) return *refused;
  auto found = resolve_task(writer, request.task);
  if (!found) return found.refusal();
  Task task = std::move(found).value();
  for (auto refused : {transition_refusal(writer, request, task),
                       permission_refusal_of(request, task), request_refusal(request, task)}) {
    if (refused) return *refused;
  }
  ActionOutcome outcome;
  outcome.events.push_back(apply(writer, task, request));
  if (!task.is_open()) release_dependents(writer, task, outcome);
  if (task.state == TaskState::done) {
    if (auto run = writer.run(task.run)) {
      run_hooks(writer, sdk::HookEvent::task_completed, *run, &task, request.actor);
    }
  }
  outcome.task = task;
  return outcome;
}

}  // namespace duban

namespace duban {

Run Engine::open_run(StoreWriter& writer, const std::string& workflow, const std::string& period,
                     const std::string& title, const std::string& actor) {
  const std::string id = workflow + "/" + period;
  if (auto existing = writer.run(id)) return *existing;
  json payload{{"workflow", workflow}, {"period", period}, {"title", title}, {"task_count", 0}};
  EventRecord created{
      0, stored_time(now_), actor, id, "", event_type::run_created, payload.dump(), "", "", ""};
  return run_from_event(EventWriter(writer).write(std::move(created)));
}

Checked<Task> Engine::add_task(StoreWriter& writer, const Run& run, const PlannedTask& planned,
                               const std::string& actor) {
  Task task;
  task.id = run.id + "/" + planned.id;
  task.run = run.id;
  if (writer.task(task.id)) return Refusal{"task " + task.id + " exists already"};
  for (const auto& owner : planned.owners) {
    if (auto refused = person_refusal(owner)) return *refused;
  }
  emit(writer, task, event_type::task_created, actor,
       task_created_payload(planned, run.id, run.workflow, defs_.org).dump(), "");
  run_hooks(writer, sdk::HookEvent::task_created, run, &task, actor);
  return task;
}

Task Engine::finish_automatic(StoreWriter& writer, Task task, bool ok, const std::string& message,
                              const json& evidence, const std::string& actor) {
  const json payload{{"message", message}, {"evidence", evidence}};
  emit(writer, task, ok ? event_type::task_completed_automatically : event_type::task_failed, actor,
       payload.dump(), ok ? "" : message);
  if (ok) {
    ActionOutcome released;
    release_dependents(writer, task, released);
    if (auto run = writer.run(task.run)) {
      run_hooks(writer, sdk::HookEvent::task_completed, *run, &task, actor);
    }
  }
  return task;
}

}  // namespace duban
