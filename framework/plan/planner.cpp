#include "plan/planner.hpp"

#include <algorithm>

#include "diagnostics/suggest.hpp"
#include "graph/task_graph.hpp"
#include "plan/due_dates.hpp"
#include "plan/task_instances.hpp"
#include "workflow/owner_expression.hpp"
#include "workflow/placeholder.hpp"

namespace duban {

namespace {

int rank(PeriodKind kind) {
  return static_cast<int>(kind);
}

bool valid_parameter(const Parameter& p, const std::string& value, const Organisation& org) {
  if (p.type == "integer") {
    return !value.empty() && std::all_of(value.begin() + (value[0] == '-' ? 1 : 0), value.end(),
                                         [](char c) { return c >= '0' && c <= '9'; });
  }
  if (p.type == "date") return parse_date(value).has_value();
  if (p.type == "bool") return value == "true" || value == "false";
  if (p.type == "person") return org.person(value) != nullptr;
  return true;
}

std::map<std::string, std::string> resolve_parameters(
    const Organisation& org, const WorkflowDefinition& wf,
    const std::map<std::string, std::string>& given, Diagnostics& diagnostics) {
  std::map<std::string, std::string> out;
  std::vector<std::string> ids;
  for (const auto& p : wf.parameters) ids.push_back(p.id);
  for (const auto& [id, value] : given) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      diagnostics.error({"--param", 0, 0}, "workflow '" + wf.id + "' has no parameter '" + id +
                                               "'" + did_you_mean(id, ids));
    }
  }
  for (const auto& p : wf.parameters) {
    auto it = given.find(p.id);
    if (it == given.end() && !p.default_value) {
      diagnostics.error(p.where, "parameter '" + p.id + "' of workflow '" + wf.id +
                                     "' has no default: pass --param " + p.id + "=VALUE");
      continue;
    }
    const std::string value = it != given.end() ? it->second : *p.default_value;
    if (!valid_parameter(p, value, org)) {
      diagnostics.error(p.where, "parameter '" + p.id + "' must be " +
                                     (p.type == "person" ? "a known person id" : "a " + p.type) +
                                     ", not '" + value + "'");
    }
    out[p.id] = value;
  }
  return out;
}

class RunPlanner {
 public:
  RunPlanner(const Definitions& defs, const WorkflowDefinition& wf, const Period& period,
             std::map<std::string, std::string> params, Diagnostics& diagnostics,
             std::optional<Date> not_before)
      : not_before_(not_before),
        defs_(defs),
        wf_(wf),
        period_(period),
        params_(std::move(params)),
        diagnostics_(diagnostics),
        context_(defs.validation_context()) {}

  PlannedRun plan() {
    PlannedRun run{wf_.id, wf_.name, period_, {}, {}, 0, {}};
    run.workdays =
        defs_.calendar.workdays_between(period_.start, period_.end + std::chrono::days{1});
    expand();
    link();
    TaskGraph graph(instances_.size(), edges_);
    const auto order = graph.topological_order();
    if (order.has_cycle()) {
      diagnostics_.error(wf_.where,
                         "workflow '" + wf_.id + "' has a dependency cycle; run 'duban validate'");
      return run;
    }
    tasks_.resize(instances_.size());
    for (TaskIndex i : order.order) plan_task(i, graph);
    mark_critical_path(graph, run);
    for (TaskIndex i : order.order) run.tasks.push_back(tasks_[i]);
    return run;
  }

 private:
  void expand() {
    const PlaceholderValues base = run_values(wf_, period_, params_);
    for (const auto& task : wf_.tasks) {
      auto expanded = expand_task(defs_.org, wf_, task, base);
      for (auto& instance : expanded) {
        by_template_[task.id].push_back(static_cast<TaskIndex>(instances_.size()));
        instances_.push_back(std::move(instance));
      }
    }
  }

  // Same fan-out on both sides pairs instances by key (each section's plan
  // waits for that section's summary); otherwise a task waits for them all.
  void link() {
    for (TaskIndex i = 0; i < instances_.size(); ++i) {
      const TaskInstance& inst = instances_[i];
      for (const auto& dep_id : inst.task->depends_on) {
        const TaskTemplate* dep = wf_.task(dep_id);
        if (!dep) continue;
        const bool paired = dep->for_each.over != FanOut::Over::none &&
                            dep->for_each.text == inst.task->for_each.text;
        for (TaskIndex j : by_template_[dep_id]) {
          if (!paired || instances_[j].key == inst.key) edges_.push_back({j, i});
        }
      }
    }
  }

  std::string render(const TaskInstance& inst, const std::string& text, const std::string& key) {
    std::vector<std::string> missing;
    std::string out = render_placeholders(text, inst.values, missing);
    for (const auto& name : missing) {
      diagnostics_.error(inst.task->position(key),
                         "task '" + inst.id() + "': no value for '{{" + name + "}}'");
    }
    return out;
  }

  std::vector<std::string> owners_of(const TaskInstance& inst, Date due) {
    std::vector<std::string> people;
    for (const auto& expression : inst.task->owners) {
      const std::string text = render(inst, expression, "owner");
      std::string error;
      auto ref = parse_owner(text, error);
      std::vector<std::string> resolved;
      if (ref) resolved = resolve_owner(*ref, defs_.org, error);
      if (!error.empty()) {
        diagnostics_.error(inst.task->position("owner"),
                           "task '" + inst.id() + "': owner: " + error);
      }
      for (auto& id : resolved) {
        if (std::find(people.begin(), people.end(), id) == people.end())
          people.push_back(std::move(id));
      }
    }
    warn_unreachable(inst, people, due);
    return people;
  }

  void warn_unreachable(const TaskInstance& inst, const std::vector<std::string>& people,
                        Date due) {
    if (people.empty()) {
      diagnostics_.warning(inst.task->position("owner"),
                           "task '" + inst.id() + "' of " + period_.key() + " has no owner");
      return;
    }
    const bool all_away = std::all_of(people.begin(), people.end(), [&](const std::string& id) {
      const Person* p = defs_.org.person(id);
      return p && p->on_leave(due);
    });
    if (all_away) {
      diagnostics_.warning(inst.task->position("owner"), "task '" + inst.id() +
                                                             "': no owner is reachable on " +
                                                             format_date(due) + " (all on leave)");
    }
  }

  const DeadlinePolicy* policy_of(const TaskTemplate& task) {
    return find_policy(wf_, effective_policy_id(wf_, task, context_), defs_.policies);
  }

  Date start_of(TaskIndex i, const TaskGraph& graph) {
    Date start = run_opening_date(wf_.recurrence, defs_.calendar, period_);
    if (not_before_) start = std::max(start, defs_.calendar.next_workday(*not_before_));
    for (TaskIndex dep : graph.dependencies(i)) start = std::max(start, tasks_[dep].due.date);
    return start;
  }

  std::optional<Date> after_base(TaskIndex i, const TaskGraph& graph) {
    const TaskTemplate& task = *instances_[i].task;
    if (task.due.anchor != DueRule::Anchor::after) return std::nullopt;
    std::optional<Date> latest;
    for (TaskIndex dep : graph.dependencies(i)) {
      if (instances_[dep].task->id == task.due.after) {
        latest = std::max(latest.value_or(tasks_[dep].due.date), tasks_[dep].due.date);
      }
    }
    return latest;
  }

  LocalDateTime due_of(TaskIndex i, const TaskGraph& graph, Date start,
                       const DeadlinePolicy* policy) {
    const TaskInstance& inst = instances_[i];
    const TaskTemplate& task = *inst.task;
    DueInputs in{&defs_.calendar, period_, start, after_base(i, graph), {}, defs_.workday_end};
    if (task.due.anchor == DueRule::Anchor::date)
      in.rendered_date = render(inst, task.due.date_text, "due");
    auto date = due_date_by_rule(task.due, in);
    if (!date && task.due.anchor == DueRule::Anchor::date) {
      diagnostics_.error(task.due.where, "task '" + inst.id() + "': due date '" + in.rendered_date +
                                             "' is not a valid date");
    }
    if (!date)
      date = policy ? last_milestone_date(*policy, task.task_class, defs_.calendar, start) : start;
    return {*date, task.due.time.value_or(defs_.workday_end)};
  }

  void plan_task(TaskIndex i, const TaskGraph& graph) {
    const TaskInstance& inst = instances_[i];
    const TaskTemplate& task = *inst.task;
    const DeadlinePolicy* policy = policy_of(task);
    PlannedTask& out = tasks_[i];
    out.id = inst.id();
    out.template_id = task.id;
    out.title = render(inst, task.title, "title");
    out.description = render(inst, task.description, "description");
    const Date start = start_of(i, graph);
    out.start = {start, TimeOfDay{9 * 60}};
    out.due = due_of(i, graph, start, policy);
    if (out.due.date < start) {
      diagnostics_.warning(task.due.where, "task '" + inst.id() + "' of " + period_.key() +
                                               " is due " + format_date(out.due.date) +
                                               ", before it is handed over on " +
                                               format_date(start));
    }
    out.owners = owners_of(inst, out.due.date);
    if (policy) {
      out.policy = policy->id;
      out.milestones = plan_milestones(*policy, task.task_class, defs_.calendar, start, out.due,
                                       defs_.workday_end);
    }
    for (TaskIndex dep : graph.dependencies(i)) out.depends_on.push_back(instances_[dep].id());
    out.task_class = task.task_class;
    out.kind = task.kind;
    out.params = task.params;
    for (const auto& line : task.checklist)
      out.checklist.push_back(render(inst, line, "checklist"));
    for (const auto& line : task.evidence) out.evidence.push_back(render(inst, line, "evidence"));
    out.tags = task.tags;
    out.weight = task.weight;
    out.duration = task.duration;
  }

  void mark_critical_path(const TaskGraph& graph, PlannedRun& run) {
    std::vector<std::int64_t> durations;
    for (const auto& inst : instances_) durations.push_back(inst.task->duration);
    const CriticalPath path = graph.critical_path(durations);
    for (TaskIndex i : path.tasks) {
      tasks_[i].critical = true;
      run.critical_path.push_back(tasks_[i].id);
    }
  }

  std::optional<Date> not_before_;
  const Definitions defs_;
  const WorkflowDefinition& wf_;
  Period period_;
  std::map<std::string, std::string> params_;
  Diagnostics& diagnostics_;
  ValidationContext context_;
  std::vector<TaskInstance> instances_;
  std::map<std::string, std::vector<TaskIndex>> by_template_;
  std::vector<TaskEdge> edges_;
  std::vector<PlannedTask> tasks_;
};

}  // namespace

std::vector<Period> run_periods(const WorkflowDefinition& workflow, const Period& requested,
                                const WorkingCalendar& calendar, std::string& error) {
  const auto kind = workflow.recurrence.period_kind();
  if (!kind || *kind == requested.kind) return {requested};
  if (requested.kind == PeriodKind::day) return {period_containing(requested.start, *kind)};
  if (rank(requested.kind) < rank(*kind) ||
      (*kind == PeriodKind::month && requested.kind == PeriodKind::week)) {
    error = "workflow '" + workflow.id + "' runs once a " + std::string(period_kind_name(*kind)) +
            "; " + requested.key() + " is a " + std::string(period_kind_name(requested.kind)) +
            " (give a " + std::string(period_kind_name(*kind)) + ", a date, or a longer period)";
    return {};
  }
  std::vector<Period> out;
  for (const Period& p : periods_starting_in(requested, *kind)) {
    // A daily workflow on workdays only has no run on a day off.
    if (*kind == PeriodKind::day && workflow.recurrence.workdays_only &&
        !calendar.is_workday(p.start))
      continue;
    out.push_back(p);
  }
  return out;
}

PlannedRun plan_run(const Definitions& definitions, const WorkflowDefinition& workflow,
                    const Period& period, const std::map<std::string, std::string>& params,
                    Diagnostics& diagnostics, std::optional<Date> not_before) {
  auto resolved = resolve_parameters(definitions.org, workflow, params, diagnostics);
  return RunPlanner(definitions, workflow, period, std::move(resolved), diagnostics, not_before)
      .plan();
}

std::vector<PlannedRun> plan_runs(const PlanRequest& request, Diagnostics& diagnostics) {
  std::string error;
  const auto periods =
      run_periods(*request.workflow, request.period, request.definitions->calendar, error);
  if (!error.empty()) {
    diagnostics.error({"--period", 0, 0}, error);
    return {};
  }
  std::vector<PlannedRun> runs;
  runs.reserve(periods.size());
  for (const Period& p : periods) {
    runs.push_back(plan_run(*request.definitions, *request.workflow, p, request.params, diagnostics,
                            request.not_before));
  }
  return runs;
}

}  // namespace duban
