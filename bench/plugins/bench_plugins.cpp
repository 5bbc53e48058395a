// bench_plugins [ROUNDS] — what plugins cost (see README.md):
//
//  1. the median time to load each plugin (civilization, village and the
//     plugin guide's example): open the library, check its handshake,
//     create it and take its registrations. Each round loads a fresh copy
//     of the file, since a library already in the process would only be
//     counted again, not loaded;
//  2. the added cost of one no-op task_completed hook over 10,000 task
//     completions (Engine::act done, in one write transaction on a
//     temporary store), against the same completions with no hook.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "workspace/workspace.hpp"
#include "engine/engine.hpp"
#include "plugin_host/plugin_host.hpp"
#include "support/workspace_fixture.hpp"

namespace duban::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kCompletions = 10000;
constexpr const char* kOwner = "liu-xiaoyan";  // in the shipped organisation

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// ------------------------------------------------------------ load times

double median_load_ms(const fs::path& library, int rounds, const fs::path& scratch) {
  std::vector<double> times;
  for (int i = 0; i < rounds; ++i) {
    const fs::path copy = scratch / (std::to_string(i) + "-" + library.filename().string());
    fs::copy_file(library, copy);
    ExtensionRegistry registry;
    const auto t0 = Clock::now();
    const PluginInfo info = load_plugin_file(fs::canonical(copy), registry, {});
    times.push_back(ms_since(t0));
    if (!info.loaded) {
      throw std::runtime_error(library.string() + " was not loaded: " + info.error);
    }
  }
  return median(times);
}

void bench_loads(int rounds) {
  const std::vector<std::pair<const char*, const char*>> plugins{
      {"civilization", CIVILIZATION_PLUGIN},
      {"village", VILLAGE_PLUGIN},
      {"hello (example)", HELLO_PLUGIN}};
  test::TempDir scratch;
  std::printf("plugin load (fresh copy each round, median of %d):\n", rounds);
  for (const auto& [name, file] : plugins) {
    std::printf("  %-16s %7.3f ms  (%s, %.0f KiB)\n", name,
                median_load_ms(file, rounds, scratch.path()), fs::path(file).filename().c_str(),
                static_cast<double>(fs::file_size(file)) / 1024.0);
  }
}

// ----------------------------------------------------------- hook cost

PlannedRun many_tasks(const Workspace& ws, LocalDateTime start) {
  PlannedRun run;
  run.workflow = "bench-hooks";
  run.workflow_name = "hook benchmark";
  run.period = *parse_period("2026-03-09");
  LocalDateTime due = start;
  due.time = std::chrono::minutes(17 * 60);
  for (int i = 0; i < kCompletions; ++i) {
    PlannedTask task;
    task.id = "t" + std::to_string(i);
    task.template_id = "t";
    task.title = "task " + std::to_string(i);
    task.owners = {kOwner};
    task.start = start;
    task.due = due;
    task.policy = ws.config.default_policy;
    task.task_class = "ordinary";
    task.kind = "human";
    run.tasks.push_back(std::move(task));
  }
  return run;
}

std::shared_ptr<ExtensionRegistry> registry_with_noop_hook() {
  auto registry = std::make_shared<ExtensionRegistry>();
  ExtensionRegistry::Batch batch("bench");
  sdk::Hook hook;
  hook.event = sdk::HookEvent::task_completed;
  hook.run = [](const sdk::HookData&, sdk::Context&) {};
  batch.add_hook(hook);
  PluginInfo info;
  info.name = "bench";
  registry->add(std::move(batch), info);
  return registry;
}

// Times kCompletions `done` actions, on a store of their own.
double completions_ms(bool with_hook) {
  test::TempDir dir;  // the shipped workspace, as in the tests
  test::copy_example_workspace(dir.path());
  Diagnostics diagnostics;
  auto ws = load_workspace(dir.path(), diagnostics);
  if (!ws || diagnostics.has_errors()) {
    std::string errors;
    for (const auto& d : diagnostics.sorted()) errors += format_diagnostic(d) + "\n";
    throw std::runtime_error("the shipped workspace does not load:\n" + errors);
  }
  if (with_hook) ws->extensions = registry_with_noop_hook();
  auto store = open_store("sqlite:duban.db", dir.path());
  const LocalDateTime now = *parse_iso8601("2026-03-09T10:00", ws->config.zone);
  Engine engine(ws->definitions(), now);
  {
    auto writer = store->write();
    engine.create_run(*writer, many_tasks(*ws, now), "system");
    writer->commit();
  }
  const auto t0 = Clock::now();
  auto writer = store->write();
  for (int i = 0; i < kCompletions; ++i) {
    ActionRequest done;
    done.action = TaskAction::done;
    done.task = "bench-hooks/2026-03-09/t" + std::to_string(i);
    done.actor = kOwner;
    engine.act(*writer, done).value();
  }
  writer->commit();
  return ms_since(t0);
}

void bench_hook(int rounds) {
  std::vector<double> without;
  std::vector<double> with;
  for (int i = 0; i < rounds; ++i) {  // interleaved, so drift hits both alike
    without.push_back(completions_ms(false));
    with.push_back(completions_ms(true));
  }
  const double a = median(without);
  const double b = median(with);
  std::printf("%d task completions in one transaction (median of %d):\n", kCompletions, rounds);
  std::printf("  no hook           %9.1f ms\n", a);
  std::printf("  one no-op hook    %9.1f ms\n", b);
  std::printf("  added by the hook %9.1f ms, %.2f us per completion\n", b - a,
              (b - a) * 1000.0 / kCompletions);
}

}  // namespace
}  // namespace duban::bench

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 21;
  try {
    duban::bench::bench_loads(rounds);
    duban::bench::bench_hook(std::max(3, rounds / 4));
  } catch (const std::exception& error) {
    std::fprintf(stderr, "bench_plugins: %s\n", error.what());
    return 1;
  }
  return 0;
}
