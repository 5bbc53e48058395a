#pragma once
// Private to the graph module: the layout facts both drawings share.

#include <span>
#include <vector>

#include "graph/graph_drawing.hpp"

namespace duban::drawing {

constexpr TaskIndex no_task = TaskIndex(-1);

/// Throws std::invalid_argument unless there is one DrawnTask per task.
void check_tasks(const TaskGraph& graph, std::span<const DrawnTask> tasks);

/// next_on_path[u] == v when u -> v joins two consecutive critical tasks.
std::vector<TaskIndex> critical_successors(const TaskGraph& graph, std::span<const DrawnTask> tasks);

/// Tasks grouped by layer, ascending index within each layer.
std::vector<std::vector<TaskIndex>> tasks_by_layer(const TaskGraph& graph);

}  // namespace duban::drawing
