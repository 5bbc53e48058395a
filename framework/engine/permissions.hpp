#pragma once
// Who may do what to a task: its owners act on it; those who lead them (up
// the reporting line, or the chief and leader in charge of its unit) may act
// on it too, chase it and decide extensions.

#include <string>

#include "org/organisation.hpp"
#include "store/records.hpp"

namespace duban {

bool is_owner(const TaskRecord& task, const std::string& person);
/// True if `person` is above an owner in the reporting line, or is the chief
/// or leader in charge of the task's unit (and not only an owner).
bool leads(const Organisation& org, const TaskRecord& task, const std::string& person);

}  // namespace duban
