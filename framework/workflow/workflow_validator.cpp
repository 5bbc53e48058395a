#include "workflow/workflow_validator.hpp"

#include <algorithm>
#include <map>

#include "diagnostics/suggest.hpp"
#include "extensions/schema_check.hpp"
#include "graph/task_graph.hpp"
#include "toml/toml_reader.hpp"
#include "workflow/owner_expression.hpp"
#include "workflow/placeholder.hpp"
#include "workflow/template_graph.hpp"

namespace duban {

namespace {

std::vector<std::string> list_fields(const std::vector<ListItem>& items) {
  // Only fields every item has are safe to use in a template.
  std::vector<std::string> common;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::vector<std::string> fields;
    for (const auto& [name, value] : items[i].fields) fields.push_back(name);
    if (i == 0) {
      common = fields;
    } else {
      std::erase_if(common, [&](const std::string& f) {
        return std::find(fields.begin(), fields.end(), f) == fields.end();
      });
    }
  }
  return common;
}

class WorkflowChecker {
 public:
  WorkflowChecker(const WorkflowDefinition& wf, const ValidationContext& ctx, Diagnostics& d)
      : wf_(wf), ctx_(ctx), diagnostics_(d) {}

  void run() {
    check_duplicate_ids();
    if (ctx_.org && ctx_.policies) {
      check_header();
      check_lists();
      check_parameters();
      for (const auto& [id, policy] : wf_.local_policies)
        check_policy_references(policy, *ctx_.org, diagnostics_);
      for (const auto& task : wf_.tasks) check_task(task);
    } else {
      for (const auto& task : wf_.tasks) check_dependencies(task);
    }
    check_cycles();
  }

 private:
  void check_header() {
    if (!wf_.id.empty() && wf_.id.find_first_of(" /\\:") != std::string::npos) {
      diagnostics_.error(wf_.position("id"),
                         "workflow id '" + wf_.id + "' must not contain spaces, ':', '/' or '\\'");
    }
    if (!wf_.policy.empty() && !find_policy(wf_, wf_.policy, *ctx_.policies)) {
      diagnostics_.error(wf_.position("policy"), "unknown policy '" + wf_.policy + "'" +
                                                     did_you_mean(wf_.policy, policy_ids()));
    }
    if (wf_.policy.empty() && !ctx_.default_policy.empty() &&
        !find_policy(wf_, ctx_.default_policy, *ctx_.policies)) {
      diagnostics_.error(wf_.where, "the default policy '" + ctx_.default_policy +
                                        "' named in duban.toml is not defined");
    }
  }

  // Item ids become task ids: two items with one id would make two tasks with one id.
  void check_lists() {
    for (const auto& [name, items] : wf_.lists) {
      std::map<std::string, const ListItem*> first;
      for (const auto& item : items) {
        auto id = item.fields.find("id");
        if (id == item.fields.end()) continue;
        auto [it, inserted] = first.emplace(id->second, &item);
        if (!inserted) {
          diagnostics_.error(item.where, "list '" + name + "': duplicate item id '" + id->second +
                                             "' (first at line " +
                                             std::to_string(it->second->where.line) + ")");
        }
      }
    }
  }

  void check_parameters() {
    for (const auto& p : wf_.parameters) {
      if (p.type == "person" && p.default_value && !ctx_.org->person(*p.default_value)) {
        diagnostics_.error(p.where, "default of parameter '" + p.id + "': unknown person '" +
                                        *p.default_value + "'" +
                                        did_you_mean(*p.default_value, ctx_.org->person_ids()));
      }
    }
  }

  std::vector<std::string> policy_ids() const {
    std::vector<std::string> ids;
    for (const auto& [id, p] : *ctx_.policies) ids.push_back(id);
    for (const auto& [id, p] : wf_.local_policies) ids.push_back(id);
    return ids;
  }

  void check_duplicate_ids() {
    std::map<std::string, const TaskTemplate*> first;
    for (const auto& task : wf_.tasks) {
      auto [it, inserted] = first.emplace(task.id, &task);
      if (!inserted) {
        diagnostics_.error(task.position("id"), "duplicate task id '" + task.id +
                                                    "' (first defined at line " +
                                                    std::to_string(it->second->where.line) + ")");
      }
    }
  }

  void check_task(const TaskTemplate& task) {
    check_policy(task);
    check_kind(task);
    check_dependencies(task);
    check_fan_out(task);
    check_placeholders(task, task.title, "title");
    check_placeholders(task, task.description, "description");
    for (const auto& line : task.checklist) check_placeholders(task, line, "checklist");
    for (const auto& line : task.evidence) check_placeholders(task, line, "evidence");
    for (const auto& owner : task.owners) check_owner(task, owner);
    check_due(task);
  }

  void check_policy(const TaskTemplate& task) {
    if (!task.policy.empty() && !find_policy(wf_, task.policy, *ctx_.policies)) {
      diagnostics_.error(task.position("policy"), "task '" + task.id + "': unknown policy '" +
                                                      task.policy + "'" +
                                                      did_you_mean(task.policy, policy_ids()));
      return;
    }
    const DeadlinePolicy* policy =
        find_policy(wf_, effective_policy_id(wf_, task, ctx_), *ctx_.policies);
    if (!policy) return;
    const auto classes = policy->classes();
    if (task.task_class != "ordinary" && !classes.empty() &&
        std::find(classes.begin(), classes.end(), task.task_class) == classes.end()) {
      diagnostics_.error(task.position("class"), "task '" + task.id + "': policy '" + policy->id +
                                                     "' has no milestones for class '" +
                                                     task.task_class + "'" +
                                                     did_you_mean(task.task_class, classes));
    }
  }

  void check_kind(const TaskTemplate& task) {
    if (ctx_.task_kinds.contains(task.kind)) {
      check_params(task);
      return;
    }
    std::vector<std::string> kinds(ctx_.task_kinds.begin(), ctx_.task_kinds.end());
    std::string known;
    for (const auto& k : kinds) known += (known.empty() ? "" : ", ") + k;
    diagnostics_.error(task.position("kind"), "task '" + task.id + "': unknown task kind '" +
                                                  task.kind + "' (known: " + known + ")" +
                                                  did_you_mean(task.kind, kinds));
  }

  // A plugin kind's params are read against its schema, with positions; a
  // human task has none.
  void check_params(const TaskTemplate& task) {
    if (task.kind == "human") {
      if (task.params_table) {
        diagnostics_.error(task.position("params"), "task '" + task.id +
                                                        "': params are only for automatic "
                                                        "kinds (this task is human)");
      }
      return;
    }
    const auto* kind = ctx_.extensions ? ctx_.extensions->task_kind(task.kind) : nullptr;
    if (!kind) return;
    if (!task.params_table) {
      for (const auto& field : kind->value.params.fields) {
        if (field.required && field.default_value.is_null()) {
          diagnostics_.error(task.position("kind"), "task '" + task.id + "': kind '" + task.kind +
                                                        "' needs params." + field.name);
        }
      }
      return;
    }
    TableReader reader(*task.params_table, wf_.path, diagnostics_,
                       "params of task '" + task.id + "'");
    read_schema_table(reader, kind->value.params, ctx_.org);
  }

  void check_dependencies(const TaskTemplate& task) {
    for (const auto& dep : task.depends_on) {
      if (dep == task.id) {
        diagnostics_.error(task.position("depends_on"), "task '" + task.id + "' depends on itself");
      } else if (!wf_.task(dep)) {
        diagnostics_.error(task.position("depends_on"),
                           "task '" + task.id + "' depends on unknown task '" + dep + "'" +
                               did_you_mean(dep, wf_.task_ids()));
      }
    }
  }

  void check_fan_out(const TaskTemplate& task) {
    const FanOut& f = task.for_each;
    const Organisation& org = *ctx_.org;
    auto fail = [&](const std::string& what, const std::vector<std::string>& known) {
      diagnostics_.error(f.where, "task '" + task.id + "': for_each '" + f.text + "': " + what +
                                      did_you_mean(f.filter, known));
    };
    switch (f.over) {
      case FanOut::Over::none: return;
      case FanOut::Over::units:
        if (!f.filter.empty() && org.units_of_kind(f.filter).empty()) {
          fail("no unit has kind '" + f.filter + "'", org.unit_kinds());
        }
        return;
      case FanOut::Over::people:
        if (org.people_with_tag(f.filter).empty())
          fail("no person has tag '" + f.filter + "'", org.person_tags());
        return;
      case FanOut::Over::teams: {
        const bool any = f.filter.empty() ||
                         std::any_of(org.teams().begin(), org.teams().end(), [&](const Team& t) {
                           return std::find(t.tags.begin(), t.tags.end(), f.filter) != t.tags.end();
                         });
        if (!any) fail("no team has tag '" + f.filter + "'", {});
        return;
      }
      case FanOut::Over::list: {
        std::vector<std::string> names;
        for (const auto& [name, items] : wf_.lists) names.push_back(name);
        if (!wf_.lists.contains(f.filter))
          fail("no list named '" + f.filter + "' in [lists]", names);
        return;
      }
    }
  }

  // Returns false if the text has placeholders (so it cannot be checked statically).
  bool check_placeholders(const TaskTemplate& task, const std::string& text,
                          const std::string& key) {
    std::string error;
    auto uses = find_placeholders(text, error);
    if (!error.empty()) diagnostics_.error(task.position(key), "task '" + task.id + "': " + error);
    const auto names = placeholder_names(wf_, task);
    for (const auto& use : uses) {
      if (std::find(names.begin(), names.end(), use.name) != names.end()) continue;
      diagnostics_.error(task.position(key), "task '" + task.id + "': unknown placeholder '{{" +
                                                 use.name + "}}' in " + key +
                                                 did_you_mean(use.name, names));
    }
    return uses.empty() && error.empty();
  }

  void check_owner(const TaskTemplate& task, const std::string& owner) {
    if (check_placeholders(task, owner, "owner")) {
      check_resolved_owner(task, owner, owner, "");
    } else if (task.for_each.over == FanOut::Over::list) {
      check_list_owners(task, owner);
    }
  }

  // An owner built from list fields ("chief:{{item.section}}") is checked for
  // every item now rather than only when a run is planned.
  void check_list_owners(const TaskTemplate& task, const std::string& owner) {
    auto list = wf_.lists.find(task.for_each.filter);
    if (list == wf_.lists.end()) return;
    for (const auto& item : list->second) {
      std::map<std::string, std::string, std::less<>> values;
      for (const auto& [field, value] : item.fields)
        values[field.empty() ? "item" : "item." + field] = value;
      std::vector<std::string> missing;
      const std::string text = render_placeholders(owner, values, missing);
      if (!missing.empty()) continue;  // also depends on the period or a parameter
      auto id = item.fields.find("id");
      const std::string which =
          id != item.fields.end() ? id->second : "at line " + std::to_string(item.where.line);
      check_resolved_owner(task, owner, text, " for list item " + which);
    }
  }

  void check_resolved_owner(const TaskTemplate& task, const std::string& written,
                            const std::string& text, const std::string& context) {
    std::string error;
    auto ref = parse_owner(text, error);
    std::vector<std::string> people;
    if (ref) people = resolve_owner(*ref, *ctx_.org, error);
    if (!error.empty()) {
      diagnostics_.error(task.position("owner"),
                         "task '" + task.id + "': owner" + context + ": " + error);
    } else if (people.empty()) {
      diagnostics_.warning(task.position("owner"), "task '" + task.id + "': owner '" + written +
                                                       "'" + context + " resolves to nobody");
    }
  }

  void check_due(const TaskTemplate& task) {
    const DueRule& due = task.due;
    if (due.anchor == DueRule::Anchor::after &&
        std::find(task.depends_on.begin(), task.depends_on.end(), due.after) ==
            task.depends_on.end()) {
      diagnostics_.error(due.where, "task '" + task.id + "': due after '" + due.after +
                                        "', which is not in its depends_on");
    }
    if (due.anchor == DueRule::Anchor::date) check_placeholders(task, due.date_text, "due");
    if (due.anchor == DueRule::Anchor::weekday && wf_.recurrence.every != Recurrence::Every::week &&
        wf_.recurrence.every != Recurrence::Every::none) {
      diagnostics_.warning(
          due.where,
          "task '" + task.id + "': a weekday due rule uses the first week of the period");
    }
  }

  void check_cycles() {
    if (wf_.task_index.size() != wf_.tasks.size()) return;  // duplicate ids already reported
    const TaskGraph graph = template_graph(wf_);
    const auto order = graph.topological_order();
    if (!order.has_cycle()) return;
    std::string text;
    for (TaskIndex i : order.cycle) {
      const TaskTemplate& t = wf_.tasks[i];
      text += "'" + t.id + "' (line " + std::to_string(t.where.line) + ", column " +
              std::to_string(t.where.column) + ") → ";
    }
    text += "'" + wf_.tasks[order.cycle.front()].id + "'";
    diagnostics_.error(wf_.tasks[order.cycle.front()].position("depends_on"),
                       "dependency cycle: " + text);
  }

  const WorkflowDefinition& wf_;
  const ValidationContext& ctx_;
  Diagnostics& diagnostics_;
};

}  // namespace

void check_policy_references(const DeadlinePolicy& policy, const Organisation& org,
                             Diagnostics& diagnostics) {
  for (const auto& step : policy.escalate) {
    std::string error;
    if (step.starts_with("role:") && !org.role(step.substr(5))) {
      error =
          "unknown role '" + step.substr(5) + "'" + did_you_mean(step.substr(5), org.role_ids());
    } else if (step.starts_with("person:") && !org.person(step.substr(7))) {
      error = "unknown person '" + step.substr(7) + "'" +
              did_you_mean(step.substr(7), org.person_ids());
    }
    if (!error.empty()) {
      diagnostics.error(policy.escalate_where,
                        "escalation step of policy '" + policy.id + "': " + error);
    }
  }
}

const DeadlinePolicy* find_policy(const WorkflowDefinition& workflow, std::string_view id,
                                  const PolicySet& shared) {
  if (auto it = workflow.local_policies.find(id); it != workflow.local_policies.end())
    return &it->second;
  if (auto it = shared.find(id); it != shared.end()) return &it->second;
  return nullptr;
}

std::string effective_policy_id(const WorkflowDefinition& workflow, const TaskTemplate& task,
                                const ValidationContext& context) {
  if (!task.policy.empty()) return task.policy;
  if (!workflow.policy.empty()) return workflow.policy;
  return context.default_policy;
}

std::vector<std::string> placeholder_names(const WorkflowDefinition& workflow,
                                           const TaskTemplate& task) {
  std::vector<std::string> names{"workflow.id", "workflow.name", "period.key",
                                 "period.year", "period.month",  "period.quarter",
                                 "period.week", "period.start",  "period.end"};
  for (const auto& p : workflow.parameters) names.push_back("param." + p.id);
  switch (task.for_each.over) {
    case FanOut::Over::none: break;
    case FanOut::Over::units:
      for (const char* n : {"unit.id", "unit.name", "unit.chief", "unit.chief_name", "unit.leader",
                            "unit.leader_name"}) {
        names.emplace_back(n);
      }
      break;
    case FanOut::Over::teams:
      for (const char* n :
           {"team.id", "team.name", "team.leader", "team.leader_name", "team.unit"}) {
        names.emplace_back(n);
      }
      break;
    case FanOut::Over::people:
      for (const char* n : {"person.id", "person.name", "person.unit", "person.title"}) {
        names.emplace_back(n);
      }
      break;
    case FanOut::Over::list:
      if (auto it = workflow.lists.find(task.for_each.filter); it != workflow.lists.end()) {
        for (const auto& field : list_fields(it->second)) {
          names.push_back(field.empty() ? "item" : "item." + field);
        }
      }
      names.emplace_back("item.index");
      break;
  }
  return names;
}

void validate_workflow(const WorkflowDefinition& workflow, const ValidationContext& context,
                       Diagnostics& diagnostics) {
  WorkflowChecker(workflow, context, diagnostics).run();
}

}  // namespace duban
