#pragma once
// Drawing a task graph as Graphviz dot or Mermaid text, for `duban graph`.

#include <span>
#include <string>
#include <string_view>

#include "graph/task_graph.hpp"

namespace duban {

/// What to draw for task i of the graph (tasks[i] describes vertex i).
struct DrawnTask {
  std::string id;
  std::string label;  ///< Any UTF-8 text, e.g. a Chinese title.
  bool critical = false;
};

/// A Graphviz digraph, left to right, one rank per layer, critical path in bold red.
/// Throws std::invalid_argument unless tasks.size() == graph.task_count().
std::string to_dot(const TaskGraph& graph, std::span<const DrawnTask> tasks,
                   std::string_view title);

/// An SVG picture, layers left to right, critical path in red; labels longer
/// than 36 columns are cut, the whole label is each node's tooltip.
/// Throws std::invalid_argument unless tasks.size() == graph.task_count().
std::string to_svg(const TaskGraph& graph, std::span<const DrawnTask> tasks,
                   std::string_view title);

/// A Mermaid flowchart (LR) with the critical tasks in a `critical` class.
/// Throws std::invalid_argument unless tasks.size() == graph.task_count().
std::string to_mermaid(const TaskGraph& graph, std::span<const DrawnTask> tasks,
                       std::string_view title);

}  // namespace duban
