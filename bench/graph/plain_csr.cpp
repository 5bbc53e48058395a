#include "plain_csr.hpp"

namespace duban::bench {

PlainCsr build_plain_csr(std::size_t task_count, const std::vector<TaskEdge>& edges) {
  PlainCsr csr{std::vector<std::uint32_t>(task_count + 1, 0), std::vector<TaskIndex>(edges.size())};
  for (const TaskEdge& e : edges) ++csr.offsets[e.before + 1];
  for (std::size_t v = 1; v <= task_count; ++v) csr.offsets[v] += csr.offsets[v - 1];
  std::vector<std::uint32_t> next(csr.offsets.begin(), csr.offsets.end() - 1);
  for (const TaskEdge& e : edges) csr.targets[next[e.before]++] = e.after;
  return csr;
}

std::vector<TaskIndex> plain_topological_sort(const PlainCsr& csr) {
  const std::size_t n = csr.offsets.size() - 1;
  std::vector<std::uint32_t> waiting(n, 0);
  for (TaskIndex t : csr.targets) ++waiting[t];
  std::vector<TaskIndex> order;  // doubles as the queue
  order.reserve(n);
  for (std::size_t v = 0; v < n; ++v) {
    if (waiting[v] == 0) order.push_back(static_cast<TaskIndex>(v));
  }
  for (std::size_t done = 0; done < order.size(); ++done) {
    const TaskIndex u = order[done];
    for (std::uint32_t i = csr.offsets[u]; i < csr.offsets[u + 1]; ++i) {
      if (--waiting[csr.targets[i]] == 0) order.push_back(csr.targets[i]);
    }
  }
  return order;
}

}  // namespace duban::bench
