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

std::vector<DrawnTask> drawn_templates(const WorkflowDefinition& workflow, const TaskGraph& graph) {
  std::vector<std::int64_t> durations;
  for (const auto& t : workflow.tasks) durations.push_back(t.duration);
  std::vector<DrawnTask> drawn;
  for (const auto& t : workflow.tasks) {
    std::string label = t.title;
    if (t.for_each.over != FanOut::Over::none) label += " ×" + t.for_each.text;
    drawn.push_back({t.id, std::move(label), false});
  }
  // A cyclic graph (the validator reports it) has no critical path.
  if (!graph.topological_order().has_cycle()) {
    for (TaskIndex i : graph.critical_path(durations).tasks) drawn[i].critical = true;
  }
  return drawn;
}

std::string drawing_title(const WorkflowDefinition& workflow) {
  return workflow.name + " (" + workflow.id + " v" + std::to_string(workflow.version) + ")";
}

}  // namespace duban
