#pragma once
// Fan-out: one task template becomes one instance per unit, team, person or
// list item, each with the placeholder values it renders with.

#include <map>
#include <string>
#include <vector>

#include "dates/period.hpp"
#include "org/organisation.hpp"
#include "workflow/workflow_definition.hpp"

namespace duban {

using PlaceholderValues = std::map<std::string, std::string, std::less<>>;

struct TaskInstance {
  const TaskTemplate* task = nullptr;
  std::string key;           ///< fan-out key ("office"), "" when not fanned out
  PlaceholderValues values;  ///< every placeholder this instance can render
  [[nodiscard]] std::string id() const { return key.empty() ? task->id : task->id + "." + key; }
};

/// Values shared by every task of a run (workflow, period, parameters).
PlaceholderValues run_values(const WorkflowDefinition& workflow, const Period& period,
                             const std::map<std::string, std::string>& params);

/// The instances of `task` in a run whose shared values are `base`.
std::vector<TaskInstance> expand_task(const Organisation& org, const WorkflowDefinition& workflow,
                                      const TaskTemplate& task, const PlaceholderValues& base);

}  // namespace duban
