// The engine on the in-memory store: runs, the lifecycle and its rules.
// Verification runs on SQLite too, where tampering is a write to the file.

#include <gmock/gmock.h>

#include <nlohmann/json.hpp>

#include "engine/engine_fixture.hpp"
#include "support/local_time.hpp"
#include "engine/verify.hpp"

namespace duban {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

ActionRequest with_text(std::string text) {
  ActionRequest r;
  r.text = std::move(text);
  return r;
}
ActionRequest with_reason(std::string reason) {
  ActionRequest r;
  r.reason = std::move(reason);
  return r;
}
ActionRequest with_owner(std::string owner) {
  ActionRequest r;
  r.owners = {std::move(owner)};
  return r;
}

class EngineTest : public test::EngineFixture {
 protected:
  const std::string run = "weekly-planning/2026-W07";
  std::string id(const std::string& key) { return run + "/" + key; }
  void verify_passes_after_work_and_names_tampering();
};

TEST_F(EngineTest, CreatingARunTwiceChangesNothing) {
  auto first = create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  EXPECT_TRUE(first.created);
  EXPECT_EQ(first.run.task_count, 14);
  const auto events = event_count();
  EXPECT_EQ(events, 15u);  // run.created + 14 task.created
  auto second = create("weekly-planning", "2026-W07", "2026-02-10T09:00");
  EXPECT_FALSE(second.created);
  EXPECT_EQ(stored_time(second.run.created_at), "2026-02-09T09:00");
  EXPECT_EQ(event_count(), events);
}

TEST_F(EngineTest, TasksWithoutDependenciesStartReadyOthersPending) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  EXPECT_EQ(task(id("summary.office")).state, TaskState::ready);
  EXPECT_EQ(task(id("plan.office")).state, TaskState::pending);
  EXPECT_EQ(stored_time(task(id("summary.office")).due), "2026-02-13T12:00");
  EXPECT_THAT(task(id("summary.office")).owners, ElementsAre("liu-xiaoyan"));
}

TEST_F(EngineTest, LifecycleAndDependentsBecomeReady) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  act(TaskAction::ack, id("summary.office"), "liu-xiaoyan", "2026-02-09T10:00");
  EXPECT_EQ(task(id("summary.office")).state, TaskState::acknowledged);
  act(TaskAction::start, id("summary.office"), "liu-xiaoyan", "2026-02-10T10:00");
  auto done = act(TaskAction::done, id("summary.office"), "liu-xiaoyan", "2026-02-12T16:00");
  EXPECT_EQ(done.task.state, TaskState::done);
  EXPECT_EQ(done.task.done_at, test::local("2026-02-12T16:00"));
  EXPECT_TRUE(done.now_ready.empty());  // dispatch waits for every section
  for (const char* unit : {"general", "industry", "trade", "investment", "agriculture"}) {
    auto t = task(id(std::string("summary.") + unit));
    act(TaskAction::done, t.id, t.owners.front(), "2026-02-13T11:00");
  }
  EXPECT_EQ(task(id("dispatch")).state, TaskState::ready);
}

TEST_F(EngineTest, KeysWorkWhenUnique) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  act(TaskAction::ack, "summary.office", "liu-xiaoyan", "2026-02-09T10:00");
  EXPECT_EQ(task(id("summary.office")).state, TaskState::acknowledged);
  create("weekly-planning", "2026-W08", "2026-02-16T09:00");
  try {
    act(TaskAction::ack, "summary.general", "zheng-wei", "2026-02-09T10:00");
    FAIL() << "an ambiguous key was accepted";
  } catch (const RuleError& e) {
    EXPECT_THAT(e.what(), HasSubstr("ambiguous"));
  }
}

TEST_F(EngineTest, ClosingATaskWhoseDependenciesAreOpenIsRefusedAndChangesNothing) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  const auto before = event_count();
  try {
    act(TaskAction::done, id("plan.office"), "liu-xiaoyan", "2026-02-13T17:00");
    FAIL();
  } catch (const RuleError& e) {
    EXPECT_THAT(e.what(), HasSubstr("it is pending (waiting for " + id("summary.office")));
  }
  EXPECT_EQ(event_count(), before);
  EXPECT_EQ(task(id("plan.office")).state, TaskState::pending);
}

TEST_F(EngineTest, ActingOnAnotherUnitsTaskIsRefused) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  // 杨帆 is the industry chief; the office summary is 刘晓燕's.
  EXPECT_THROW(act(TaskAction::done, id("summary.office"), "yang-fan", "2026-02-10T09:00"), RuleError);
  // 李文华 leads the office: allowed.
  act(TaskAction::note, id("summary.office"), "li-wenhua", "2026-02-10T09:00", with_text("请抓紧"));
}

TEST_F(EngineTest, UnknownTaskAndPerson) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  EXPECT_THROW(act(TaskAction::ack, "no-such-task", "liu-xiaoyan", "2026-02-09T10:00"), RuleError);
  try {
    act(TaskAction::ack, id("summary.office"), "liu-xiaoyn", "2026-02-09T10:00");
    FAIL();
  } catch (const RuleError& e) {
    EXPECT_THAT(e.what(), HasSubstr("unknown person 'liu-xiaoyn' (did you mean 'liu-xiaoyan'?)"));
  }
}

TEST_F(EngineTest, ExtensionIsApprovedByTheOwnersLeaderNeverByTheRequester) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  ActionRequest ext;
  ext.new_due = "2026-02-24";
  ext.reason = "等待企业补报";
  act(TaskAction::extend, id("summary.industry"), "yang-fan", "2026-02-12T09:00", ext);
  EXPECT_THROW(act(TaskAction::approve, id("summary.industry"), "yang-fan", "2026-02-12T10:00"), RuleError);
  act(TaskAction::approve, id("summary.industry"), "wang-zhiqiang", "2026-02-12T11:00");
  const auto t = task(id("summary.industry"));
  EXPECT_EQ(stored_time(t.due), "2026-02-24T17:30");
  EXPECT_EQ(stored_time(t.original_due), "2026-02-13T12:00");
}

TEST_F(EngineTest, ReasonsAreRequired) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  EXPECT_THROW(act(TaskAction::block, id("summary.trade"), "lin-fang", "2026-02-10T09:00"), RuleError);
  act(TaskAction::block, id("summary.trade"), "lin-fang", "2026-02-10T09:00", with_reason("系统故障"));
  EXPECT_EQ(task(id("summary.trade")).state, TaskState::blocked);
  act(TaskAction::start, id("summary.trade"), "lin-fang", "2026-02-11T09:00");
  EXPECT_EQ(task(id("summary.trade")).state, TaskState::in_progress);
}

TEST_F(EngineTest, ReturnedTaskIsReassignedReady) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  act(TaskAction::return_, id("summary.trade"), "lin-fang", "2026-02-09T11:00", with_reason("不属本科室职责"));
  EXPECT_EQ(task(id("summary.trade")).state, TaskState::returned);
  EXPECT_THROW(act(TaskAction::reassign, id("summary.trade"), "lin-fang", "2026-02-09T12:00", with_owner("gao-feng")),
               RuleError);
  act(TaskAction::reassign, id("summary.trade"), "zhao-liping", "2026-02-09T12:00", with_owner("gao-feng"));
  const auto t = task(id("summary.trade"));
  EXPECT_EQ(t.state, TaskState::ready);
  EXPECT_THAT(t.owners, ElementsAre("gao-feng"));
}

TEST_F(EngineTest, ChaseIsRecordedOnlyFromAboveTheOwner) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  EXPECT_THROW(act(TaskAction::chase, id("summary.office"), "liu-xiaoyan", "2026-02-12T09:00"), RuleError);
  act(TaskAction::chase, id("summary.office"), "zhang-jianguo", "2026-02-12T09:00", with_reason("明天截止"));
  EXPECT_EQ(task(id("summary.office")).chases, 1);
}

TEST_F(EngineTest, MilestonesAreMetByAcknowledgingAndClosing) {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  act(TaskAction::ack, id("summary.office"), "liu-xiaoyan", "2026-02-09T10:00");
  auto milestones = task(id("summary.office")).milestones;
  EXPECT_EQ(milestones[0].met_at, test::local("2026-02-09T10:00"));
  EXPECT_FALSE(milestones[1].met_at.has_value());
  act(TaskAction::done, id("summary.office"), "liu-xiaoyan", "2026-02-12T10:00");
  milestones = task(id("summary.office")).milestones;
  EXPECT_EQ(milestones[1].met_at, test::local("2026-02-12T10:00"));
}

// Works a task, verifies, then changes a task behind the engine's back.
void EngineTest::verify_passes_after_work_and_names_tampering() {
  create("weekly-planning", "2026-W07", "2026-02-09T09:00");
  act(TaskAction::ack, id("summary.office"), "liu-xiaoyan", "2026-02-09T10:00");
  act(TaskAction::done, id("summary.office"), "liu-xiaoyan", "2026-02-12T10:00");
  EXPECT_TRUE(verify_store(*store_).ok()) << verify_store(*store_).problem;
  // Tamper with current state behind the engine's back.
  auto writer = store_->write();
  auto t = writer->task(id("summary.general")).value();
  t.state = TaskState::done;
  writer->put_task(t);
  writer->commit();
  const auto report = verify_store(*store_);
  EXPECT_FALSE(report.ok());
  EXPECT_THAT(report.problem, HasSubstr("task " + id("summary.general") + " differs"));
}

TEST_F(EngineTest, VerifyPassesAfterWorkAndNamesTampering) {
  verify_passes_after_work_and_names_tampering();
}

class EngineOnSqlite : public EngineTest {
 protected:
  std::unique_ptr<Store> open_test_store() override { return open_sqlite_store(); }
};

TEST_F(EngineOnSqlite, VerifyPassesAfterWorkAndNamesTampering) {
  verify_passes_after_work_and_names_tampering();
}

}  // namespace
}  // namespace duban
