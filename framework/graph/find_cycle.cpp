// Finding one whole dependency cycle, for the error message when ordering fails.

#include <algorithm>
#include <boost/graph/depth_first_search.hpp>
#include <limits>
#include <optional>

#include "graph/task_graph_csr.hpp"

namespace duban {

namespace {

using Edge = boost::graph_traits<CsrGraph>::edge_descriptor;

// Records the DFS tree (each task's parent) and the first back edge. A back edge
// u -> v means v is an ancestor of u still on the DFS stack, so following the
// parents from u reaches v: that walk plus the back edge is a cycle. Boost's DFS
// keeps its own explicit stack, so deep graphs cannot overflow the call stack.
// Visitors are copied by value, hence the pointers to the caller's state.
class BackEdgeRecorder : public boost::default_dfs_visitor {
 public:
  BackEdgeRecorder(std::vector<TaskIndex>* parent, std::optional<Edge>* back) : parent_(parent), back_(back) {}
  void tree_edge(Edge e, const CsrGraph& g) const { (*parent_)[boost::target(e, g)] = boost::source(e, g); }
  void back_edge(Edge e, const CsrGraph&) const {
    if (!*back_) *back_ = e;
  }

 private:
  std::vector<TaskIndex>* parent_;
  std::optional<Edge>* back_;
};

}  // namespace

std::vector<TaskIndex> find_cycle(const CsrGraph& graph) {
  const auto n = boost::num_vertices(graph);
  std::vector<TaskIndex> parent(n, std::numeric_limits<TaskIndex>::max());
  std::optional<Edge> back;
  std::vector<boost::default_color_type> color(n);
  // Roots are tried in index order and rows are ascending, so the cycle found is
  // deterministic. The search runs to the end; it only happens on the error path.
  boost::depth_first_search(graph, boost::visitor(BackEdgeRecorder(&parent, &back))
                                       .color_map(boost::make_iterator_property_map(
                                           color.begin(), boost::get(boost::vertex_index, graph))));
  if (!back) return {};
  const TaskIndex from = boost::source(*back, graph);
  const TaskIndex to = boost::target(*back, graph);
  std::vector<TaskIndex> cycle{from};  // from, parent(from), ..., to: against edge direction
  for (TaskIndex v = from; v != to; cycle.push_back(v)) v = parent[v];
  std::reverse(cycle.begin(), cycle.end());
  // Start at the smallest index, usually the task written first, so the message
  // reads the same however the DFS happened to enter the cycle.
  std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
  return cycle;
}

}  // namespace duban
