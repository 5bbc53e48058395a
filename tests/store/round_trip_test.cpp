// What every store keeps and gives back: each field of runs, tasks and
// events; ids and hashes; whole-row replacement; one run per workflow and
// period; rollback. Runs on every backend (store_conformance.hpp); only
// Reopen is SQLite's own.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store_conformance.hpp"
#include "store_fixture.hpp"

namespace duban {
namespace {

using test::sample_event;
using test::sample_run;
using test::sample_task;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

class RoundTrip : public test::StoreConformance {};

INSTANTIATE_TEST_SUITE_P(, RoundTrip, test::every_store_backend(), test::backend_name);

TEST_P(RoundTrip, RunKeepsEveryField) {
  const duban::Run run = sample_run();
  auto writer = store_.write();
  writer->put_run(run);
  EXPECT_EQ(writer->run(run.id), run);  // visible inside the transaction
  EXPECT_EQ(writer->run("nope"), std::nullopt);
  writer->commit();
  EXPECT_THAT(store_.runs(), ElementsAre(run));
}

TEST_P(RoundTrip, LastEventIdFollowsTheLog) {
  EXPECT_EQ(store_.last_event_id(), 0);
  auto writer = store_.write();
  writer->append(sample_event());
  writer->append(sample_event());
  writer->commit();
  EXPECT_EQ(store_.last_event_id(), 2);
}

TEST_P(RoundTrip, TaskKeepsEveryField) {
  const Task task = sample_task();
  auto writer = store_.write();
  writer->put_task(task);
  EXPECT_EQ(writer->task(task.id), task);
  writer->commit();
  EXPECT_EQ(store_.task(task.id), task);
  EXPECT_EQ(store_.task("nope"), std::nullopt);
}

TEST_P(RoundTrip, EmptyListsAndDefaultsSurvive) {
  Task task;
  task.id = "t";
  auto writer = store_.write();
  writer->put_task(task);
  writer->commit();
  EXPECT_EQ(store_.task("t"), task);
}

// Lists are read by a fast path for plain ids and by the JSON parser for
// anything needing escapes; both must give back exactly what was stored.
TEST_P(RoundTrip, ListsWithQuotesEscapesAndChineseSurvive) {
  Task task = sample_task();
  task.owners = {"张三", "", "a,b", "say \"hi\"", "back\\slash", "tab\there", "[x]"};
  task.tags = {"党员", "\"", ","};
  task.depends_on = {"run/2026-W07/a", "run/2026-W07/b"};
  auto writer = store_.write();
  writer->put_task(task);
  writer->commit();
  EXPECT_EQ(store_.task(task.id), task);
}

TEST_P(RoundTrip, EventKeepsEveryFieldAndGetsIdAndHash) {
  auto writer = store_.write();
  const EventRecord appended = writer->append(sample_event());
  writer->commit();
  EXPECT_EQ(appended.id, 1);
  EXPECT_EQ(appended.prev_hash, "");
  EXPECT_EQ(appended.hash, event_hash(appended));
  EventRecord expected = sample_event();
  expected.id = 1;
  expected.hash = appended.hash;
  EXPECT_THAT(store_.events({}), ElementsAre(expected));
}

TEST_P(RoundTrip, PutRunAndPutTaskReplaceTheRow) {
  duban::Run run = sample_run();
  Task task = sample_task();
  auto writer = store_.write();
  writer->put_run(run);
  writer->put_task(task);
  run.task_count = 13;
  run.title = "renamed";
  task.state = TaskState::done;
  task.version = 8;
  task.owners = {"zhao.lei"};
  writer->put_run(run);
  writer->put_task(task);
  writer->commit();
  EXPECT_THAT(store_.runs(), ElementsAre(run));
  EXPECT_EQ(store_.task(task.id), task);
}

// The runs table's UNIQUE (workflow, period): one run per period, whatever
// its id. A refused put changes nothing and the transaction goes on.
TEST_P(RoundTrip, AnotherRunForTheSamePeriodIsRefused) {
  auto writer = store_.write();
  writer->put_run(sample_run());
  duban::Run twin = sample_run();
  twin.id = "another-id";
  EXPECT_THROW(writer->put_run(twin), StoreError);
  duban::Run other_workflow = twin;
  other_workflow.workflow = "monthly-report";
  writer->put_run(other_workflow);
  writer->commit();
  EXPECT_THAT(store_.runs(), ElementsAre(other_workflow, sample_run()));
}

TEST_P(RoundTrip, MovingARunOntoAnotherRunsPeriodIsRefused) {
  auto writer = store_.write();
  writer->put_run(sample_run("2026-W07"));
  duban::Run next = sample_run("2026-W08");
  writer->put_run(next);
  next.period = "2026-W07";
  EXPECT_THROW(writer->put_run(next), StoreError);
  EXPECT_EQ(writer->run(next.id), sample_run("2026-W08"));
}

TEST_P(RoundTrip, EventsChainEachToThePrevious) {
  {
    auto writer = store_.write();
    writer->append(sample_event("task.started"));
    writer->append(sample_event("task.done"));
    writer->commit();
  }
  {
    // A new writer reads the last hash from the database, not its cache.
    auto writer = store_.write();
    writer->append(sample_event("task.reopened"));
    writer->commit();
  }
  const auto events = store_.events({});
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].prev_hash, "");
  for (std::size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(events[i].id, static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(events[i].hash, event_hash(events[i]));
    if (i > 0) {
      EXPECT_EQ(events[i].prev_hash, events[i - 1].hash);
    }
  }
}

TEST_P(RoundTrip, StoreIgnoresTheCallersIdAndHashes) {
  EventRecord event = sample_event();
  event.id = 99;
  event.prev_hash = "forged";
  event.hash = "forged";
  auto writer = store_.write();
  const EventRecord appended = writer->append(event);
  EXPECT_EQ(appended.id, 1);
  EXPECT_EQ(appended.prev_hash, "");
  EXPECT_EQ(appended.hash, event_hash(appended));
}

TEST_P(RoundTrip, WriterDestroyedWithoutCommitLeavesNothing) {
  {
    auto writer = store_.write();
    writer->append(sample_event());
    writer->put_run(sample_run());
    writer->put_task(sample_task());
  }
  EXPECT_THAT(store_.events({}), IsEmpty());
  EXPECT_THAT(store_.runs(), IsEmpty());
  EXPECT_THAT(store_.tasks({}), IsEmpty());
  TaskQuery by_owner;
  by_owner.owner = "li.na";
  EXPECT_THAT(store_.tasks(by_owner), IsEmpty());
  // The rolled-back event's id is free again: the log has no gaps.
  auto writer = store_.write();
  EXPECT_EQ(writer->append(sample_event()).id, 1);
}

TEST_P(RoundTrip, WriterRefusesWritesAfterCommit) {
  auto writer = store_.write();
  writer->commit();
  EXPECT_THROW(writer->append(sample_event()), StoreError);
  EXPECT_THROW(writer->put_task(sample_task()), StoreError);
  EXPECT_THROW(writer->put_run(sample_run()), StoreError);
  EXPECT_THROW(writer->put_record({"t", "1", "{}", "", "", 1}), StoreError);
  EXPECT_THROW(writer->savepoint("s"), StoreError);
  EXPECT_THROW(writer->commit(), StoreError);
  EXPECT_THAT(store_.events({}), IsEmpty());
  EXPECT_THAT(store_.runs(), IsEmpty());
}

TEST_P(RoundTrip, AHealthyStorePassesTheIntegrityCheck) {
  auto writer = store_.write();
  writer->put_task(sample_task());
  writer->append(sample_event());
  writer->commit();
  EXPECT_NO_THROW(store_.check_integrity());
}

TEST(Reopen, KeepsTheData) {
  test::StoreFolder folder;
  {
    SqliteStore store(folder.db());
    auto writer = store.write();
    writer->put_run(sample_run());
    writer->put_task(sample_task());
    writer->append(sample_event());
    writer->commit();
  }
  SqliteStore reopened(folder.db());
  EXPECT_THAT(reopened.runs(), ElementsAre(sample_run()));
  EXPECT_EQ(reopened.task(sample_task().id), sample_task());
  const auto events = reopened.events({});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, "task.done");
  // The chain continues across the reopen.
  auto writer = reopened.write();
  EXPECT_EQ(writer->append(sample_event()).prev_hash, events[0].hash);
}

}  // namespace
}  // namespace duban
