// Reliability of the store under real processes: a writer killed with
// SIGKILL loses nothing it reported, writers at once lose nothing and never
// show "database is locked", and a database that is corrupt or from a newer
// duban is refused with exit 1 and left byte-for-byte as it was.
//
// The children are the reliability_worker program (update_worker.cpp). They
// are ordered by what they print, never by sleeps or the clock.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "child_process.hpp"
#include "engine/reducer.hpp"
#include "engine/verify.hpp"
#include "store/store.hpp"
#include "support/run_duban.hpp"

namespace duban {
namespace {

namespace fs = std::filesystem;
using test::ChildProcess;
using test::describe_status;
using test::LineReader;
using test::Pipe;
using test::read_file;
using test::run_duban;
using test::SpawnActions;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kRun = "weekly-planning/2026-W07";

struct Writer {
  std::string tasks;  ///< task id, or several separated by commas
  std::string actor;  ///< may act on every one of them
  std::string tag;
};

/// The worker's command line: WORKSPACE TASKS ACTOR COUNT TAG.
std::vector<std::string> worker_argv(const fs::path& workspace, const Writer& writer, int count) {
  return {
      DUBAN_RELIABILITY_WORKER, workspace.string(), writer.tasks, writer.actor,
      std::to_string(count),    writer.tag,
  };
}

/// "TAG-1" … "TAG-n": what a worker applies, in order.
std::vector<std::string> sequence(const std::string& tag, std::size_t n) {
  std::vector<std::string> out;
  for (std::size_t i = 1; i <= n; ++i) out.push_back(tag + "-" + std::to_string(i));
  return out;
}

/// The texts of the notes a worker with `tag` wrote, in log (= commit) order.
/// `task` narrows the search to one task; "" looks at the whole run.
std::vector<std::string> notes_tagged(Store& store, const std::string& tag,
                                      const std::string& task = "") {
  EventQuery query;
  query.run = kRun;
  query.task = task;
  std::vector<std::string> texts;
  for (const auto& event : store.events(query)) {
    if (event.type != event_type::task_noted) continue;
    const std::string text = nlohmann::json::parse(event.payload).value("text", "");
    if (text.starts_with(tag + "-")) texts.push_back(text);
  }
  return texts;
}

std::unique_ptr<Store> open_workspace_store(const fs::path& workspace) {
  return open_store("sqlite:duban.db", workspace);
}

/// The shipped workspace in `dir`, with the weekly-planning run of 2026-W07.
void make_workspace(const fs::path& dir) {
  test::copy_example_workspace(dir);
  auto planned = run_duban(
      dir, {"--now", "2026-02-09T09:00", "plan", "weekly-planning", "--period", "2026-W07"});
  ASSERT_EQ(planned.exit_code, 0) << planned.err;
}

/// `duban log --verify` passes, and so does the in-process check (which
/// names the problem when there is one).
void expect_log_verifies(const fs::path& workspace) {
  {
    auto store = open_workspace_store(workspace);
    const VerifyReport report = verify_store(*store);
    EXPECT_TRUE(report.ok()) << report.problem;
  }
  auto verify = run_duban(workspace, {"log", "--verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
}

void expect_no_side_files(const fs::path& db) {
  EXPECT_FALSE(fs::exists(db.string() + "-wal")) << db << "-wal left behind";
  EXPECT_FALSE(fs::exists(db.string() + "-shm")) << db << "-shm left behind";
}

class Reliability : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NO_FATAL_FAILURE(make_workspace(dir.path())); }
  [[nodiscard]] fs::path db() const { return dir.path() / "duban.db"; }
  test::TempDir dir;
};

// ---------------------------------------------------------------- (a) kill

/// A temporary folder in memory (/dev/shm) when there is one. A kill does
/// not lose what the killed process wrote to the page cache, so flushing to
/// disk (synchronous = FULL) adds only time here: on this test's tens of
/// thousands of commits, most of its time.
class ScratchDir {
 public:
  ScratchDir() {
    std::error_code ec;
    const fs::path memory = "/dev/shm";
    const bool in_memory = fs::is_directory(memory, ec) && ::access(memory.c_str(), W_OK) == 0;
    const fs::path base = in_memory ? memory : fs::temp_directory_path();
    std::random_device seed;
    path_ = base / ("duban-reliability-" + std::to_string(seed()) + std::to_string(seed()));
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  [[nodiscard]] const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct KilledRound {
  std::vector<std::string> reported;  ///< every line the worker got out before it died
  int status = 0;
  std::string err;
};

/// Runs a worker for `count` updates and SIGKILLs it once `kill_after` lines
/// have been read (0: at once, before it printed anything). Then reads what
/// was still in the pipe: those lines too were printed after a commit.
KilledRound run_and_kill(const fs::path& workspace, const Writer& writer, int count,
                         std::size_t kill_after) {
  const fs::path err_file = workspace / ("worker-" + writer.tag + ".err");
  Pipe out;
  SpawnActions actions;
  actions.dup_to(out.write_end(), STDOUT_FILENO);
  actions.write_to(STDERR_FILENO, err_file);
  ChildProcess child(worker_argv(workspace, writer, count), actions);
  out.close_write();

  KilledRound round;
  LineReader lines(out.read_end());
  if (kill_after == 0) child.kill();
  while (auto line = lines.next()) {
    round.reported.push_back(*line);
    if (round.reported.size() == kill_after) child.kill();
  }
  round.status = child.wait();
  round.err = read_file(err_file);
  return round;
}

/// Checks one round; returns whether the worker was killed before it finished.
bool check_killed_round(const fs::path& workspace, const Writer& writer, int updates,
                        const KilledRound& round) {
  // Killed, or (only if it outran the reader) finished; never a failure.
  const bool killed = WIFSIGNALED(round.status) && WTERMSIG(round.status) == SIGKILL;
  const bool finished = WIFEXITED(round.status) && WEXITSTATUS(round.status) == 0;
  EXPECT_TRUE(killed || finished) << describe_status(round.status) << "\n" << round.err;
  EXPECT_EQ(round.reported, sequence(writer.tag, round.reported.size()));

  expect_log_verifies(workspace);
  auto store = open_workspace_store(workspace);
  const auto notes = notes_tagged(*store, writer.tag);
  // Commits happen in order and each is reported before the next begins:
  // what survived is 1..k, k = what was reported or one more (committed,
  // then killed before it could say so).
  EXPECT_EQ(notes, sequence(writer.tag, notes.size()));
  EXPECT_GE(notes.size(), round.reported.size());
  EXPECT_LE(notes.size(), round.reported.size() + 1);
  return killed && round.reported.size() < static_cast<std::size_t>(updates);
}

TEST(ReliabilityKill, KilledWriterLosesNothingItReported) {
  constexpr int kRounds = 20;
  constexpr int kUpdates = 2000;
  // li-wenhua leads the office and the general section: six tasks to spread
  // the notes over (see update_worker.cpp on why).
  const std::string run = kRun;
  const std::string tasks = run + "/summary.office," + run + "/plan.office," + run +
                            "/weekly-info," + run + "/summary.general," + run + "/plan.general," +
                            run + "/dispatch";
  std::mt19937 random(20260210);  // fixed: the same kill moments on every run
  std::uniform_int_distribution<int> one_in_eight(0, 7);
  std::uniform_int_distribution<std::size_t> some_lines(1, kUpdates - 1);
  int killed_mid_run = 0;

  for (int r = 1; r <= kRounds; ++r) {
    const std::size_t kill_after = one_in_eight(random) == 0 ? 0 : some_lines(random);
    SCOPED_TRACE("round " + std::to_string(r) + ", kill after " + std::to_string(kill_after) +
                 " lines");
    // A fresh workspace each round: verifying rebuilds every task from its
    // notes, which grows with the square of the notes per task.
    ScratchDir dir;
    ASSERT_NO_FATAL_FAILURE(make_workspace(dir.path()));
    const Writer writer{tasks, "li-wenhua", "round" + std::to_string(r)};
    const KilledRound round = run_and_kill(dir.path(), writer, kUpdates, kill_after);
    if (check_killed_round(dir.path(), writer, kUpdates, round)) ++killed_mid_run;
    if (HasFailure()) return;  // one broken round says it all; later ones would repeat it
  }
  std::cout << "[          ] " << killed_mid_run << " of " << kRounds
            << " workers were killed before they finished\n";
}

// ------------------------------------------------------- (b) four at once

struct Finished {
  int status = 0;
  std::string out;
  std::string err;
};

TEST_F(Reliability, FourWritersAtOnceLoseNothing) {
  constexpr int kUpdates = 500;
  // Four sections, each chief noting on their own summary.
  const std::vector<Writer> writers = {
      {std::string(kRun) + "/summary.office", "liu-xiaoyan", "office"},
      {std::string(kRun) + "/summary.general", "zheng-wei", "general"},
      {std::string(kRun) + "/summary.industry", "yang-fan", "industry"},
      {std::string(kRun) + "/summary.trade", "lin-fang", "trade"},
  };
  const std::size_t events_before = open_workspace_store(dir.path())->events({}).size();

  // Output goes to files: four pipes would need reading all at once.
  std::vector<std::unique_ptr<ChildProcess>> children;
  for (const auto& writer : writers) {
    SpawnActions actions;
    actions.write_to(STDOUT_FILENO, dir.path() / (writer.tag + ".out"));
    actions.write_to(STDERR_FILENO, dir.path() / (writer.tag + ".err"));
    children.push_back(
        std::make_unique<ChildProcess>(worker_argv(dir.path(), writer, kUpdates), actions));
  }
  std::vector<Finished> results;
  for (std::size_t w = 0; w < writers.size(); ++w) {
    Finished result;
    result.status = children[w]->wait();
    result.out = read_file(dir.path() / (writers[w].tag + ".out"));
    result.err = read_file(dir.path() / (writers[w].tag + ".err"));
    results.push_back(result);
  }

  auto store = open_workspace_store(dir.path());
  for (std::size_t w = 0; w < writers.size(); ++w) {
    SCOPED_TRACE(writers[w].tag);
    EXPECT_EQ(describe_status(results[w].status), "exited 0") << results[w].err;
    EXPECT_THAT(results[w].err, Not(HasSubstr("database is locked")));
    EXPECT_EQ(results[w].err, "");
    std::string expected_out;
    for (const auto& line : sequence(writers[w].tag, kUpdates)) expected_out += line + "\n";
    EXPECT_EQ(results[w].out, expected_out);
    // Each note exactly once, in the order the worker made them.
    EXPECT_EQ(notes_tagged(*store, writers[w].tag, writers[w].tasks),
              sequence(writers[w].tag, kUpdates));
  }

  const auto events = store->events({});
  EXPECT_EQ(events.size(), events_before + writers.size() * kUpdates);
  for (std::size_t i = 0; i < events.size(); ++i) {
    ASSERT_EQ(events[i].id, static_cast<std::int64_t>(i + 1)) << "event ids have a gap";
  }
  store.reset();
  expect_log_verifies(dir.path());
}

// ------------------------------------------- (c) refused, left untouched

void set_user_version(const fs::path& file, int version) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  const std::string sql = "PRAGMA user_version = " + std::to_string(version);
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
  const std::string message = sqlite3_errmsg(db);
  // The last connection to close checkpoints the log into the file.
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << message;
}

/// The page size from the database header (bytes 16–17, big-endian; 1 means 65536).
std::size_t page_size(const std::string& bytes) {
  const auto high = static_cast<unsigned char>(bytes.at(16));
  const auto low = static_cast<unsigned char>(bytes.at(17));
  const std::size_t size = static_cast<std::size_t>(high) << 8 | low;
  return size == 1 ? 65536 : size;
}

/// The page number of `table`'s b-tree root, read through SQLite (read-only).
std::size_t root_page(const fs::path& file, const std::string& table) {
  sqlite3* db = nullptr;
  sqlite3_stmt* statement = nullptr;
  std::size_t page = 0;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
      sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_schema WHERE name = ?", -1, &statement,
                         nullptr) == SQLITE_OK) {
    sqlite3_bind_text(statement, 1, table.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(statement) == SQLITE_ROW) {
      page = static_cast<std::size_t>(sqlite3_column_int64(statement, 0));
    }
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return page;
}

TEST_F(Reliability, NewerDatabaseIsRefusedUntouched) {
  ASSERT_NO_FATAL_FAILURE(set_user_version(db(), 99));
  ASSERT_FALSE(fs::exists(db().string() + "-wal"));
  const std::string bytes = read_file(db());

  auto listed = run_duban(dir.path(), {"task", "list"});
  EXPECT_EQ(listed.exit_code, 1);
  EXPECT_THAT(listed.err, HasSubstr(db().string()));
  EXPECT_THAT(listed.err, HasSubstr("newer"));
  EXPECT_EQ(read_file(db()), bytes);
  expect_no_side_files(db());
}

TEST_F(Reliability, CorruptDatabaseIsRefusedUntouched) {
  // Put some weight in the file so that page 2 is a table's b-tree page.
  {
    SpawnActions quiet;
    quiet.write_to(STDOUT_FILENO, dir.path() / "fill.out");
    quiet.write_to(STDERR_FILENO, dir.path() / "fill.err");
    const Writer filler{std::string(kRun) + "/summary.office", "liu-xiaoyan", "fill"};
    ChildProcess fill(worker_argv(dir.path(), filler, 200), quiet);
    ASSERT_EQ(describe_status(fill.wait()), "exited 0") << read_file(dir.path() / "fill.err");
  }
  ASSERT_FALSE(fs::exists(db().string() + "-wal"));  // all of it is in the file itself
  std::string bytes = read_file(db());
  const std::size_t page = page_size(bytes);
  // The tasks table's root overwritten with a pattern: the header and the
  // schema are intact, so opening succeeds and the damage shows where it is
  // read (task list, status) or checked (log --verify reads every page).
  const std::size_t tasks_root = root_page(db(), "tasks");
  ASSERT_GE(tasks_root, 2U);
  ASSERT_GE(bytes.size(), tasks_root * page);
  const std::size_t offset = (tasks_root - 1) * page;
  for (std::size_t i = 0; i < page; ++i) {
    bytes[offset + i] = static_cast<char>((i * 7919 + 13) % 251);
  }
  test::write_file(db(), bytes);

  for (const auto& command :
       {std::vector<std::string>{"log", "--verify"}, std::vector<std::string>{"task", "list"},
        std::vector<std::string>{"status", "--day", "2026-03-02"}}) {
    SCOPED_TRACE(command.front());
    auto r = run_duban(dir.path(), command);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_THAT(r.err, HasSubstr(db().string() + ": database is corrupt"));
    EXPECT_EQ(read_file(db()), bytes);
    expect_no_side_files(db());
  }
}

}  // namespace
}  // namespace duban
