#include <gmock/gmock.h>

#include "engine/reducer.hpp"
#include "support/local_time.hpp"
#include "model/task_state.hpp"

namespace duban {
namespace {

TEST(TaskStateMachine, AllowedTransitions) {
  EXPECT_EQ(next_state(TaskAction::ack, TaskState::ready), TaskState::acknowledged);
  EXPECT_FALSE(next_state(TaskAction::ack, TaskState::pending));
  EXPECT_FALSE(next_state(TaskAction::done, TaskState::pending));
  EXPECT_EQ(next_state(TaskAction::done, TaskState::blocked), TaskState::done);
  EXPECT_EQ(next_state(TaskAction::start, TaskState::blocked), TaskState::in_progress);
  EXPECT_FALSE(next_state(TaskAction::done, TaskState::done));
  EXPECT_FALSE(next_state(TaskAction::cancel, TaskState::cancelled));
  EXPECT_EQ(next_state(TaskAction::reassign, TaskState::returned), TaskState::ready);
  EXPECT_EQ(next_state(TaskAction::note, TaskState::done), TaskState::done);
  EXPECT_FALSE(next_state(TaskAction::chase, TaskState::done));
}

TEST(Reducer, UnknownEventTypeIsRefused) {
  Task task;
  EventRecord e;
  e.type = "task.teleported";
  EXPECT_THROW(apply_task_event(e, task), std::invalid_argument);
}

TEST(Reducer, RebuildFoldsRunsAndTasks) {
  EventRecord run{1, "2026-02-09T09:00", "system", "w/2026-W07", "", event_type::run_created,
                  R"({"workflow":"w","period":"2026-W07","title":"周","task_count":1})", "", "", ""};
  EventRecord created{2, "2026-02-09T09:00", "system", "w/2026-W07", "w/2026-W07/a", event_type::task_created,
                      R"({"workflow":"w","key":"a","title":"甲","unit":"office","owners":["p"],"state":"ready",)"
                      R"("start":"2026-02-09T09:00","due":"2026-02-13T17:30","policy":"13710","class":"ordinary",)"
                      R"("kind":"human","depends_on":[],"tags":[],"weight":1.0,)"
                      R"("milestones":[{"action":"ack","name":"签收","at":"2026-02-09T17:30","met_by":"ack"}],"detail":{}})",
                      "", "", ""};
  EventRecord done{3, "2026-02-10T10:00", "p", "w/2026-W07", "w/2026-W07/a", event_type::task_done, "{}", "", "", ""};
  const auto state = rebuild({run, created, done});
  ASSERT_EQ(state.runs.size(), 1u);
  EXPECT_EQ(state.runs.at("w/2026-W07").task_count, 1);
  const auto& task = state.tasks.at("w/2026-W07/a");
  EXPECT_EQ(task.state, TaskState::done);
  EXPECT_EQ(task.done_at, test::local("2026-02-10T10:00"));
  EXPECT_EQ(task.light, Light::none);
  EXPECT_EQ(task.version, 2);
  ASSERT_EQ(task.milestones.size(), 1u);
  EXPECT_EQ(task.milestones[0].met_at, test::local("2026-02-10T10:00"));
}

}  // namespace
}  // namespace duban
