#include "engine/lights.hpp"

#include <algorithm>

#include "workflow/workflow_validator.hpp"

namespace duban {

namespace {

// The time before `at` from which a milestone shows yellow.
LocalDateTime yellow_from(LocalDateTime at, const DeadlinePolicy* policy,
                          const WorkingCalendar& calendar) {
  Offset before = policy ? policy->yellow_before : Offset{1, Offset::Unit::policy_day};
  const bool workdays = policy ? policy->workday_days : true;
  if (before.unit == Offset::Unit::workday ||
      (before.unit == Offset::Unit::policy_day && workdays)) {
    return {calendar.add_workdays(at.date, -before.amount), at.time};
  }
  const int days = before.unit == Offset::Unit::week ? 7 * before.amount : before.amount;
  return {at.date - std::chrono::days{days}, at.time};
}

int days_between(LocalDateTime from, LocalDateTime to) {
  return static_cast<int>((to.date - from.date).count());
}

}  // namespace

const DeadlinePolicy* policy_for_task(const Definitions& definitions, const Task& task) {
  if (const WorkflowDefinition* wf = definitions.workflow(task.workflow)) {
    return find_policy(*wf, task.policy, definitions.policies);
  }
  auto it = definitions.policies.find(task.policy);
  return it == definitions.policies.end() ? nullptr : &it->second;
}

LightAssessment assess_light(const Task& task, LocalDateTime now, const DeadlinePolicy* policy,
                             const WorkingCalendar& calendar) {
  LightAssessment out;
  if (!task.is_open()) return out;
  std::optional<LocalDateTime> next_at;
  std::string next_name;
  for (const auto& m : task.milestones) {
    if (m.met_at) continue;
    // An approved extension moves the milestone met by closing.
    const LocalDateTime at = m.met_by == MetBy::done ? std::max(m.at, task.due) : m.at;
    if (at < now) {
      if (out.missed++ == 0) {
        out.milestone = m.name;
        out.milestone_at = at;
      }
    } else if (!next_at) {
      next_name = m.name;
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
    out.light = Light::red;
    out.days_late = std::max(0, days_between(*out.milestone_at, now));
    return out;
  }
  out.milestone = next_name;
  out.milestone_at = next_at;
  out.light =
      next_at && now >= yellow_from(*next_at, policy, calendar) ? Light::yellow : Light::green;
  return out;
}

std::string milestone_label(const LightAssessment& light, const Messages& messages) {
  return light.past_due ? std::string(messages[Msg::milestone_deadline]) : light.milestone;
}

}  // namespace duban
