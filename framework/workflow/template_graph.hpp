#pragma once
// The graph of a workflow's task templates: vertex i is `tasks[i]`, and an
// edge runs from each dependency to the task that waits for it.

#include "graph/graph_drawing.hpp"
#include "graph/task_graph.hpp"
#include "workflow/workflow_definition.hpp"

namespace duban {

/// Dependencies that name no task, and a task's dependency on itself, are
/// left out (the validator reports both).
TaskGraph template_graph(const WorkflowDefinition& workflow);

/// What a drawing shows of each template, in template order: its id, its
/// title (with "×over" for a fan-out), whether it is on the critical path
/// (durations in workdays).
std::vector<DrawnTask> drawn_templates(const WorkflowDefinition& workflow, const TaskGraph& graph);

/// "周总结、周计划 (weekly-planning v1)": a drawing's title.
std::string drawing_title(const WorkflowDefinition& workflow);

}  // namespace duban
