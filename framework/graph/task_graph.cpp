// TaskGraph construction and the simple queries; the orderings live in
// task_graph_order.cpp and the cycle search in find_cycle.cpp.

#include "graph/task_graph.hpp"

#include <algorithm>
#include <boost/iterator/transform_iterator.hpp>
#include <limits>
#include <stdexcept>
#include <string>

#include "graph/task_graph_csr.hpp"

namespace duban {

namespace {

using EdgePair = std::pair<TaskIndex, TaskIndex>;

// Vertex index -1 is Boost's null_vertex(), so the largest usable count is one less.
constexpr std::size_t max_tasks = std::numeric_limits<TaskIndex>::max() - 1;

[[noreturn]] void throw_outside(const TaskEdge& e, std::size_t task_count) {
  throw std::out_of_range("TaskGraph: edge " + std::to_string(e.before) + " -> " + std::to_string(e.after) +
                          " names a task outside 0.." + std::to_string(task_count));
}

// One counting-sort pass by `after`, written as reverse edges (after, before):
// a comparison sort of millions of edges would cost several times more. The
// counting loop also validates the indices, saving a pass. Returns where each
// task's group ends.
std::vector<TaskIndex> sort_by_after(std::size_t task_count, const std::vector<TaskEdge>& edges,
                                     std::vector<EdgePair>& sorted) {
  if (task_count > max_tasks) throw std::length_error("TaskGraph: too many tasks");
  if (edges.size() > std::numeric_limits<TaskIndex>::max()) throw std::length_error("TaskGraph: too many edges");
  std::vector<TaskIndex> next(task_count + 1, 0);
  for (const TaskEdge& e : edges) {
    if (e.before >= task_count || e.after >= task_count) throw_outside(e, task_count);
    ++next[e.after + 1];
  }
  for (std::size_t v = 1; v <= task_count; ++v) next[v] += next[v - 1];
  sorted.resize(edges.size());
  for (const TaskEdge& e : edges) sorted[next[e.after]++] = {e.after, e.before};
  next.pop_back();  // next[v] is now where v's group ends
  return next;
}

// Sorts each group (usually a handful of edges) and keeps the first of equal
// edges, compacting in place: afterwards the list is sorted by (after, before).
void sort_groups_and_drop_duplicates(std::vector<EdgePair>& sorted, const std::vector<TaskIndex>& group_end) {
  std::size_t kept = 0;
  std::size_t begin = 0;
  for (const std::size_t end : group_end) {
    std::sort(sorted.begin() + static_cast<std::ptrdiff_t>(begin), sorted.begin() + static_cast<std::ptrdiff_t>(end));
    const std::size_t group_kept = kept;
    for (std::size_t i = begin; i < end; ++i) {
      if (kept == group_kept || sorted[kept - 1] != sorted[i]) sorted[kept++] = sorted[i];
    }
    begin = end;
  }
  sorted.resize(kept);
}

struct Flipped {
  EdgePair operator()(const EdgePair& e) const { return {e.second, e.first}; }
};

}  // namespace

CsrPair build_csr(std::size_t task_count, std::vector<TaskEdge> edges) {
  std::vector<EdgePair> sorted;
  const std::vector<TaskIndex> group_end = sort_by_after(task_count, edges, sorted);
  edges = {};  // release the input before Boost allocates its arrays
  sort_groups_and_drop_duplicates(sorted, group_end);
  const auto n = static_cast<TaskIndex>(task_count);
  CsrPair csr;
  csr.reverse = CsrGraph(boost::edges_are_sorted, sorted.begin(), sorted.end(), n, static_cast<TaskIndex>(sorted.size()));
  // Boost's unsorted constructor is a stable counting sort by source: fed the
  // flipped list, which is ordered by target, every forward row comes out ascending.
  csr.forward = CsrGraph(boost::edges_are_unsorted_multi_pass, boost::make_transform_iterator(sorted.begin(), Flipped{}),
                         boost::make_transform_iterator(sorted.end(), Flipped{}), n);
  return csr;
}

TaskGraph::TaskGraph(std::size_t task_count, std::vector<TaskEdge> edges)
    : impl_(std::make_unique<Impl>(build_csr(task_count, std::move(edges)))) {}

TaskGraph::~TaskGraph() = default;
TaskGraph::TaskGraph(TaskGraph&&) noexcept = default;
TaskGraph& TaskGraph::operator=(TaskGraph&&) noexcept = default;

std::size_t TaskGraph::task_count() const { return boost::num_vertices(impl_->csr.forward); }

std::size_t TaskGraph::edge_count() const { return boost::num_edges(impl_->csr.forward); }

std::vector<TaskIndex> TaskGraph::dependencies(TaskIndex task) const {
  if (task >= task_count()) throw std::out_of_range("TaskGraph::dependencies: no task " + std::to_string(task));
  auto [first, last] = boost::adjacent_vertices(task, impl_->csr.reverse);
  return {first, last};
}

std::vector<TaskIndex> TaskGraph::dependents(TaskIndex task) const {
  if (task >= task_count()) throw std::out_of_range("TaskGraph::dependents: no task " + std::to_string(task));
  auto [first, last] = boost::adjacent_vertices(task, impl_->csr.forward);
  return {first, last};
}

}  // namespace duban
