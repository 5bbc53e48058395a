#pragma once
// The task graph: tasks (vertices 0..n-1) and "must finish before" edges,
// held in Boost.Graph's compressed sparse row graph so that a million tasks
// stay cheap (see TECH-NOTES: adjacency_list is ~10x slower and ~4x larger).

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace duban {

using TaskIndex = std::uint32_t;

/// An edge `before -> after`: `after` depends on `before`.
struct TaskEdge {
  TaskIndex before;
  TaskIndex after;
};

/// The result of ordering a graph: either an order or one whole cycle.
struct TopologicalOrder {
  std::vector<TaskIndex> order;  ///< Every task, dependencies first; empty when a cycle exists.
  std::vector<TaskIndex> cycle;  ///< One cycle, in edge direction, first task not repeated; empty if none.
  [[nodiscard]] bool has_cycle() const { return !cycle.empty(); }
};

/// The longest (critical) path through the graph, weighting each task by its duration.
struct CriticalPath {
  std::vector<TaskIndex> tasks;  ///< The path, first task first.
  std::int64_t length = 0;       ///< Sum of the durations along the path.
};

/// Immutable after construction. Duplicate edges are kept once; self-loops are cycles.
/// The constructor throws std::out_of_range for an edge naming a task >= task_count.
/// The order, layers and cycle are computed on first use and cached (thread-safe).
class TaskGraph {
 public:
  TaskGraph(std::size_t task_count, std::vector<TaskEdge> edges);
  ~TaskGraph();
  TaskGraph(TaskGraph&&) noexcept;
  TaskGraph& operator=(TaskGraph&&) noexcept;

  [[nodiscard]] std::size_t task_count() const;
  [[nodiscard]] std::size_t edge_count() const;
  /// Tasks that `task` directly depends on, ascending.
  [[nodiscard]] std::vector<TaskIndex> dependencies(TaskIndex task) const;
  /// Tasks that directly depend on `task`, ascending.
  [[nodiscard]] std::vector<TaskIndex> dependents(TaskIndex task) const;

  /// Dependencies first; ties broken by ascending index (deterministic output).
  /// Precisely: layer by layer (see layers()), ascending index within a layer --
  /// Kahn's algorithm taking each wave of ready tasks in index order. A cycle is
  /// reported starting from its smallest index.
  [[nodiscard]] TopologicalOrder topological_order() const;
  /// Layer of each task: 0 for tasks without dependencies, else 1 + the deepest dependency.
  /// Precondition: acyclic (otherwise tasks on or behind a cycle get 0).
  [[nodiscard]] std::vector<std::uint32_t> layers() const;
  /// Longest path where each task weighs `durations[task]` (non-negative; one per task,
  /// else std::invalid_argument), from a task without dependencies to one without
  /// dependents; ties go to the smaller index. Precondition: acyclic (otherwise tasks
  /// on or behind a cycle are left out).
  [[nodiscard]] CriticalPath critical_path(std::span<const std::int64_t> durations) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace duban
