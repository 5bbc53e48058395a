// Each task metric, computed from tasks and events the engine really stored.

#include <gtest/gtest.h>

#include "engine/engine_fixture.hpp"
#include "support/local_time.hpp"
#include "engine/tick.hpp"
#include "score/week_metrics.hpp"

namespace duban {
namespace {

class WeekMetrics : public test::EngineFixture {
 protected:
  void SetUp() override {
    EngineFixture::SetUp();
    create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  }
  std::string id(const std::string& key) { return "weekly-planning/2026-W07/" + key; }
  MetricValues of(const std::string& person, const std::string& now = "2026-02-13T18:00") {
    auto all = week_metrics(*store_, *parse_period("2026-W07"), test::local(now), {person});
    return all.at(person);
  }
};

TEST_F(WeekMetrics, OnTimeClosureAndOverdueCountTheTasksDueInTheWeek) {
  act(TaskAction::ack, id("summary.office"), "liu-xiaoyan", "2026-02-09T10:00");
  act(TaskAction::done, id("summary.office"), "liu-xiaoyan", "2026-02-12T16:00");
  // Her tasks due by Friday 18:00: the summary (12:00, closed on time) and
  // the plan (17:30, open); the weekly information is due on the make-up Saturday.
  auto m = of("liu-xiaoyan");
  EXPECT_EQ(m["tasks_due"], 2);
  EXPECT_EQ(m["tasks_done"], 1);
  EXPECT_EQ(m["tasks_on_time"], 1);
  EXPECT_EQ(m["overdue"], 1);
  EXPECT_DOUBLE_EQ(m["on_time_rate"], 0.5);
  EXPECT_DOUBLE_EQ(m["closure_rate"], 0.5);
}

TEST_F(WeekMetrics, ClosedLateCountsAsDoneButNotOnTime) {
  act(TaskAction::done, id("summary.general"), "zheng-wei", "2026-02-13T15:00");
  auto m = of("zheng-wei");
  EXPECT_EQ(m["tasks_done"], 1);
  EXPECT_EQ(m["tasks_on_time"], 0);
  EXPECT_DOUBLE_EQ(m["on_time_rate"], 0);
}

TEST_F(WeekMetrics, OnlyTasksAlreadyDueAreJudgedBeforeTheWeekEnds) {
  // Wednesday: nothing of hers is due yet, so nothing is missed.
  auto m = of("liu-xiaoyan", "2026-02-11T09:00");
  EXPECT_EQ(m["tasks_due"], 0);
  EXPECT_DOUBLE_EQ(m["on_time_rate"], 1);
  EXPECT_EQ(m["milestones_due"], 1);  // the summary's 签收 on Monday 17:30
  EXPECT_EQ(m["milestones_met"], 0);
  EXPECT_DOUBLE_EQ(m["milestone_rate"], 0);
}

TEST_F(WeekMetrics, MilestonesAreMetOnlyByTheirTime) {
  act(TaskAction::ack, id("summary.office"), "liu-xiaoyan", "2026-02-09T10:00");
  act(TaskAction::done, id("summary.office"), "liu-xiaoyan", "2026-02-12T16:00");
  act(TaskAction::done, id("summary.general"), "zheng-wei", "2026-02-13T15:00");
  // Office: the summary's two milestones met; the plan's two and the
  // weekly information's 签收 (Friday 17:30) not.
  auto office = of("liu-xiaoyan");
  EXPECT_EQ(office["milestones_due"], 5);
  EXPECT_EQ(office["milestones_met"], 2);
  EXPECT_DOUBLE_EQ(office["milestone_rate"], 0.4);
  // Closing at 15:00 meets the summary's milestones, but too late for both.
  auto general = of("zheng-wei");
  EXPECT_EQ(general["milestones_due"], 4);
  EXPECT_EQ(general["milestones_met"], 0);
}

TEST_F(WeekMetrics, ChasesAndExtensionsInTheWeek) {
  act(TaskAction::chase, id("summary.trade"), "zhang-jianguo", "2026-02-12T09:00");
  act(TaskAction::chase, id("summary.trade"), "zhao-liping", "2026-02-12T10:00");
  ActionRequest until;
  until.new_due = "2026-02-20";
  until.reason = "等待企业补报";
  act(TaskAction::extend, id("summary.industry"), "yang-fan", "2026-02-10T10:00", until);
  act(TaskAction::approve, id("summary.industry"), "wang-zhiqiang", "2026-02-10T11:00");
  auto trade = of("lin-fang");
  EXPECT_EQ(trade["chases"], 2);
  EXPECT_EQ(trade["extensions_requested"], 0);
  auto industry = of("yang-fan");
  EXPECT_EQ(industry["extensions_requested"], 1);
  EXPECT_EQ(industry["extensions_approved"], 1);
  // The extended summary is now due next week: only the plan is judged.
  EXPECT_EQ(industry["tasks_due"], 1);
  // Chases before the week or after now do not count.
  EXPECT_EQ(of("lin-fang", "2026-02-12T09:30")["chases"], 1);
}

TEST_F(WeekMetrics, EscalationsCountTheStepsTakenOnThePersonsTasks) {
  {
    auto writer = store_->write();
    tick(workspace_->definitions(), *writer, at("2026-02-13T18:00"));
    writer->commit();
  }
  auto m = of("feng-jun", "2026-02-13T19:00");
  EXPECT_GE(m["escalations"], 1);
  std::int64_t steps = 0;
  for (const auto& e : store_->events({})) {
    if (e.type != "task.escalated") continue;
    auto t = store_->task(e.task);
    if (t && t->owners.front() == "feng-jun") ++steps;
  }
  EXPECT_EQ(m["escalations"], steps);
}

TEST_F(WeekMetrics, EveryPersonGetsEveryMetric) {
  auto all = week_metrics(*store_, *parse_period("2026-W07"), test::local("2026-02-13T18:00"),
                          {"sun-hao", "liu-xiaoyan"});
  ASSERT_EQ(all.size(), 2u);
  for (const auto& [person, values] : all) {
    for (const auto& info : metric_infos()) EXPECT_TRUE(values.contains(info.name)) << info.name;
  }
  EXPECT_EQ(all["sun-hao"]["tasks_due"], 0);
}

}  // namespace
}  // namespace duban
