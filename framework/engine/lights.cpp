#include "engine/lights.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "workflow/workflow_validator.hpp"

namespace duban {

namespace {

using nlohmann::json;

// The time before `at` from which a milestone shows yellow.
std::string yellow_from(const std::string& at, const DeadlinePolicy* policy,
                        const WorkingCalendar& calendar) {
  Offset before = policy ? policy->yellow_before : Offset{1, Offset::Unit::policy_day};
  const bool workdays = policy ? policy->workday_days : true;
  const Date day = *parse_date(at.substr(0, 10));
  Date from = day;
  if (before.unit == Offset::Unit::workday ||
      (before.unit == Offset::Unit::policy_day && workdays)) {
    from = calendar.add_workdays(day, -before.amount);
  } else {
    const int days = before.unit == Offset::Unit::week ? 7 * before.amount : before.amount;
    from = day - std::chrono::days{days};
  }
  return format_date(from) + at.substr(10);
}

int days_between(const std::string& from, const std::string& to) {
  return static_cast<int>(
      (*parse_date(to.substr(0, 10)) - *parse_date(from.substr(0, 10))).count());
}

}  // namespace

const DeadlinePolicy* policy_for_task(const Workspace& workspace, const TaskRecord& task) {
  if (const WorkflowDefinition* wf = workspace.workflow(task.workflow)) {
    return find_policy(*wf, task.policy, workspace.policies);
  }
  auto it = workspace.policies.find(task.policy);
  return it == workspace.policies.end() ? nullptr : &it->second;
}

LightAssessment assess_light(const TaskRecord& task, const std::string& now,
                             const DeadlinePolicy* policy, const WorkingCalendar& calendar) {
  LightAssessment out;
  if (task.state == "done" || task.state == "cancelled") return out;
  const json milestones = task.milestones.empty() ? json::array() : json::parse(task.milestones);
  std::string next_name, next_at;
  for (const auto& m : milestones) {
    if (!m.value("met_at", "").empty()) continue;
    std::string at = m.value("at", "");
    if (m.value("met_by", "done") == "done")
      at = std::max(at, task.due);  // an approved extension moves it
    if (at < now) {
      if (out.missed++ == 0) {
        out.milestone = m.value("name", "");
        out.milestone_at = at;
      }
    } else if (next_at.empty()) {
      next_name = m.value("name", "");
      next_at = at;
    }
  }
  if (out.missed == 0 && task.due < now) {  // past due with every milestone met is still late
    out.missed = 1;
    out.past_due = true;
    // Events and JSON keep the zh-CN word whatever the language: they are
    // data that programs read, the same from every command.
    out.milestone = messages_for(Language::zh_cn)[Msg::milestone_deadline];
    out.milestone_at = task.due;
  }
  if (out.missed > 0) {
    out.light = "red";
    out.days_late = std::max(0, days_between(out.milestone_at, now));
    return out;
  }
  out.milestone = next_name;
  out.milestone_at = next_at;
  out.light =
      !next_at.empty() && now >= yellow_from(next_at, policy, calendar) ? "yellow" : "green";
  return out;
}

std::string milestone_label(const LightAssessment& light, const Messages& messages) {
  return light.past_due ? std::string(messages[Msg::milestone_deadline]) : light.milestone;
}

}  // namespace duban
