// bench_profile_store WORKSPACE_DIR [--now ISO] [--week YYYY-Www] [--day YYYY-MM-DD]
//                     [--person P] [--runs N] [--done TASK --as P]...
//
// Where the time of a duban command goes, measured inside one process (the
// page cache is warm, as it is for the repeated whole-process runs of
// run_bench.sh). Every phase is run --runs times, each time from scratch
// (new workspace object, new store connection); the median and the minimum
// are printed:
//
//   * the whole CLI command in-process (duban::cli::run, output discarded):
//     everything but exec and dynamic linking; `log --verify` only once (it
//     reads and re-hashes every event: seconds at 100,000 tasks);
//   * load_workspace (TOML, calendars, workflows);
//   * open_store as a whole (header and schema checks, pragmas, migrations);
//   * Store::check_integrity (PRAGMA quick_check over every page), which only
//     `log --verify` runs;
//   * build_status and each of the store queries it makes, with SQLite's
//     query plan for each;
//   * task list --person's query;
//   * Engine::act(done) inside a write transaction that is rolled back (so it
//     can be repeated), and with --done TASK --as P (repeatable) real `done`s
//     that are committed: act and commit timed apart (these tasks are used up).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dates/period.hpp"
#include "cli/command.hpp"
#include "workspace/workspace.hpp"
#include "engine/engine.hpp"
#include "engine/lights.hpp"
#include "status/status_report.hpp"
#include "store/sqlite_db.hpp"
#include "store/sqlite_store.hpp"
#include "store/store.hpp"
#include "workflow/workflow_validator.hpp"

namespace duban::bench {
namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Options {
  fs::path root;
  std::string now = "2026-06-12T17:00";
  std::string week = "2026-W24";
  std::string day = "2026-06-12";
  std::string person = "liu-xiaoyan";
  int runs = 10;
  std::vector<std::pair<std::string, std::string>> done;  // task, actor
};

double ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// Prints the median and the minimum of `times` (one per run).
void report(const std::string& name, std::vector<double> times) {
  std::sort(times.begin(), times.end());
  const double median = times.size() % 2 == 1
                            ? times[times.size() / 2]
                            : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
  std::printf("  %-58s %9.2f ms  (min %.2f)\n", name.c_str(), median, times.front());
}

// Runs `what` `runs` times; prints the median and the minimum.
void measure(const std::string& name, int runs, const std::function<void()>& what) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    what();
    times.push_back(ms(t0, Clock::now()));
  }
  report(name, std::move(times));
}

// As measure, but each run gets a store just opened, as each process does (a
// new connection starts with an empty page cache); opening it is not timed
// (open_store is measured on its own).
void measure_on_new_store(const std::string& name, int runs, const Workspace& ws,
                          const std::function<void(Store&)>& what) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto store = open_store(ws.config.database_url, ws.root);
    const auto t0 = Clock::now();
    what(*store);
    times.push_back(ms(t0, Clock::now()));
  }
  report(name, std::move(times));
}

std::unique_ptr<Workspace> load(const fs::path& root) {
  Diagnostics diagnostics;
  auto ws = load_workspace(root, diagnostics);
  if (!ws || diagnostics.has_errors())
    throw std::runtime_error(root.string() + ": not a valid workspace");
  return ws;
}

fs::path database_file(const Workspace& ws) {
  return ws.root / ws.config.database_url.substr(std::string("sqlite:").size());
}

int in_process(const std::vector<std::string>& args) {
  std::vector<std::string> copy = args;
  std::vector<char*> argv;
  for (auto& a : copy) argv.push_back(a.data());
  std::ostringstream out;
  std::ostringstream err;
  const int code = cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
  if (code != 0) std::fprintf(stderr, "  (exit %d: %s)\n", code, err.str().c_str());
  return code;
}

// The plan SQLite picks for one of select_tasks' statements (same WHERE and
// ORDER BY; the column list does not change the plan).
void print_plan(SqliteConnection& db, const std::string& where,
                const std::vector<std::string>& values, const std::string& join = "") {
  auto statement = db.prepare("EXPLAIN QUERY PLAN SELECT t.* FROM tasks t" + join + " WHERE " +
                              where + " ORDER BY t.due, t.id");
  int index = 0;
  for (const auto& v : values) statement.bind_text(++index, v);
  std::string plan;
  while (statement.step()) plan += (plan.empty() ? "" : "; ") + statement.text(3);
  std::printf("      plan: %s\n", plan.c_str());
}

int run(const Options& o) {
  const std::string root = o.root.string();
  auto ws = load(o.root);
  const UtcOffset zone = ws->config.zone;
  const auto now = parse_iso8601(o.now, zone);
  const auto week = parse_period(o.week);
  const auto day = parse_date(o.day);
  if (!now || !week || !day) throw std::runtime_error("bad --now, --week or --day");
  const fs::path db_file = database_file(*ws);
  std::printf("bench_profile_store: %s (%.1f MB), --now %s, %d runs each (median, min)\n",
              db_file.string().c_str(), static_cast<double>(fs::file_size(db_file)) / 1e6,
              o.now.c_str(), o.runs);

  std::printf("whole commands in-process (no exec, no dynamic linking):\n");
  const std::vector<std::string> base{"duban", "--workspace", root, "--now", o.now};
  auto with = [&](std::vector<std::string> rest) {
    std::vector<std::string> args = base;
    args.insert(args.end(), rest.begin(), rest.end());
    return args;
  };
  measure("status --week " + o.week, o.runs, [&] {
    in_process(with({"status", "--week", o.week}));
  });
  measure("status --day " + o.day, o.runs, [&] { in_process(with({"status", "--day", o.day})); });
  measure("task list --person " + o.person, o.runs, [&] {
    in_process(with({"task", "list", "--person", o.person}));
  });
  measure("status --week (--format json)", o.runs, [&] {
    in_process(with({"--format", "json", "status", "--week", o.week}));
  });
  // Once: it reads and re-hashes every event (seconds at 100,000 tasks).
  measure("log --verify (once)", 1, [&] { in_process(with({"log", "--verify"})); });

  std::printf("phases:\n");
  measure("load_workspace", o.runs, [&] { load(o.root); });
  measure("open_store (header checks + pragmas + migrate)", o.runs,
          [&] { open_store(ws->config.database_url, ws->root); });
  // Every command paid this on open until the check moved to log --verify;
  // it grows with the file, so it is still worth watching there.
  measure_on_new_store("check_integrity (log --verify only: PRAGMA quick_check)", o.runs, *ws,
                       [](Store& s) { s.check_integrity(); });
  auto store = open_store(ws->config.database_url, ws->root);
  auto* sqlite = dynamic_cast<SqliteStore*>(store.get());

  for (const Period& period : {*week, period_containing(*day, PeriodKind::day)}) {
    const LocalDateTime start{period.start, TimeOfDay{0}};
    const Period next = next_period(period);
    const LocalDateTime end{next.start, TimeOfDay{0}};
    const LocalDateTime after{next_period(next).start, TimeOfDay{0}};
    std::size_t rows[3] = {0, 0, 0};
    measure_on_new_store("build_status " + period.key() + " (new connection, open not timed)",
                         o.runs, *ws,
                         [&](Store& fresh) { build_status(ws->definitions(), fresh, period, *now, {}); });
    measure("build_status " + period.key() + " (warm connection)", o.runs,
            [&] { build_status(ws->definitions(), *store, period, *now, {}); });
    TaskQuery due_in;
    due_in.due_from = start;
    due_in.due_to = end;
    TaskQuery overdue;
    overdue.due_to = start;
    overdue.open_only = true;
    TaskQuery due_next;
    due_next.due_from = end;
    due_next.due_to = after;
    due_next.open_only = true;
    measure("  query: due in the period", o.runs, [&] { rows[0] = store->tasks(due_in).size(); });
    if (sqlite) print_plan(sqlite->connection(), "t.due >= ? AND t.due < ?",
                           {stored_time(start), stored_time(end)});
    measure("  query: open and due before it", o.runs,
            [&] { rows[1] = store->tasks(overdue).size(); });
    if (sqlite)
      print_plan(sqlite->connection(), "t.state NOT IN ('done', 'cancelled') AND t.due < ?",
                 {stored_time(start)});
    measure("  query: open and due in the next period", o.runs,
            [&] { rows[2] = store->tasks(due_next).size(); });
    // The lights status assesses (as build_status: tasks open before the
    // period, and those due in it that have started).
    const auto overdue_rows = store->tasks(overdue);
    const auto due_rows = store->tasks(due_in);
    std::size_t assessed = 0;
    measure("  lights: assess_light on the loaded tasks", o.runs, [&] {
      assessed = 0;
      auto assess = [&](const Task& t) {
        const DeadlinePolicy* policy = nullptr;
        if (const WorkflowDefinition* wf = ws->workflow(t.workflow)) {
          policy = find_policy(*wf, t.policy, ws->policies);
        } else if (auto it = ws->policies.find(t.policy); it != ws->policies.end()) {
          policy = &it->second;
        }
        assess_light(t, *now, policy, ws->calendar);
        ++assessed;
      };
      for (const auto& t : overdue_rows) assess(t);
      for (const auto& t : due_rows) {
        if (t.handed_over(*now)) assess(t);
      }
    });
    std::printf("      rows: %zu due in %s, %zu open before it, %zu open in the next; %zu lights\n",
                rows[0], period.key().c_str(), rows[1], rows[2], assessed);
  }

  TaskQuery by_person;
  by_person.owner = o.person;
  by_person.open_only = true;
  std::size_t listed = 0;
  measure("task list query (--person " + o.person + ", open)", o.runs,
          [&] { listed = store->tasks(by_person).size(); });
  if (sqlite)
    print_plan(sqlite->connection(), "t.state NOT IN ('done', 'cancelled')", {o.person},
               " JOIN task_owners o ON o.task = t.id AND o.person = ?");
  std::printf("      rows: %zu\n", listed);

  if (!o.done.empty()) {
    const auto& [first_task, first_actor] = o.done.front();
    measure("done " + first_task.substr(0, 30) + "…: act, rolled back", o.runs, [&] {
      Engine e(ws->definitions(), *now);
      auto writer = store->write();
      e.act(*writer, {TaskAction::done, first_task, first_actor, "", "", "", {}}).value();
    });
    std::vector<double> act_ms;
    std::vector<double> commit_ms;
    for (const auto& [task, actor] : o.done) {
      Engine e(ws->definitions(), *now);
      const auto t0 = Clock::now();
      auto writer = store->write();
      e.act(*writer, {TaskAction::done, task, actor, "", "", "", {}}).value();
      const auto t1 = Clock::now();
      writer->commit();
      const auto t2 = Clock::now();
      act_ms.push_back(ms(t0, t1));
      commit_ms.push_back(ms(t1, t2));
    }
    std::sort(act_ms.begin(), act_ms.end());
    std::sort(commit_ms.begin(), commit_ms.end());
    std::printf(
        "  %zu real dones: BEGIN IMMEDIATE + act median %.2f ms; COMMIT (WAL fsync) median %.2f ms "
        "(min %.2f, max %.2f)\n",
        o.done.size(), act_ms[act_ms.size() / 2], commit_ms[commit_ms.size() / 2],
        commit_ms.front(), commit_ms.back());
  }
  return 0;
}

}  // namespace
}  // namespace duban::bench

int main(int argc, char** argv) {
  using duban::bench::Options;
  if (argc < 2) {
    std::cerr << "usage: bench_profile_store WORKSPACE_DIR [--now ISO] [--week W] [--day D] "
                 "[--person P] [--runs N] [--done TASK --as P]...\n";
    return 2;
  }
  Options o;
  o.root = argv[1];
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const std::string value = argv[i + 1];
    if (arg == "--now")
      o.now = value;
    else if (arg == "--week")
      o.week = value;
    else if (arg == "--day")
      o.day = value;
    else if (arg == "--person")
      o.person = value;
    else if (arg == "--runs")
      o.runs = std::max(1, std::stoi(value));
    else if (arg == "--done")
      o.done.emplace_back(value, "");
    else if (arg == "--as" && !o.done.empty())
      o.done.back().second = value;
    else {
      std::cerr << "bench_profile_store: unknown option " << arg << '\n';
      return 2;
    }
  }
  try {
    return duban::bench::run(o);
  } catch (const std::exception& e) {
    std::cerr << "bench_profile_store: " << e.what() << '\n';
    return 1;
  }
}
