// The layout facts both drawings share: which edges are on the critical path,
// and which tasks share a layer.

#include "graph/drawing_layout.hpp"

#include <algorithm>
#include <stdexcept>

namespace duban::drawing {

void check_tasks(const TaskGraph& graph, std::span<const DrawnTask> tasks) {
  if (tasks.size() != graph.task_count()) {
    throw std::invalid_argument("graph drawing: one DrawnTask per task is needed");
  }
}

// The flags alone do not say in which order the tasks run, so they are put in
// topological order first; a shortcut edge between two critical tasks that are
// not neighbours on the path thus stays plain. A cyclic graph has no path.
std::vector<TaskIndex> critical_successors(const TaskGraph& graph, std::span<const DrawnTask> tasks) {
  std::vector<TaskIndex> next_on_path(tasks.size(), no_task);
  std::vector<TaskIndex> path;
  for (TaskIndex v : graph.topological_order().order) {
    if (tasks[v].critical) path.push_back(v);
  }
  for (std::size_t i = 1; i < path.size(); ++i) {
    const auto after = graph.dependents(path[i - 1]);
    if (std::binary_search(after.begin(), after.end(), path[i])) next_on_path[path[i - 1]] = path[i];
  }
  return next_on_path;
}

std::vector<std::vector<TaskIndex>> tasks_by_layer(const TaskGraph& graph) {
  const std::vector<std::uint32_t> layer = graph.layers();
  std::vector<std::vector<TaskIndex>> groups;
  for (TaskIndex v = 0; v < layer.size(); ++v) {
    if (layer[v] >= groups.size()) groups.resize(std::size_t{layer[v]} + 1);
    groups[layer[v]].push_back(v);
  }
  return groups;
}

}  // namespace duban::drawing
