#include "engine/permissions.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace duban {

bool is_owner(const Task& task, const std::string& person) {
  return std::find(task.owners.begin(), task.owners.end(), person) != task.owners.end();
}

bool leads(const Organisation& org, const Task& task, const std::string& person) {
  if (const Unit* unit = org.unit(task.unit)) {
    if ((unit->chief == person || unit->leader == person) &&
        !(is_owner(task, person) && task.owners.size() == 1)) {
      return true;
    }
  }
  return std::any_of(task.owners.begin(), task.owners.end(), [&](const std::string& owner) {
    const auto line = org.reporting_line(owner);
    return std::find(line.begin(), line.end(), person) != line.end();
  });
}

std::string permission_refusal(const Organisation& org, TaskAction action, const Task& task,
                               const std::string& person) {
  const bool leader = leads(org, task, person);
  switch (action) {
    case TaskAction::chase:
    case TaskAction::reassign:
    case TaskAction::approve:
      if (leader) return "";
      return person + " cannot " + std::string(action_name(action)) + " " + task.id +
             ": only those who lead its owners may";
    default:
      if (leader || is_owner(task, person)) return "";
      return person + " cannot act on " + task.id + ": it belongs to " +
             (task.unit.empty() ? "another unit" : task.unit) + " and " + person +
             " neither owns it nor leads its owners";
  }
}

std::string approval_refusal(const Task& task, const std::string& person) {
  if (!task.extension || task.extension->state != Extension::State::requested)
    return task.id + " has no extension request to approve";
  if (task.extension->requested_by == person)
    return person + " cannot approve their own extension request";
  return "";
}

bool may_see(const Organisation& org, const Task& task, const std::string& person) {
  if (is_owner(task, person) || leads(org, task, person)) return true;
  const Person* p = org.person(person);
  return p && !task.unit.empty() && p->unit == task.unit;
}

}  // namespace duban
