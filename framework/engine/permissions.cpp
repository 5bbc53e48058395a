#include "engine/permissions.hpp"

#include <algorithm>

namespace duban {

bool is_owner(const TaskRecord& task, const std::string& person) {
  return std::find(task.owners.begin(), task.owners.end(), person) != task.owners.end();
}

bool leads(const Organisation& org, const TaskRecord& task, const std::string& person) {
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

}  // namespace duban
