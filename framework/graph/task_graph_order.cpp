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

// The ready tasks (none left waiting) sorted by (layer, index): a stable counting
// sort over the indices. `buffer` has room for exactly those tasks and is reused
// for the result.
std::vector<TaskIndex> sort_by_layer(const std::vector<TaskIndex>& waiting, const std::vector<std::uint32_t>& layer,
                                     std::vector<TaskIndex> buffer, std::uint32_t layer_count) {
  std::vector<std::size_t> next(std::size_t{layer_count} + 1, 0);
  for (TaskIndex v = 0; v < waiting.size(); ++v) {
    if (waiting[v] == 0) ++next[layer[v] + 1];
  }
  for (std::size_t k = 1; k < next.size(); ++k) next[k] += next[k - 1];
  for (TaskIndex v = 0; v < waiting.size(); ++v) {
    if (waiting[v] == 0) buffer[next[layer[v]]++] = v;
  }
  return buffer;
}

// Longest distances ending at each task, and the dependency each one came through.
struct Distances {
  std::vector<std::int64_t> length;  // `unreached` for tasks on or behind a cycle
  std::vector<TaskIndex> via;
};

constexpr std::int64_t unreached = std::numeric_limits<std::int64_t>::min();

// Pulls over each task's dependencies (ascending; strict > keeps the smallest
// index on ties), so the result does not depend on which topological order is used.
// (Branch-free selects and a max-then-find two-pass loop both measured slower.)
Distances longest_distances(const CsrGraph& reverse, const std::vector<TaskIndex>& order,
                            std::span<const std::int64_t> durations) {
  Distances d{std::vector<std::int64_t>(durations.size(), unreached),
              std::vector<TaskIndex>(durations.size(), no_task)};
  for (TaskIndex v : order) {
    TaskIndex best = no_task;
    std::int64_t best_length = 0;
    for (TaskIndex u : boost::make_iterator_range(boost::adjacent_vertices(v, reverse))) {
      const std::int64_t length = d.length[u];
      if (best == no_task || length > best_length) {
        best = u;
        best_length = length;
      }
    }
    d.via[v] = best;
    d.length[v] = durations[v] + best_length;
  }
  return d;
}

// The path ends at a task nothing depends on (so a zero-length sign-off at the end
// is included), the longest one, smallest index on ties. Scanning by index keeps
// the memory access sequential and makes "first wins" the tie rule.
TaskIndex path_end(const CsrGraph& forward, const Distances& d) {
  TaskIndex end = no_task;
  for (TaskIndex v = 0; v < d.length.size(); ++v) {
    if (d.length[v] == unreached || boost::out_degree(v, forward) != 0) continue;
    if (end == no_task || d.length[v] > d.length[end]) end = v;
  }
  return end;
}

}  // namespace

// Kahn's algorithm with a FIFO queue handles the tasks wave by wave, and the wave
// a task is in is exactly its layer: it becomes ready when its deepest dependency
// is done. So the layers come from the wave boundaries, with no per-edge work, and
// the order is the ready tasks sorted by (layer, index). A min-heap of ready tasks
// would give the lexicographically smallest order instead, but its pops form a
// chain of dependent cache misses and made the sort three times slower at a
// million tasks, while the FIFO queue lets the processor fetch ahead.
OrderFacts layered_order(const CsrPair& g) {
  const std::size_t n = boost::num_vertices(g.forward);
  std::vector<TaskIndex> waiting(n);  // dependencies not yet handled
  std::vector<TaskIndex> queue;       // [0, done) handled, [done, size()) ready
  queue.reserve(n);
  for (TaskIndex v = 0; v < n; ++v) {
    waiting[v] = boost::out_degree(v, g.reverse);
    if (waiting[v] == 0) queue.push_back(v);
  }
  OrderFacts facts;
  facts.layers.assign(n, 0);
  std::uint32_t wave = 0;
  for (std::size_t done = 0, wave_end = queue.size(); done < queue.size(); ++done) {
    if (done == wave_end) {  // everything queued so far became ready during the last wave
      ++wave;
      wave_end = queue.size();
    }
    facts.layers[queue[done]] = wave;
    for (TaskIndex w : boost::make_iterator_range(boost::adjacent_vertices(queue[done], g.forward))) {
      if (--waiting[w] == 0) queue.push_back(w);
    }
  }
  const std::uint32_t layer_count = queue.empty() ? 0 : wave + 1;
  facts.order = sort_by_layer(waiting, facts.layers, std::move(queue), layer_count);
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
  const TaskIndex end = path_end(impl_->csr.forward, d);
  if (end == no_task) return path;
  path.length = d.length[end];
  for (TaskIndex v = end; v != no_task; v = d.via[v]) path.tasks.push_back(v);
  std::reverse(path.tasks.begin(), path.tasks.end());
  return path;
}

}  // namespace duban
