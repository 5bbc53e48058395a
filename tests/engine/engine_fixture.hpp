#pragma once
// The shipped workspace in a temporary folder, a store, and an engine at a
// chosen time. The store is in memory; a test that needs SQLite itself (two
// connections, the file) derives a fixture overriding open_test_store().

#include <gtest/gtest.h>

#include "workspace/workspace.hpp"
#include "engine/engine.hpp"
#include "plan/planner.hpp"
#include "store/memory_store.hpp"
#include "support/workspace_fixture.hpp"

namespace duban::test {

class EngineFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    copy_example_workspace(dir_.path());
    Diagnostics diagnostics;
    workspace_ = load_workspace(dir_.path(), diagnostics);
    ASSERT_FALSE(diagnostics.has_errors());
    store_ = open_test_store();
  }

  /// The store the tests' engine writes to, opened once per test.
  virtual std::unique_ptr<Store> open_test_store() { return std::make_unique<MemoryStore>(); }

  /// The workspace's own SQLite database, for fixtures that override
  /// open_test_store() with it.
  std::unique_ptr<Store> open_sqlite_store() { return open_store("sqlite:duban.db", dir_.path()); }

  LocalDateTime at(const std::string& when) { return *parse_iso8601(when, workspace_->config.zone); }

  /// Plans and records a run of a shipped workflow.
  CreateRunOutcome create(const std::string& workflow, const std::string& period, const std::string& when) {
    Diagnostics diagnostics;
    const Definitions definitions = workspace_->definitions();
    auto runs = plan_runs(
        {&definitions, workspace_->workflow(workflow), *parse_period(period), {}, at(when).date}, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
    Engine engine(workspace_->definitions(), at(when));
    auto writer = store_->write();
    auto outcome = engine.create_run(*writer, runs.at(0), "system");
    writer->commit();
    return outcome;
  }

  /// One action, committed; RuleError propagates (and nothing is committed).
  ActionOutcome act(TaskAction action, const std::string& task, const std::string& actor, const std::string& when,
                    ActionRequest extra = {}) {
    Engine engine(workspace_->definitions(), at(when));
    auto writer = store_->write();
    extra.action = action;
    extra.task = task;
    extra.actor = actor;
    auto outcome = engine.act(*writer, extra).value();
    writer->commit();
    return outcome;
  }

  Task task(const std::string& id) { return store_->task(id).value(); }
  std::size_t event_count() { return store_->events({}).size(); }

  TempDir dir_;
  std::unique_ptr<Workspace> workspace_;
  std::unique_ptr<Store> store_;
};

}  // namespace duban::test
