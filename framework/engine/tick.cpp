#include "engine/tick.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "engine/engine.hpp"
#include "engine/event_writer.hpp"
#include "engine/lights.hpp"
#include "engine/plugin_calls.hpp"
#include "engine/reducer.hpp"
#include "plan/due_dates.hpp"
#include "plan/planner.hpp"

namespace duban {

namespace {

// How late tick may still open a run (the scheduler was down over a holiday).
constexpr std::chrono::days catch_up_window{7};

// The run of each recurring workflow whose period holds `now`, once it has opened.
void open_due_runs(const Definitions& defs, Engine& engine, StoreWriter& writer, LocalDateTime now,
                   TickReport& report) {
  for (const auto& wf : defs.workflows) {
    const auto kind = wf.recurrence.period_kind();
    if (!kind) continue;
    const Period period = period_containing(now.date, *kind);
    if (*kind == PeriodKind::day && wf.recurrence.workdays_only &&
        !defs.calendar.is_workday(now.date))
      continue;
    const Date opening = run_opening_date(wf.recurrence, defs.calendar, period);
    if (opening > now.date) continue;
    // A run that opened more than a week ago is not opened behind people's
    // backs with its deadlines already missed: plan it by hand if it is wanted.
    if (now.date - opening > catch_up_window) continue;
    if (writer.run(wf.id + "/" + period.key())) continue;
    Diagnostics diagnostics;
    const PlannedRun run = plan_run(defs, wf, period, {}, diagnostics, now.date);
    if (diagnostics.has_errors()) continue;  // e.g. a parameter without default: planned by hand
    if (engine.create_run(writer, run, "system").created) report.runs_created.push_back(run.key());
  }
}

EventRecord system_event(LocalDateTime now, const Task& task, const char* type, std::string payload,
                         std::string reason) {
  return {0,    stored_time(now),   "system",          task.run, task.id,
          type, std::move(payload), std::move(reason), "",       ""};
}

void record(StoreWriter& writer, Task& task, EventRecord event) {
  EventWriter(writer).write(std::move(event), task);
}

// The people an escalation goes to, in order: each step of the policy's
// chain resolved for this task, skipping steps that name nobody or someone
// already on the chain (a chief who owns the task is not escalated to).
std::vector<std::string> escalation_chain(const DeadlinePolicy& policy, const Task& task,
                                          const Organisation& org) {
  std::vector<std::string> chain;
  for (const auto& step : policy.escalate) {
    const std::string person = escalation_target(step, task, org);
    if (person.empty() || std::find(chain.begin(), chain.end(), person) != chain.end()) continue;
    chain.push_back(person);
  }
  return chain;
}

// One escalation step per missed milestone, never past the end of the chain.
void escalate(const Definitions& defs, Engine& engine, StoreWriter& writer, LocalDateTime now,
              Task& task, const LightAssessment& light, const DeadlinePolicy* policy,
              TickReport& report) {
  if (!policy) return;
  const auto chain = escalation_chain(*policy, task, defs.org);
  if (chain.size() < 2) return;
  const auto top = static_cast<std::int64_t>(chain.size()) - 1;
  const std::int64_t target = std::min<std::int64_t>(light.missed, top);
  while (task.escalation_level < target) {
    const std::int64_t level = task.escalation_level + 1;
    const std::string& to = chain[static_cast<std::size_t>(level)];
    nlohmann::json payload{{"level", level}, {"to", to}, {"milestone", light.milestone}};
    record(writer, task,
           system_event(now, task, event_type::task_escalated, payload.dump(),
                        "missed " + light.milestone + " (" +
                            (light.milestone_at ? stored_time(*light.milestone_at) : "") + ")"));
    report.escalations.push_back(task.id + " → " + to + " (level " + std::to_string(level) + ")");
    if (auto run = writer.run(task.run)) {
      engine.run_hooks(writer, sdk::HookEvent::task_escalated, *run, &task, "system", to,
                       static_cast<int>(level));
    }
  }
}

// Past its due time and still open: recorded once per task (plugins' overdue
// hooks run on it), however many ticks see it.
void mark_overdue(Engine& engine, StoreWriter& writer, LocalDateTime now, Task& task,
                  TickReport& report) {
  if (task.due >= now || task.detail.overdue_at) return;
  record(writer, task, system_event(now, task, event_type::task_overdue, "{}", ""));
  ++report.overdue_marked;
  if (auto run = writer.run(task.run)) {
    engine.run_hooks(writer, sdk::HookEvent::task_overdue, *run, &task, "system");
  }
}

}  // namespace

std::string escalation_target(const std::string& step, const Task& task, const Organisation& org) {
  const std::string owner = task.owners.empty() ? "" : task.owners.front();
  const Unit* unit = org.unit(task.unit);
  if (step == "owner") return owner;
  if (step == "reports_to") {
    const Person* p = org.person(owner);
    return p ? p->reports_to : "";
  }
  if (step == "unit.chief") return unit ? unit->chief : "";
  if (step == "unit.leader") return unit ? unit->leader : "";
  if (step == "root.chief") return org.root_unit() ? org.root_unit()->chief : "";
  if (step.starts_with("person:")) return step.substr(7);
  if (step.starts_with("role:")) {
    auto holders = org.people_with_role(step.substr(5));
    return holders.empty() ? "" : holders.front()->id;
  }
  return "";
}

TickReport tick(const Definitions& defs, StoreWriter& writer, LocalDateTime now) {
  TickReport report;
  Engine engine(defs, now);
  open_due_runs(defs, engine, writer, now, report);
  for (const auto& run : run_automatic_tasks(engine, writer)) {
    (run.ok ? report.automatic_done : report.automatic_failed)
        .push_back(run.task + ": " + run.message);
  }
  TaskQuery open;
  open.open_only = true;
  for (Task& task : writer.tasks(open)) {
    ++report.open_tasks;
    if (!task.handed_over(now)) continue;
    const DeadlinePolicy* policy = policy_for_task(defs, task);
    const LightAssessment light = assess_light(task, now, policy, defs.calendar);
    if (light.light != task.light) {
      const nlohmann::json payload{{"light", light_name(light.light)},
                                   {"milestone", light.milestone}};
      record(writer, task, system_event(now, task, event_type::light_changed, payload.dump(), ""));
      ++report.lights_changed;
    }
    escalate(defs, engine, writer, now, task, light, policy, report);
    mark_overdue(engine, writer, now, task, report);
  }
  return report;
}

}  // namespace duban
