#include "synthetic_workflow.hpp"

#include <algorithm>
#include <ostream>
#include <string>

namespace duban::bench {

namespace {

// SplitMix64 and a multiply-shift range reduction rather than <random>'s
// distributions, whose output differs between standard libraries.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, bound), bound > 0 and below 2^32.
  std::uint32_t below(std::uint64_t bound) { return static_cast<std::uint32_t>(((next() >> 32) * bound) >> 32); }

 private:
  std::uint64_t state_;
};

std::vector<TaskIndex> shuffled_positions(std::size_t n, Rng& rng) {
  std::vector<TaskIndex> task_at(n);
  for (std::size_t i = 0; i < n; ++i) task_at[i] = static_cast<TaskIndex>(i);
  for (std::size_t i = n; i > 1; --i) std::swap(task_at[i - 1], task_at[rng.below(i)]);
  return task_at;
}

// Up to three distinct earlier positions; a retry loop is fine since p >= 4 leaves
// plenty of room, and for p < 4 all earlier positions are taken.
void add_dependencies(SyntheticWorkflow& wf, const std::vector<TaskIndex>& task_at, std::size_t p, Rng& rng) {
  const std::size_t wanted = std::min<std::size_t>(p, 3);
  std::uint32_t chosen[3] = {0, 0, 0};
  for (std::size_t k = 0; k < wanted; ++k) {
    std::uint32_t q = static_cast<std::uint32_t>(k);
    if (p > 3) {
      do q = rng.below(p);
      while (std::find(chosen, chosen + k, q) != chosen + k);
    }
    chosen[k] = q;
    wf.edges.push_back({task_at[q], task_at[p]});
  }
}

}  // namespace

SyntheticWorkflow make_synthetic_workflow(std::size_t task_count, std::uint64_t seed) {
  Rng rng(seed);
  SyntheticWorkflow wf;
  wf.task_count = task_count;
  const std::vector<TaskIndex> task_at = shuffled_positions(task_count, rng);
  wf.edges.reserve(3 * task_count);
  for (std::size_t p = 1; p < task_count; ++p) add_dependencies(wf, task_at, p, rng);
  wf.durations.resize(task_count);
  for (auto& d : wf.durations) d = 1 + rng.below(8);
  return wf;
}

void write_workflow_toml(std::ostream& out, const SyntheticWorkflow& wf) {
  std::vector<std::vector<TaskIndex>> depends_on(wf.task_count);
  for (const TaskEdge& e : wf.edges) depends_on[e.after].push_back(e.before);
  const std::string n = std::to_string(wf.task_count);
  out << "[workflow]\nid = \"synthetic-" << n << "\"\nname = \"合成工作流 " << n << "\"\nversion = 1\n";
  for (std::size_t i = 0; i < wf.task_count; ++i) {
    out << "\n[[task]]\nid = \"t" << i << "\"\ntitle = \"任务 " << i << "\"\nowner = \"role:staff\"\ndepends_on = [";
    std::sort(depends_on[i].begin(), depends_on[i].end());
    for (std::size_t k = 0; k < depends_on[i].size(); ++k) out << (k ? ", " : "") << "\"t" << depends_on[i][k] << '"';
    out << "]\n";
  }
}

}  // namespace duban::bench
