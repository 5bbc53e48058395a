// Orderings over the task graph: the deterministic topological order, layers and
// the critical path. All loops are iterative, so a million-task chain is fine.

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "graph/task_graph.hpp"
#include "graph/task_graph_csr.hpp"

namespace duban {

namespace {

constexpr TaskIndex no_task = std::numeric_limits<TaskIndex>::max();

// Both counters of a task side by side: the sort updates them together for every
// edge, and tasks are visited in scattered order, so one cache miss serves both.
struct Pending {
  TaskIndex waiting;    // dependencies not yet ordered
  std::uint32_t layer;  // 1 + the deepest dependency ordered so far
};

// The tasks that were ordered (none left waiting) by (layer, index): a stable
// counting sort over the indices. `buffer` holds as many entries as there are
// ordered tasks and is reused for the result.
std::vector<TaskIndex> sort_by_layer(const std::vector<Pending>& pending, std::vector<TaskIndex> buffer,
                                     std::uint32_t layer_count) {
  std::vector<std::size_t> next(std::size_t{layer_count} + 1, 0);
  for (const Pending& p : pending) {
    if (p.waiting == 0) ++next[p.layer + 1];
  }
  for (std::size_t layer = 1; layer < next.size(); ++layer) next[layer] += next[layer - 1];
  for (TaskIndex v = 0; v < pending.size(); ++v) {
    if (pending[v].waiting == 0) buffer[next[pending[v].layer]++] = v;
  }
  return buffer;
}

// Longest distances ending at each task, and the dependency each one came through.
struct Distances {
  std::vector<std::int64_t> length;
  std::vector<TaskIndex> via;
};

// Pulls over each task's dependencies (ascending; strict > keeps the smallest
// index on ties), so the result does not depend on which topological order is used.
Distances longest_distances(const CsrGraph& reverse, const std::vector<TaskIndex>& order,
                            std::span<const std::int64_t> durations) {
  Distances d{std::vector<std::int64_t>(durations.size(), 0), std::vector<TaskIndex>(durations.size(), no_task)};
  for (TaskIndex v : order) {
    TaskIndex best = no_task;
    for (TaskIndex u : boost::make_iterator_range(boost::adjacent_vertices(v, reverse))) {
      if (best == no_task || d.length[u] > d.length[best]) best = u;
    }
    d.via[v] = best;
    d.length[v] = durations[v] + (best == no_task ? 0 : d.length[best]);
  }
  return d;
}

// The path ends at a task nothing depends on (so a zero-length sign-off at the end
// is included), the longest one, smallest index on ties.
TaskIndex path_end(const CsrGraph& forward, const std::vector<TaskIndex>& order, const Distances& d) {
  TaskIndex end = no_task;
  for (TaskIndex v : order) {
    if (boost::out_degree(v, forward) != 0) continue;
    if (end == no_task || d.length[v] > d.length[end] || (d.length[v] == d.length[end] && v < end)) end = v;
  }
  return end;
}

}  // namespace

// Kahn's algorithm with a FIFO queue handles the tasks wave by wave, and the wave
// a task is in is exactly its layer: it becomes ready when its deepest dependency
// is done. The layers come out of that pass; the order is then the ready tasks
// sorted by (layer, index), a counting sort. A min-heap of ready tasks would give
// the lexicographically smallest order instead, but its pops form a chain of
// dependent cache misses and made the sort three times slower at a million tasks,
// while the FIFO queue lets the processor fetch ahead.
OrderFacts layered_order(const CsrPair& g) {
  const std::size_t n = boost::num_vertices(g.forward);
  std::vector<Pending> pending(n);
  std::vector<TaskIndex> queue;  // [0, done) handled, [done, size()) ready
  queue.reserve(n);
  for (TaskIndex v = 0; v < n; ++v) {
    pending[v] = {boost::out_degree(v, g.reverse), 0};
    if (pending[v].waiting == 0) queue.push_back(v);
  }
  for (std::size_t done = 0; done < queue.size(); ++done) {
    const std::uint32_t next_layer = pending[queue[done]].layer + 1;
    for (TaskIndex w : boost::make_iterator_range(boost::adjacent_vertices(queue[done], g.forward))) {
      Pending& p = pending[w];
      p.layer = std::max(p.layer, next_layer);
      if (--p.waiting == 0) queue.push_back(w);
    }
  }
  OrderFacts facts;
  const std::uint32_t layer_count = queue.empty() ? 0 : pending[queue.back()].layer + 1;  // waves only grow
  facts.order = sort_by_layer(pending, std::move(queue), layer_count);
  facts.layers.resize(n);
  for (TaskIndex v = 0; v < n; ++v) facts.layers[v] = pending[v].waiting == 0 ? pending[v].layer : 0;
  if (facts.order.size() < n) facts.cycle = find_cycle(g.forward);
  return facts;
}

TopologicalOrder TaskGraph::topological_order() const {
  const OrderFacts& facts = impl_->facts();
  if (!facts.cycle.empty()) return {{}, facts.cycle};
  return {facts.order, {}};
}

std::vector<std::uint32_t> TaskGraph::layers() const { return impl_->facts().layers; }

// Each task's distance is its duration plus the longest distance among its
// dependencies, so the path runs from a task without dependencies to one without
// dependents. Durations are expected to be non-negative (the loader enforces it).
// On a cyclic graph the tasks on or behind a cycle are left out.
CriticalPath TaskGraph::critical_path(std::span<const std::int64_t> durations) const {
  if (durations.size() != task_count()) {
    throw std::invalid_argument("TaskGraph::critical_path: one duration per task is needed");
  }
  const std::vector<TaskIndex>& order = impl_->facts().order;
  const Distances d = longest_distances(impl_->csr.reverse, order, durations);
  CriticalPath path;
  const TaskIndex end = path_end(impl_->csr.forward, order, d);
  if (end == no_task) return path;
  path.length = d.length[end];
  for (TaskIndex v = end; v != no_task; v = d.via[v]) path.tasks.push_back(v);
  std::reverse(path.tasks.begin(), path.tasks.end());
  return path;
}

}  // namespace duban
