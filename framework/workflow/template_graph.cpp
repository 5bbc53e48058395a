#include "workflow/template_graph.hpp"

namespace duban {

TaskGraph template_graph(const WorkflowDefinition& workflow) {
  std::vector<TaskEdge> edges;
  for (std::size_t i = 0; i < workflow.tasks.size(); ++i) {
    for (const auto& dep : workflow.tasks[i].depends_on) {
      auto it = workflow.task_index.find(dep);
      if (it != workflow.task_index.end() && it->second != i) {
        edges.push_back({static_cast<TaskIndex>(it->second), static_cast<TaskIndex>(i)});
      }
    }
  }
  return {workflow.tasks.size(), std::move(edges)};
}

}  // namespace duban
