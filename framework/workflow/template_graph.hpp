#pragma once
// The graph of a workflow's task templates: vertex i is `tasks[i]`, and an
// edge runs from each dependency to the task that waits for it.

#include "graph/task_graph.hpp"
#include "workflow/workflow_definition.hpp"

namespace duban {

/// Dependencies that name no task, and a task's dependency on itself, are
/// left out (the validator reports both).
TaskGraph template_graph(const WorkflowDefinition& workflow);

}  // namespace duban
