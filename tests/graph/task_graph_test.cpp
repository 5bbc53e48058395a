#include "graph/task_graph.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

namespace duban {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using Indices = std::vector<TaskIndex>;

TEST(TaskGraph, EmptyGraphHasEmptyResults) {
  const TaskGraph graph(0, {});
  EXPECT_EQ(graph.task_count(), 0u);
  EXPECT_EQ(graph.edge_count(), 0u);
  const auto order = graph.topological_order();
  EXPECT_FALSE(order.has_cycle());
  EXPECT_THAT(order.order, IsEmpty());
  EXPECT_THAT(graph.layers(), IsEmpty());
  const auto path = graph.critical_path({});
  EXPECT_THAT(path.tasks, IsEmpty());
  EXPECT_EQ(path.length, 0);
}

TEST(TaskGraph, TasksWithoutEdgesComeInIndexOrder) {
  const TaskGraph graph(4, {});
  EXPECT_THAT(graph.topological_order().order, ElementsAre(0, 1, 2, 3));
  EXPECT_THAT(graph.layers(), ElementsAre(0, 0, 0, 0));
}

TEST(TaskGraph, DependenciesComeFirstAndTiesGoToTheSmallestIndex) {
  // 3 -> 1, 0 -> 1, 4 -> 2: layer 0 is {0, 3, 4}, layer 1 is {1, 2}.
  const TaskGraph graph(5, {{3, 1}, {0, 1}, {4, 2}});
  const auto order = graph.topological_order();
  EXPECT_FALSE(order.has_cycle());
  EXPECT_THAT(order.cycle, IsEmpty());
  EXPECT_THAT(order.order, ElementsAre(0, 3, 4, 1, 2));
}

TEST(TaskGraph, WithinALayerTasksComeInIndexOrder) {
  // 3 -> 0, 1 -> 2. A plain FIFO queue would give 1 3 2 0 (2 became ready
  // first); the smallest-index-first heap 1 2 3 0. Layer by layer it is 1 3 | 0 2.
  const TaskGraph graph(4, {{3, 0}, {1, 2}});
  EXPECT_THAT(graph.topological_order().order, ElementsAre(1, 3, 0, 2));
}

TEST(TaskGraph, OrderGoesLayerByLayer) {
  // 0 -> 1 -> 2 and 3 alone: 3 (layer 0) comes before 1 (layer 1).
  const TaskGraph graph(4, {{0, 1}, {1, 2}});
  EXPECT_THAT(graph.topological_order().order, ElementsAre(0, 3, 1, 2));
  EXPECT_THAT(graph.layers(), ElementsAre(0, 1, 2, 0));
}

TEST(TaskGraph, OrderDoesNotDependOnEdgeOrder) {
  const TaskGraph a(5, {{0, 2}, {1, 2}, {2, 4}, {3, 4}});
  const TaskGraph b(5, {{3, 4}, {2, 4}, {1, 2}, {0, 2}});
  EXPECT_EQ(a.topological_order().order, b.topological_order().order);
  EXPECT_THAT(b.topological_order().order, ElementsAre(0, 1, 3, 2, 4));
}

TEST(TaskGraph, NeighboursAreAscendingWhateverTheInputOrder) {
  const TaskGraph graph(5, {{3, 0}, {1, 0}, {0, 4}, {2, 0}, {0, 2}});
  EXPECT_THAT(graph.dependencies(0), ElementsAre(1, 2, 3));
  EXPECT_THAT(graph.dependents(0), ElementsAre(2, 4));
  EXPECT_THAT(graph.dependencies(1), IsEmpty());
  EXPECT_THAT(graph.dependents(4), IsEmpty());
}

TEST(TaskGraph, DuplicateEdgesAreKeptOnce) {
  const TaskGraph graph(3, {{0, 1}, {0, 1}, {1, 2}, {0, 1}, {1, 2}});
  EXPECT_EQ(graph.edge_count(), 2u);
  EXPECT_THAT(graph.dependents(0), ElementsAre(1));
  EXPECT_THAT(graph.dependencies(2), ElementsAre(1));
  EXPECT_THAT(graph.topological_order().order, ElementsAre(0, 1, 2));
}

TEST(TaskGraph, FindsTheThreeCycleInsideABiggerGraph) {
  // 0 -> 1 -> 2 -> 4 -> 5 -> 2 (cycle 2 4 5), 5 -> 6, 3 -> 6.
  const TaskGraph graph(7, {{0, 1}, {1, 2}, {2, 4}, {4, 5}, {5, 2}, {5, 6}, {3, 6}});
  const auto order = graph.topological_order();
  EXPECT_TRUE(order.has_cycle());
  EXPECT_THAT(order.order, IsEmpty());
  EXPECT_THAT(order.cycle, ElementsAre(2, 4, 5));
}

TEST(TaskGraph, CycleStartsAtItsSmallestTaskAndFollowsTheEdges) {
  // The search enters the cycle at 5 (from 0), but the cycle is reported from 2:
  // 2 -> 4 -> 5 -> 2.
  const TaskGraph graph(6, {{0, 5}, {5, 2}, {2, 4}, {4, 5}, {1, 3}});
  EXPECT_THAT(graph.topological_order().cycle, ElementsAre(2, 4, 5));
}

TEST(TaskGraph, TwoTaskCycle) {
  const TaskGraph graph(3, {{2, 1}, {1, 2}});
  EXPECT_THAT(graph.topological_order().cycle, ElementsAre(1, 2));
}

TEST(TaskGraph, SelfLoopIsACycleOfOne) {
  const TaskGraph graph(3, {{0, 1}, {1, 1}, {1, 2}});
  const auto order = graph.topological_order();
  EXPECT_TRUE(order.has_cycle());
  EXPECT_THAT(order.order, IsEmpty());
  EXPECT_THAT(order.cycle, ElementsAre(1));
}

TEST(TaskGraph, LayersAreOnePlusTheDeepestDependency) {
  // 0 -> 1 -> 3, 0 -> 3, 2 -> 3, 3 -> 4, 5 alone.
  const TaskGraph graph(6, {{0, 1}, {1, 3}, {0, 3}, {2, 3}, {3, 4}});
  EXPECT_THAT(graph.layers(), ElementsAre(0, 1, 0, 2, 3, 0));
}

TEST(TaskGraph, CriticalPathFollowsTheLongestDurations) {
  // 0(3) -> 1(2) -> 3(4), 0 -> 2(5) -> 3, 4(1) alone: 0 2 3 = 3 + 5 + 4.
  const TaskGraph graph(5, {{0, 1}, {1, 3}, {0, 2}, {2, 3}});
  const std::vector<std::int64_t> durations{3, 2, 5, 4, 1};
  const auto path = graph.critical_path(durations);
  EXPECT_THAT(path.tasks, ElementsAre(0, 2, 3));
  EXPECT_EQ(path.length, 12);
}

TEST(TaskGraph, CriticalPathTieTakesTheSmallerDependency) {
  const TaskGraph graph(4, {{0, 2}, {0, 1}, {2, 3}, {1, 3}});
  const std::vector<std::int64_t> durations{1, 2, 2, 1};
  const auto path = graph.critical_path(durations);
  EXPECT_THAT(path.tasks, ElementsAre(0, 1, 3));
  EXPECT_EQ(path.length, 4);
}

TEST(TaskGraph, CriticalPathTieTakesTheSmallerEnd) {
  // 0(2) -> 1(2) and 2(4) both take 4; the path ending at 1 wins.
  const TaskGraph graph(3, {{0, 1}});
  const std::vector<std::int64_t> durations{2, 2, 4};
  const auto path = graph.critical_path(durations);
  EXPECT_THAT(path.tasks, ElementsAre(0, 1));
  EXPECT_EQ(path.length, 4);
}

TEST(TaskGraph, CriticalPathIncludesAZeroDurationSignOff) {
  const TaskGraph graph(3, {{0, 2}, {1, 2}});
  const std::vector<std::int64_t> durations{1, 5, 0};
  const auto path = graph.critical_path(durations);
  EXPECT_THAT(path.tasks, ElementsAre(1, 2));
  EXPECT_EQ(path.length, 5);
}

TEST(TaskGraph, CriticalPathNeedsOneDurationPerTask) {
  const TaskGraph graph(3, {});
  const std::vector<std::int64_t> durations{1, 2};
  EXPECT_THROW((void)graph.critical_path(durations), std::invalid_argument);
}

TEST(TaskGraph, RejectsTasksOutOfRange) {
  EXPECT_THROW(TaskGraph(2, {{0, 2}}), std::out_of_range);
  EXPECT_THROW(TaskGraph(2, {{5, 1}}), std::out_of_range);
  const TaskGraph graph(2, {{0, 1}});
  EXPECT_THROW((void)graph.dependencies(2), std::out_of_range);
  EXPECT_THROW((void)graph.dependents(7), std::out_of_range);
}

TEST(TaskGraph, MovedGraphKeepsItsEdges) {
  TaskGraph a(3, {{0, 2}, {1, 2}});
  TaskGraph b(std::move(a));
  EXPECT_THAT(b.dependencies(2), ElementsAre(0, 1));
  TaskGraph c(1, {});
  c = std::move(b);
  EXPECT_EQ(c.task_count(), 3u);
  EXPECT_EQ(c.edge_count(), 2u);
}

// Invariants on a pseudo-random DAG (fixed seed): every edge goes forward in the
// order, the order runs layer by layer with ascending indices inside a layer, and
// each layer is one more than the deepest dependency's.
TEST(TaskGraph, RandomGraphOrderAndLayersAgree) {
  constexpr TaskIndex n = 3000;
  std::uint64_t state = 12345;
  auto next = [&state](std::uint64_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<TaskIndex>((state >> 33) % bound);
  };
  std::vector<TaskIndex> task_at(n);  // a shuffled position for every task
  for (TaskIndex i = 0; i < n; ++i) task_at[i] = i;
  for (TaskIndex i = n - 1; i > 0; --i) std::swap(task_at[i], task_at[next(i + 1)]);
  std::vector<TaskEdge> edges;
  for (TaskIndex p = 1; p < n; ++p) {
    for (int k = 0; k < 3; ++k) edges.push_back({task_at[next(p)], task_at[p]});
  }
  const TaskGraph graph(n, edges);
  const auto order = graph.topological_order();
  ASSERT_FALSE(order.has_cycle());
  ASSERT_EQ(order.order.size(), n);
  const auto layers = graph.layers();
  std::vector<TaskIndex> position(n);
  for (TaskIndex i = 0; i < n; ++i) position[order.order[i]] = i;
  for (const TaskEdge& e : edges) EXPECT_LT(position[e.before], position[e.after]);
  for (TaskIndex i = 1; i < n; ++i) {
    const TaskIndex a = order.order[i - 1];
    const TaskIndex b = order.order[i];
    EXPECT_TRUE(layers[a] < layers[b] || (layers[a] == layers[b] && a < b)) << "at " << i;
  }
  for (TaskIndex v = 0; v < n; ++v) {
    std::uint32_t expected = 0;
    for (TaskIndex d : graph.dependencies(v)) expected = std::max(expected, layers[d] + 1);
    EXPECT_EQ(layers[v], expected) << "task " << v;
  }
}

TEST(TaskGraph, CyclicGraphStillAnswersLayersAndCriticalPath) {
  // 0 -> 1, cycle 2 -> 3 -> 2, 3 -> 4: only 0 and 1 can be ordered.
  const TaskGraph graph(5, {{0, 1}, {2, 3}, {3, 2}, {3, 4}});
  EXPECT_THAT(graph.topological_order().cycle, ElementsAre(2, 3));
  EXPECT_THAT(graph.layers(), ElementsAre(0, 1, 0, 0, 0));
  const std::vector<std::int64_t> durations{1, 2, 50, 50, 50};
  const auto path = graph.critical_path(durations);
  EXPECT_THAT(path.tasks, ElementsAre(0, 1));
  EXPECT_EQ(path.length, 3);
}

// A million-task chain, edges given backwards: nothing may recurse per task.
TEST(TaskGraph, MillionTaskChainNeedsNoDeepRecursion) {
  constexpr TaskIndex n = 1'000'000;
  std::vector<TaskEdge> edges;
  for (TaskIndex i = n - 1; i > 0; --i) edges.push_back({i - 1, i});
  const TaskGraph chain(n, edges);
  const auto order = chain.topological_order();
  ASSERT_FALSE(order.has_cycle());
  ASSERT_EQ(order.order.size(), n);
  EXPECT_EQ(order.order.front(), 0u);
  EXPECT_EQ(order.order.back(), n - 1);
  EXPECT_EQ(chain.layers().back(), n - 1);
  const auto path = chain.critical_path(std::vector<std::int64_t>(n, 2));
  EXPECT_EQ(path.tasks.size(), n);
  EXPECT_EQ(path.length, 2 * std::int64_t{n});

  edges.push_back({n - 1, 0});  // close the chain into one million-task cycle
  const TaskGraph ring(n, std::move(edges));
  const auto cycle = ring.topological_order().cycle;
  ASSERT_EQ(cycle.size(), n);
  EXPECT_EQ(cycle.front(), 0u);
  EXPECT_EQ(cycle[1], 1u);
  EXPECT_EQ(cycle.back(), n - 1);
}

}  // namespace
}  // namespace duban
