#pragma once
// Synthetic workflows for the benchmark: N tasks with about three dependencies
// each, always acyclic, identical for a given (N, seed) on every platform.

#include <cstdint>
#include <iosfwd>
#include <vector>

#include "graph/task_graph.hpp"

namespace duban::bench {

struct SyntheticWorkflow {
  std::size_t task_count = 0;
  std::vector<duban::TaskEdge> edges;     ///< before -> after, no duplicates
  std::vector<std::int64_t> durations;    ///< 1..8 days per task
};

/// Tasks are placed at shuffled positions; each task depends on up to three
/// distinct tasks at lower positions, so every edge goes "forward" and the graph
/// is acyclic, while task indices look random (nothing is pre-sorted).
SyntheticWorkflow make_synthetic_workflow(std::size_t task_count, std::uint64_t seed = 20240601);

/// Writes `workflow` in the workflow TOML format the loader reads (task i is "t<i>").
void write_workflow_toml(std::ostream& out, const SyntheticWorkflow& workflow);

}  // namespace duban::bench
