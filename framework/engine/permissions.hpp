#pragma once
// Who may do what to a task: its owners act on it; those who lead them (up
// the reporting line, or the chief and leader in charge of its unit) may act
// on it too, chase it and decide extensions.

#include <string>

#include "model/task.hpp"
#include "model/task_state.hpp"
#include "org/organisation.hpp"

namespace duban {

bool is_owner(const Task& task, const std::string& person);
/// True if `person` is above an owner in the reporting line, or is the chief
/// or leader in charge of the task's unit (and not only an owner).
bool leads(const Organisation& org, const Task& task, const std::string& person);

/// Why `person` may not take `action` on `task`, or "" when they may: chase,
/// reassign and approve belong to those who lead its owners, every other
/// action to its owners and those leaders. Says nothing of the task's state.
std::string permission_refusal(const Organisation& org, TaskAction action, const Task& task,
                               const std::string& person);

/// Why `person` may not approve the task's extension ("" when they may, as
/// far as the request goes): one must be waiting, and nobody approves their own.
std::string approval_refusal(const Task& task, const std::string& person);

/// Whether `person` may read `task` (its page, its history): its owners,
/// those who lead them, and the people of its unit. The command line lets
/// anyone with the workspace read everything; the web applies this.
bool may_see(const Organisation& org, const Task& task, const std::string& person);

}  // namespace duban
