#pragma once
// Private to the graph module: the Boost.Graph types behind TaskGraph::Impl and
// the helpers the .cpp files share. Nothing outside framework/graph includes this.

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <cstdint>
#include <mutex>
#include <vector>

#include "graph/task_graph.hpp"

namespace duban {

// One compressed sparse row graph per direction. Boost's bidirectionalS variant
// would hold both in one object, but it has no constructor from sorted edges: it
// derives the reverse rows from the forward ones through a generic edge-iterator
// pass and keeps an edge-index array beside them, which cost ~50 ms and 12 MiB
// for 3 million edges, against ~18 ms for the two directedS graphs built from the
// sorted list below. 32-bit vertex and edge indices halve every array compared
// with Boost's size_t default.
using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property,
                                                    boost::no_property, boost::no_property,
                                                    TaskIndex, TaskIndex>;

/// The edges both ways; every row ascending and free of duplicates.
struct CsrPair {
  CsrGraph forward;  ///< task -> its dependents
  CsrGraph reverse;  ///< task -> its dependencies
};

/// Validates indices, drops duplicate edges and sorts every row.
CsrPair build_csr(std::size_t task_count, std::vector<TaskEdge> edges);

/// What one pass of Kahn's algorithm finds out; see layered_order().
struct OrderFacts {
  std::vector<TaskIndex> order;        ///< By (layer, index); only the acyclic part if there is a cycle.
  std::vector<TaskIndex> cycle;        ///< One cycle, or empty.
  std::vector<std::uint32_t> layers;   ///< 0 for tasks on or behind a cycle.
};

OrderFacts layered_order(const CsrPair& graph);

/// One cycle of `forward` (edge direction, smallest index first); empty when acyclic.
std::vector<TaskIndex> find_cycle(const CsrGraph& forward);

// The order, cycle and layers are computed once, on first use, and kept: the
// usual caller asks for the order, the layers and the critical path in turn, and
// one Kahn pass serves all three. call_once keeps concurrent const calls safe.
struct TaskGraph::Impl {
  explicit Impl(CsrPair edges) : csr(std::move(edges)) {}

  const OrderFacts& facts() const {
    std::call_once(facts_once, [this] { cached_facts = layered_order(csr); });
    return cached_facts;
  }

  CsrPair csr;
  mutable std::once_flag facts_once;
  mutable OrderFacts cached_facts;
};

}  // namespace duban
