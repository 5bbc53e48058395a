// bench_graph [N...]                  time TaskGraph against a hand-written CSR sort
// bench_graph --write-toml N FILE     write a synthetic N-task workflow for the loader
//
// Each measurement runs in its own forked child, so that the child's ru_maxrss
// is the peak memory of that variant alone. Timings never fail anything.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "graph/task_graph.hpp"
#include "plain_csr.hpp"
#include "synthetic_workflow.hpp"

namespace duban::bench {
namespace {

using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// What a child reports back through its pipe (plain data, written raw).
struct Measured {
  double build_ms = 0;
  double order_ms = 0;
  double total_ms = 0;
  std::uint64_t ordered = 0;  // tasks in the order: N unless something is wrong
  std::uint64_t edges = 0;
};

// Small graphs finish in a millisecond, so they are timed several times and the
// fastest run kept; each run gets a fresh copy of the edges, made off the clock.
int repeats_for(std::size_t n) { return n <= 100'000 ? 7 : 5; }

Measured keep_fastest(const Measured& best, const Measured& run) { return run.total_ms < best.total_ms ? run : best; }

Measured time_duban_once(const SyntheticWorkflow& wf) {
  std::vector<TaskEdge> edges = wf.edges;
  Measured m;
  const auto t0 = Clock::now();
  const TaskGraph graph(wf.task_count, std::move(edges));
  const auto t1 = Clock::now();
  const TopologicalOrder order = graph.topological_order();  // includes the cycle check
  const auto t2 = Clock::now();
  const auto layers = graph.layers();
  const CriticalPath path = graph.critical_path(wf.durations);
  const auto t3 = Clock::now();
  m.build_ms = ms_between(t0, t1);
  m.order_ms = ms_between(t1, t2);
  m.total_ms = ms_between(t0, t3);
  m.ordered = order.has_cycle() || layers.size() != wf.task_count || path.length <= 0 ? 0 : order.order.size();
  return m;
}

Measured time_plain_once(const SyntheticWorkflow& wf) {
  Measured m;
  const auto t0 = Clock::now();
  const PlainCsr csr = build_plain_csr(wf.task_count, wf.edges);
  const auto t1 = Clock::now();
  const std::vector<TaskIndex> order = plain_topological_sort(csr);
  const auto t2 = Clock::now();
  m.build_ms = ms_between(t0, t1);
  m.order_ms = ms_between(t1, t2);
  m.total_ms = ms_between(t0, t2);
  m.ordered = order.size();
  return m;
}

enum class Variant { input_only, duban, plain };

Measured measure(Variant variant, std::size_t n) {
  const SyntheticWorkflow wf = make_synthetic_workflow(n);
  Measured best;
  best.edges = wf.edges.size();
  if (variant == Variant::input_only) return best;
  for (int r = 0; r < repeats_for(n); ++r) {
    const Measured run = variant == Variant::duban ? time_duban_once(wf) : time_plain_once(wf);
    best = r == 0 ? run : keep_fastest(best, run);
  }
  best.edges = wf.edges.size();
  return best;
}

struct ChildResult {
  Measured measured;
  double peak_mib = 0;
  bool ok = false;
};

// Forks, measures in the child, and reads back the result and the child's peak RSS.
ChildResult in_child(Variant variant, std::size_t n) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const Measured m = measure(variant, n);
    const bool written = write(fds[1], &m, sizeof m) == static_cast<ssize_t>(sizeof m);
    _exit(written ? 0 : 1);
  }
  close(fds[1]);
  ChildResult result;
  result.ok = pid > 0 && read(fds[0], &result.measured, sizeof result.measured) ==
                             static_cast<ssize_t>(sizeof result.measured);
  close(fds[0]);
  int status = 0;
  rusage usage{};
  if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
    result.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
    result.ok = result.ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  } else {
    result.ok = false;
  }
  return result;
}

void print_header() {
  std::printf("%9s %9s | %9s %9s %9s | %9s %9s %9s | %6s %6s | %9s %9s %9s\n", "N", "edges", "dub build",
              "dub order", "dub total", "csr build", "csr sort", "csr total", "ratio", "b+o", "input MiB", "dub MiB",
              "csr MiB");
  std::printf("%s\n", std::string(133, '-').c_str());
}

// The parent never builds a workflow itself, so no child inherits its pages.
bool bench_one(std::size_t n) {
  const ChildResult input = in_child(Variant::input_only, n);
  const ChildResult dub = in_child(Variant::duban, n);
  const ChildResult csr = in_child(Variant::plain, n);
  if (!input.ok || !dub.ok || !csr.ok || dub.measured.ordered != n || csr.measured.ordered != n) {
    std::printf("%9zu  measurement failed (a child crashed or an order was incomplete)\n", n);
    return false;
  }
  const Measured& d = dub.measured;
  const Measured& c = csr.measured;
  const auto edges = static_cast<unsigned long long>(input.measured.edges);
  std::printf("%9zu %9llu | %9.2f %9.2f %9.2f | %9.2f %9.2f %9.2f | %6.2f %6.2f | %9.1f %9.1f %9.1f\n", n, edges,
              d.build_ms, d.order_ms, d.total_ms, c.build_ms, c.order_ms, c.total_ms, d.total_ms / c.total_ms,
              (d.build_ms + d.order_ms) / c.total_ms, input.peak_mib, dub.peak_mib, csr.peak_mib);
  std::fflush(stdout);
  return true;
}

bool parse_count(std::string_view text, std::size_t& n) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  return error == std::errc{} && end == text.data() + text.size() && n > 0;
}

int write_toml(std::string_view count, const char* path) {
  std::size_t n = 0;
  if (!parse_count(count, n)) {
    std::cerr << "bench_graph: '" << count << "' is not a task count\n";
    return 2;
  }
  std::ofstream out(path, std::ios::binary);
  const SyntheticWorkflow wf = make_synthetic_workflow(n);
  write_workflow_toml(out, wf);
  out.close();
  if (!out) {
    std::cerr << "bench_graph: cannot write " << path << '\n';
    return 1;
  }
  std::cout << "wrote " << n << " tasks, " << wf.edges.size() << " dependencies to " << path << '\n';
  return 0;
}

int run(int argc, char** argv) {
  if (argc >= 2 && std::string_view(argv[1]) == "--write-toml") {
    if (argc != 4) {
      std::cerr << "usage: bench_graph --write-toml N FILE\n";
      return 2;
    }
    return write_toml(argv[2], argv[3]);
  }
  std::vector<std::size_t> counts;
  for (int i = 1; i < argc; ++i) {
    std::size_t n = 0;
    if (!parse_count(argv[i], n)) {
      std::cerr << "usage: bench_graph [N...] | bench_graph --write-toml N FILE\n";
      return 2;
    }
    counts.push_back(n);
  }
  if (counts.empty()) counts = {10'000, 100'000, 1'000'000};
  print_header();
  bool all_ok = true;
  for (std::size_t n : counts) all_ok = bench_one(n) && all_ok;
  return all_ok ? 0 : 1;
}

}  // namespace
}  // namespace duban::bench

int main(int argc, char** argv) { return duban::bench::run(argc, argv); }
