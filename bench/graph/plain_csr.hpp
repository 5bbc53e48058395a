#pragma once
// The yardstick: the least a topological sort can do, written by hand. Offsets
// and targets arrays built by one counting sort, then Kahn's algorithm with a
// FIFO queue. No deduplication, no reverse rows, no determinism guarantees.

#include <vector>

#include "graph/task_graph.hpp"

namespace duban::bench {

struct PlainCsr {
  std::vector<std::uint32_t> offsets;  ///< task_count + 1 entries
  std::vector<TaskIndex> targets;      ///< dependents of task v at [offsets[v], offsets[v+1])
};

PlainCsr build_plain_csr(std::size_t task_count, const std::vector<TaskEdge>& edges);

/// Kahn's algorithm; shorter than task_count when there is a cycle.
std::vector<TaskIndex> plain_topological_sort(const PlainCsr& csr);

}  // namespace duban::bench
