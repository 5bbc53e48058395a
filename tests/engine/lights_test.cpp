// Lights against milestones, and escalation by tick, on the in-memory store;
// two ticks at once on SQLite, whose connections really do run concurrently.

#include <gmock/gmock.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "engine/engine_fixture.hpp"
#include "engine/lights.hpp"
#include "engine/tick.hpp"
#include "engine/verify.hpp"
#include "support/local_time.hpp"

namespace duban {
namespace {

using ::testing::HasSubstr;

// A task with two milestones: acknowledge by Monday evening, close by Friday noon.
Task two_milestones() {
  Task t;
  t.state = TaskState::ready;
  t.due = test::local("2026-03-06T12:00");
  t.milestones = {{"", "签收", test::local("2026-03-02T17:30"), MetBy::ack, {}},
                  {"", "办结", test::local("2026-03-06T12:00"), MetBy::done, {}}};
  return t;
}

class Lights : public test::EngineFixture {
 protected:
  LightAssessment light(const Task& t, const std::string& now) {
    return assess_light(t, test::local(now), &workspace_->policies.at("13710"),
                        workspace_->calendar);
  }
};

TEST_F(Lights, GreenYellowRed) {
  auto t = two_milestones();
  EXPECT_EQ(light(t, "2026-02-27T09:00").light, Light::green);
  // Within one workday of the acknowledgement milestone.
  EXPECT_EQ(light(t, "2026-03-02T09:00").light, Light::yellow);
  const auto red = light(t, "2026-03-03T09:00");
  EXPECT_EQ(red.light, Light::red);
  EXPECT_EQ(red.milestone, "签收");
  EXPECT_EQ(red.days_late, 1);
}

TEST_F(Lights, RedStaysUntilTheTaskCatchesUp) {
  auto t = two_milestones();
  EXPECT_EQ(light(t, "2026-03-04T09:00").light, Light::red);
  t.milestones[0].met_at = test::local("2026-03-04T10:00");
  EXPECT_EQ(light(t, "2026-03-04T11:00").light, Light::green);
  EXPECT_EQ(light(t, "2026-03-05T11:00").light, Light::green);
  EXPECT_EQ(light(t, "2026-03-05T13:00").light, Light::yellow);  // within a workday of Friday noon
}

TEST_F(Lights, AnApprovedExtensionMovesTheClosingMilestone) {
  auto t = two_milestones();
  t.milestones[0].met_at = test::local("2026-03-02T10:00");
  EXPECT_EQ(light(t, "2026-03-06T13:00").light, Light::red);
  t.due = test::local("2026-03-10T17:30");
  EXPECT_EQ(light(t, "2026-03-06T13:00").light, Light::green);
}

TEST_F(Lights, ClosedTasksHaveNoLight) {
  auto t = two_milestones();
  t.state = TaskState::done;
  EXPECT_EQ(light(t, "2026-03-10T09:00").light, Light::none);
}

class Tick : public test::EngineFixture {
 protected:
  TickReport run_tick(const std::string& when) {
    auto writer = store_->write();
    auto report = tick(workspace_->definitions(), *writer, at(when));
    writer->commit();
    return report;
  }
};

TEST_F(Tick, EscalatesOneStepPerMissedMilestoneOnce) {
  create("weekly-planning", "2026-W10", "2026-03-02T08:00");
  run_tick("2026-03-02T18:00");  // the 签收 milestone of the summaries has passed
  auto t = task("weekly-planning/2026-W10/summary.industry");
  EXPECT_EQ(t.light, Light::red);
  EXPECT_EQ(t.escalation_level, 1);
  const auto events = event_count();
  run_tick("2026-03-02T18:05");
  run_tick("2026-03-02T18:10");
  EXPECT_EQ(event_count(), events);  // nothing new: each step is recorded once
  run_tick("2026-03-06T13:00");      // the closing milestone is missed too
  t = task("weekly-planning/2026-W10/summary.industry");
  // The routine policy's chain is owner → unit chief → leader in charge; for
  // industry the owner is the chief (杨帆), so the chain is 杨帆 → 王志强 and
  // a second missed milestone has nowhere further to go.
  EXPECT_EQ(t.escalation_level, 1);
  EventQuery q;
  q.task = t.id;
  std::vector<std::string> targets;
  for (const auto& e : store_->events(q)) {
    if (e.type == "task.escalated") targets.push_back(nlohmann::json::parse(e.payload)["to"]);
  }
  EXPECT_THAT(targets, ::testing::ElementsAre("wang-zhiqiang"));
  EXPECT_TRUE(verify_store(*store_).ok());
}

TEST_F(Tick, The13710ChainClimbsToTheBureauHead) {
  Task t;
  t.owners = {"zhu-peng"};
  t.unit = "industry";
  const auto& policy = workspace_->policies.at("13710");
  std::vector<std::string> chain;
  for (const auto& step : policy.escalate) chain.push_back(escalation_target(step, t, workspace_->org));
  EXPECT_THAT(chain, ::testing::ElementsAre("zhu-peng", "yang-fan", "wang-zhiqiang", "zhang-jianguo"));
}

TEST_F(Tick, OpensRecurringRunsOnTheirDayOnlyOnce) {
  auto report = run_tick("2026-03-02T09:00");
  EXPECT_THAT(report.runs_created, ::testing::Contains("weekly-planning/2026-W10"));
  EXPECT_TRUE(run_tick("2026-03-02T09:15").runs_created.empty());
  // A run whose opening is more than a week past is not opened by tick.
  EXPECT_THAT(report.runs_created, ::testing::Not(::testing::Contains("responsibility-list/2026")));
}

class TickOnSqlite : public Tick {
 protected:
  std::unique_ptr<Store> open_test_store() override { return open_sqlite_store(); }
};

TEST_F(TickOnSqlite, TwoTicksAtOnceDuplicateNothing) {
  create("weekly-planning", "2026-W10", "2026-03-02T08:00");
  auto second_store = open_store("sqlite:duban.db", dir_.path());
  std::thread other([&] {
    auto writer = second_store->write();
    tick(workspace_->definitions(), *writer, at("2026-03-02T18:00"));
    writer->commit();
  });
  run_tick("2026-03-02T18:00");
  other.join();
  // Every escalation and light change happened exactly once.
  std::map<std::string, int> escalations;
  for (const auto& e : store_->events({})) {
    if (e.type == "task.escalated") ++escalations[e.task + nlohmann::json::parse(e.payload)["level"].dump()];
  }
  for (const auto& [key, count] : escalations) EXPECT_EQ(count, 1) << key;
  EXPECT_FALSE(escalations.empty());
  EXPECT_TRUE(verify_store(*store_).ok());
}

}  // namespace
}  // namespace duban
