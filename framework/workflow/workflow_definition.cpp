#include "workflow/workflow_definition.hpp"

namespace duban {

std::optional<PeriodKind> Recurrence::period_kind() const {
  switch (every) {
    case Every::none: return std::nullopt;
    case Every::day: return PeriodKind::day;
    case Every::week: return PeriodKind::week;
    case Every::month: return PeriodKind::month;
    case Every::quarter: return PeriodKind::quarter;
    case Every::year: return PeriodKind::year;
  }
  return std::nullopt;
}

SourcePosition TaskTemplate::position(const std::string& key) const {
  auto it = key_positions.find(key);
  return it == key_positions.end() ? where : it->second;
}

const TaskTemplate* WorkflowDefinition::task(std::string_view task_id) const {
  auto it = task_index.find(task_id);
  return it == task_index.end() ? nullptr : &tasks[it->second];
}

std::vector<std::string> WorkflowDefinition::task_ids() const {
  std::vector<std::string> out;
  for (const auto& t : tasks) out.push_back(t.id);
  return out;
}

SourcePosition WorkflowDefinition::position(const std::string& key) const {
  auto it = key_positions.find(key);
  return it == key_positions.end() ? where : it->second;
}

}  // namespace duban
