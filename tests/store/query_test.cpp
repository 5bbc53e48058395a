// Task and event queries: every filter, alone and combined, and the order of
// the results. Runs on every backend (store_conformance.hpp).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "store_conformance.hpp"
#include "store_fixture.hpp"

namespace duban {
namespace {

using test::sample_event;
using test::sample_task;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Task ids of a query's result, in the store's order.
std::vector<std::string> keys(const std::vector<Task>& tasks) {
  std::vector<std::string> out;
  out.reserve(tasks.size());
  for (const auto& task : tasks) out.push_back(task.key);
  return out;
}

Task make_task(const std::string& key, const std::string& due, TaskState state) {
  Task task = sample_task(key);
  task.due = test::local(due);
  task.state = state;
  return task;
}

// Five tasks across two runs, units, owners, lights and states.
class TaskQueries : public test::StoreConformance {
 protected:
  void SetUp() override {
    Task a = make_task("a", "2026-02-10T18:00", TaskState::in_progress);
    Task b = make_task("b", "2026-02-09T12:00", TaskState::done);
    b.light = Light::none;
    Task c = make_task("c", "2026-02-12T09:00", TaskState::ready);
    c.unit = "finance";
    c.light = Light::red;
    c.owners = {"zhao.lei"};
    Task d = make_task("d", "2026-02-16T09:00", TaskState::cancelled);
    d.id = "monthly-report/2026-02/d";
    d.run = "monthly-report/2026-02";
    d.workflow = "monthly-report";
    Task e = make_task("e", "2026-02-10T18:00", TaskState::blocked);  // same due as a
    e.light = Light::green;
    e.owners = {"zhao.lei", "li.na"};
    auto writer = store_.write();
    for (const auto& task : {a, b, c, d, e}) writer->put_task(task);
    writer->commit();
  }

  std::vector<std::string> query(const TaskQuery& q) { return keys(store_.tasks(q)); }
};

INSTANTIATE_TEST_SUITE_P(, TaskQueries, test::every_store_backend(), test::backend_name);

TEST_P(TaskQueries, NoFilterReturnsAllByDueThenId) {
  EXPECT_THAT(query({}), ElementsAre("b", "a", "e", "c", "d"));
}

TEST_P(TaskQueries, ById) {
  TaskQuery q;
  q.id = sample_task("c").id;
  EXPECT_THAT(query(q), ElementsAre("c"));
}

TEST_P(TaskQueries, ByKey) {
  TaskQuery q;
  q.key = "d";
  EXPECT_THAT(query(q), ElementsAre("d"));
  q.run = "weekly-planning/2026-W07";  // d is in the monthly run
  EXPECT_THAT(query(q), IsEmpty());
}

TEST_P(TaskQueries, ByRunAndWorkflow) {
  TaskQuery by_run;
  by_run.run = "monthly-report/2026-02";
  EXPECT_THAT(query(by_run), ElementsAre("d"));
  TaskQuery by_workflow;
  by_workflow.workflow = "weekly-planning";
  EXPECT_THAT(query(by_workflow), ElementsAre("b", "a", "e", "c"));
}

TEST_P(TaskQueries, ByOwnerUsesEveryOwnerNotJustTheFirst) {
  TaskQuery q;
  q.owner = "zhao.lei";
  EXPECT_THAT(query(q), ElementsAre("e", "c"));
  q.owner = "wang.fang";
  EXPECT_THAT(query(q), ElementsAre("b", "a", "d"));
}

TEST_P(TaskQueries, ReassigningOwnersRewritesTheOwnerIndex) {
  Task a = *store_.task(sample_task("a").id);
  a.owners = {"zhao.lei"};
  auto writer = store_.write();
  writer->put_task(a);
  writer->commit();
  TaskQuery q;
  q.owner = "zhao.lei";
  EXPECT_THAT(query(q), ElementsAre("a", "e", "c"));
  q.owner = "wang.fang";
  EXPECT_THAT(query(q), ElementsAre("b", "d"));  // a no longer
}

TEST_P(TaskQueries, ByStates) {
  TaskQuery q;
  q.states = {TaskState::ready, TaskState::blocked};
  EXPECT_THAT(query(q), ElementsAre("e", "c"));
  q.states = {TaskState::acknowledged};
  EXPECT_THAT(query(q), IsEmpty());
}

TEST_P(TaskQueries, OpenOnlyDropsDoneAndCancelled) {
  TaskQuery q;
  q.open_only = true;
  EXPECT_THAT(query(q), ElementsAre("a", "e", "c"));
}

TEST_P(TaskQueries, DueRangeIsInclusiveFromExclusiveTo) {
  TaskQuery q;
  q.due_from = test::local("2026-02-10T18:00");
  q.due_to = test::local("2026-02-12T09:00");
  EXPECT_THAT(query(q), ElementsAre("a", "e"));
  // Whole days: from the start of the first, up to the start of the last.
  q.due_from = test::local("2026-02-10T00:00");
  q.due_to = test::local("2026-02-13T00:00");
  EXPECT_THAT(query(q), ElementsAre("a", "e", "c"));
}

TEST_P(TaskQueries, ByLightAndUnit) {
  TaskQuery by_light;
  by_light.light = Light::red;
  EXPECT_THAT(query(by_light), ElementsAre("c"));
  TaskQuery by_unit;
  by_unit.unit = "finance";
  EXPECT_THAT(query(by_unit), ElementsAre("c"));
}

TEST_P(TaskQueries, FiltersCombine) {
  TaskQuery q;
  q.owner = "li.na";
  q.open_only = true;
  q.due_to = test::local("2026-02-11T00:00");
  q.light = Light::green;
  EXPECT_THAT(query(q), ElementsAre("e"));
}

TEST_P(TaskQueries, NoLightMeansTheClosedTasks) {
  TaskQuery q;
  q.light = Light::none;
  EXPECT_THAT(query(q), ElementsAre("b"));
}

TEST_P(TaskQueries, AnOwnerListedTwiceMatchesOnce) {
  Task f = make_task("f", "2026-02-01T00:00", TaskState::ready);
  f.owners = {"zhou.min", "zhou.min"};
  auto writer = store_.write();
  writer->put_task(f);
  writer->commit();
  TaskQuery q;
  q.owner = "zhou.min";
  EXPECT_THAT(query(q), ElementsAre("f"));
  EXPECT_THAT(store_.task(f.id)->owners, ElementsAre("zhou.min", "zhou.min"));
}

TEST_P(TaskQueries, WriterSeesItsOwnUncommittedTasks) {
  auto writer = store_.write();
  writer->put_task(make_task("f", "2026-02-01T00:00", TaskState::ready));
  TaskQuery q;
  q.states = {TaskState::ready};
  EXPECT_THAT(keys(writer->tasks(q)), ElementsAre("f", "c"));
}

class EventQueries : public test::StoreConformance {
 protected:
  void SetUp() override {
    auto writer = store_.write();
    writer->append(at("2026-02-10T09:00", sample_event("task.started", "t1")));  // 1
    writer->append(at("2026-02-11T09:00", sample_event("task.started", "t2")));  // 2
    EventRecord other_run = sample_event("run.created", "");
    other_run.run = "other";
    writer->append(at("2026-02-11T17:30", other_run));                        // 3
    writer->append(at("2026-02-12T08:00", sample_event("task.done", "t1")));  // 4
    writer->commit();
  }

  static EventRecord at(const std::string& time, EventRecord event) {
    event.time = time;
    return event;
  }

  std::vector<std::int64_t> ids(const EventQuery& q) {
    std::vector<std::int64_t> out;
    for (const auto& event : store_.events(q)) out.push_back(event.id);
    return out;
  }
};

INSTANTIATE_TEST_SUITE_P(, EventQueries, test::every_store_backend(), test::backend_name);

TEST_P(EventQueries, AllInIdOrder) {
  EXPECT_THAT(ids({}), ElementsAre(1, 2, 3, 4));
}

TEST_P(EventQueries, ByTaskAndRun) {
  EventQuery by_task;
  by_task.task = "t1";
  EXPECT_THAT(ids(by_task), ElementsAre(1, 4));
  EventQuery by_run;
  by_run.run = "other";
  EXPECT_THAT(ids(by_run), ElementsAre(3));
}

TEST_P(EventQueries, AfterIdAndLimit) {
  EventQuery q;
  q.after_id = 1;
  EXPECT_THAT(ids(q), ElementsAre(2, 3, 4));
  q.limit = 2;
  EXPECT_THAT(ids(q), ElementsAre(2, 3));
  q.task = "t1";
  EXPECT_THAT(ids(q), ElementsAre(4));
}

TEST_P(EventQueries, AfterTheLastIdThereIsNothing) {
  EventQuery q;
  q.after_id = store_.last_event_id();
  EXPECT_EQ(q.after_id, 4);
  EXPECT_THAT(ids(q), IsEmpty());
}

// Bounds compare with the stored time text, so a date alone is the start of
// that day: from inclusive, to exclusive.
TEST_P(EventQueries, ByTimeFromInclusiveToExclusive) {
  EventQuery q;
  q.time_from = "2026-02-11T09:00";
  q.time_to = "2026-02-12T08:00";
  EXPECT_THAT(ids(q), ElementsAre(2, 3));
  q.time_from = "2026-02-11";
  q.time_to = "2026-02-12";
  EXPECT_THAT(ids(q), ElementsAre(2, 3));
  q.time_to = "";
  EXPECT_THAT(ids(q), ElementsAre(2, 3, 4));
}

TEST_P(EventQueries, FiltersCombineAndTheLimitCountsMatches) {
  EventQuery q;
  q.run = "weekly-planning/2026-W07";
  q.time_from = "2026-02-11";
  EXPECT_THAT(ids(q), ElementsAre(2, 4));
  q.limit = 1;
  EXPECT_THAT(ids(q), ElementsAre(2));
}

}  // namespace
}  // namespace duban
