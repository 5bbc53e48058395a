#pragma once
// Loads a workspace made of the shipped organisation, calendars and policies
// plus workflows given inline, and plans them.

#include <gtest/gtest.h>

#include "workspace/workspace.hpp"
#include "plan/planner.hpp"
#include "support/workspace_fixture.hpp"

namespace duban::test {

class PlanFixture : public ::testing::Test {
 protected:
  /// Loads the shipped workspace; `extra` workflow files are added to it.
  const Workspace& load(const std::map<std::string, std::string>& extra = {}) {
    copy_example_workspace(dir_.path());
    for (const auto& [name, text] : extra) write_file(dir_.path() / "workflows" / name, text);
    Diagnostics diagnostics;
    workspace_ = load_workspace(dir_.path(), diagnostics);
    for (const auto& d : diagnostics.sorted()) {
      if (d.severity == Severity::error) ADD_FAILURE() << format_diagnostic(d);
    }
    return *workspace_;
  }

  PlannedRun plan(const std::string& workflow, const std::string& period,
                  std::map<std::string, std::string> params = {}) {
    diagnostics_ = {};
    const Definitions definitions = workspace_->definitions();
    auto runs = plan_runs({&definitions, workspace_->workflow(workflow), *parse_period(period),
                           std::move(params), std::nullopt},
                          diagnostics_);
    EXPECT_EQ(runs.size(), 1u);
    return runs.empty() ? PlannedRun{} : runs.front();
  }

  static const PlannedTask& task(const PlannedRun& run, const std::string& id) {
    for (const auto& t : run.tasks) {
      if (t.id == id) return t;
    }
    ADD_FAILURE() << "no task " << id << " in " << run.key();
    static PlannedTask none;
    return none;
  }

  std::string due(const PlannedTask& t) const {
    return format_iso8601(t.due, workspace_->config.zone);
  }

  Diagnostics diagnostics_;

 private:
  TempDir dir_;
  std::unique_ptr<Workspace> workspace_;
};

}  // namespace duban::test
