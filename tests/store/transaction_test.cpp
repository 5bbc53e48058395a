// Write transactions: what other readers see before and after commit, one
// writer at a time, and savepoints nested inside a transaction (plugin code
// runs between savepoint() and release(), and is undone by rollback_to()).
// Runs on every backend (store_conformance.hpp).

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

PluginRecord sample_record(const std::string& id = "r1") {
  return {"test.note", id, R"({"n":1})", "2026-02-10T09:00", "2026-02-10T09:00", 1};
}

// The keys of every task, in the store's order.
std::vector<std::string> task_keys(const std::vector<Task>& tasks) {
  std::vector<std::string> keys;
  keys.reserve(tasks.size());
  for (const auto& task : tasks) keys.push_back(task.key);
  return keys;
}

std::vector<std::string> event_types(const std::vector<EventRecord>& events) {
  std::vector<std::string> types;
  types.reserve(events.size());
  for (const auto& event : events) types.push_back(event.type);
  return types;
}

class Transactions : public test::StoreConformance {};

INSTANTIATE_TEST_SUITE_P(, Transactions, test::every_store_backend(), test::backend_name);

TEST_P(Transactions, UncommittedWritesAreInvisibleToOtherReaders) {
  Store& reader = other_reader();
  auto writer = store_.write();
  writer->put_run(sample_run());
  writer->put_task(sample_task());
  writer->put_record(sample_record());
  writer->append(sample_event());
  EXPECT_THAT(reader.runs(), IsEmpty());
  EXPECT_THAT(reader.tasks({}), IsEmpty());
  EXPECT_EQ(reader.task(sample_task().id), std::nullopt);
  EXPECT_EQ(reader.record("test.note", "r1"), std::nullopt);
  EXPECT_THAT(reader.events({}), IsEmpty());
  EXPECT_EQ(reader.last_event_id(), 0);
  writer->commit();
  EXPECT_THAT(reader.runs(), ElementsAre(sample_run()));
  EXPECT_EQ(reader.task(sample_task().id), sample_task());
  EXPECT_EQ(reader.record("test.note", "r1"), sample_record());
  EXPECT_EQ(reader.last_event_id(), 1);
}

TEST_P(Transactions, ReadsThroughTheWriterSeeItsOwnWrites) {
  auto writer = store_.write();
  writer->put_run(sample_run());
  writer->put_task(sample_task("a"));
  writer->put_task(sample_task("b"));
  writer->put_record(sample_record());
  EXPECT_EQ(writer->run(sample_run().id), sample_run());
  EXPECT_EQ(writer->task(sample_task("a").id), sample_task("a"));
  EXPECT_THAT(task_keys(writer->tasks({})), ElementsAre("a", "b"));
  EXPECT_THAT(writer->records("test.note"), ElementsAre(sample_record()));
  EXPECT_EQ(writer->record("test.note", "r1"), sample_record());
}

TEST_P(Transactions, ASecondWriterWhileOneIsOpenIsRefused) {
  auto first = store_.write();
  first->append(sample_event());
  EXPECT_THROW(store_.write(), StoreError);
  // The first goes on as if nothing happened.
  first->append(sample_event());
  first->commit();
  EXPECT_EQ(other_reader().last_event_id(), 2);
}

TEST_P(Transactions, ANewWriterMayBeginOnceTheLastCommittedOrEnded) {
  auto committed = store_.write();
  committed->append(sample_event("first"));
  committed->commit();
  {
    auto dropped = store_.write();  // while `committed` still exists
    dropped->append(sample_event("dropped"));
  }
  auto last = store_.write();
  last->append(sample_event("last"));
  last->commit();
  EXPECT_THAT(event_types(store_.events({})), ElementsAre("first", "last"));
}

TEST_P(Transactions, ACommittedWriterReadsTheCommittedState) {
  auto writer = store_.write();
  writer->put_task(sample_task("a"));
  writer->commit();
  EXPECT_EQ(writer->task(sample_task("a").id), sample_task("a"));
}

class Savepoints : public test::StoreConformance {
 protected:
  // One task, one event and one record written before any savepoint.
  void SetUp() override {
    writer_ = store_.write();
    writer_->put_task(sample_task("kept"));
    writer_->append(sample_event("kept"));
    writer_->put_record(sample_record("kept"));
  }

  // Writes a task, an event and a record named `what`, and changes the kept task.
  void write(const std::string& what) {
    writer_->put_task(sample_task(what));
    writer_->append(sample_event(what));
    writer_->put_record(sample_record(what));
    Task kept = sample_task("kept");
    kept.title = "changed by " + what;
    writer_->put_task(kept);
  }

  std::vector<std::string> tasks() { return task_keys(writer_->tasks({})); }

  std::unique_ptr<StoreWriter> writer_;
};

INSTANTIATE_TEST_SUITE_P(, Savepoints, test::every_store_backend(), test::backend_name);

TEST_P(Savepoints, RollbackToUndoesWhatWasWrittenSinceAndEndsIt) {
  writer_->savepoint("hook");
  write("hook");
  writer_->rollback_to("hook");
  EXPECT_THAT(tasks(), ElementsAre("kept"));
  EXPECT_EQ(writer_->task(sample_task("kept").id), sample_task("kept"));
  EXPECT_EQ(writer_->record("test.note", "hook"), std::nullopt);
  EXPECT_THROW(writer_->release("hook"), StoreError);  // rolled back is released
  // The undone event's id is given again, chained to the kept event.
  const EventRecord next = writer_->append(sample_event("after"));
  writer_->commit();
  const auto events = store_.events({});
  EXPECT_THAT(event_types(events), ElementsAre("kept", "after"));
  EXPECT_EQ(next.id, 2);
  EXPECT_EQ(next.prev_hash, events[0].hash);
}

TEST_P(Savepoints, ReleaseKeepsWhatWasWritten) {
  writer_->savepoint("hook");
  write("hook");
  writer_->release("hook");
  writer_->commit();
  EXPECT_THAT(task_keys(store_.tasks({})), ElementsAre("hook", "kept"));
  EXPECT_EQ(store_.task(sample_task("kept").id)->title, "changed by hook");
  EXPECT_THAT(event_types(store_.events({})), ElementsAre("kept", "hook"));
}

TEST_P(Savepoints, RollingBackAnInnerOneKeepsTheOuterOnesWrites) {
  writer_->savepoint("outer");
  write("outer");
  writer_->savepoint("inner");
  write("inner");
  writer_->rollback_to("inner");
  writer_->release("outer");
  writer_->commit();
  EXPECT_THAT(task_keys(store_.tasks({})), ElementsAre("kept", "outer"));
  EXPECT_EQ(store_.task(sample_task("kept").id)->title, "changed by outer");
  EXPECT_THAT(event_types(store_.events({})), ElementsAre("kept", "outer"));
}

TEST_P(Savepoints, RollingBackAnOuterOneUndoesAndEndsTheInnerOnes) {
  writer_->savepoint("outer");
  write("outer");
  writer_->savepoint("inner");
  write("inner");
  writer_->rollback_to("outer");
  EXPECT_THROW(writer_->release("inner"), StoreError);
  EXPECT_THROW(writer_->rollback_to("outer"), StoreError);
  writer_->commit();
  EXPECT_THAT(task_keys(store_.tasks({})), ElementsAre("kept"));
  EXPECT_THAT(event_types(store_.events({})), ElementsAre("kept"));
  EXPECT_THAT(store_.records(""), ElementsAre(sample_record("kept")));
}

TEST_P(Savepoints, ReleasingAnOuterOneEndsTheInnerOnesAndKeepsTheirWrites) {
  writer_->savepoint("outer");
  writer_->savepoint("inner");
  write("inner");
  writer_->release("outer");
  EXPECT_THROW(writer_->rollback_to("inner"), StoreError);
  writer_->commit();
  EXPECT_THAT(task_keys(store_.tasks({})), ElementsAre("inner", "kept"));
}

TEST_P(Savepoints, ARepeatedNameMeansTheNewest) {
  writer_->savepoint("hook");
  write("first");
  writer_->savepoint("hook");
  write("second");
  writer_->rollback_to("hook");
  EXPECT_THAT(tasks(), ElementsAre("first", "kept"));
  writer_->rollback_to("hook");  // now the older one
  EXPECT_THAT(tasks(), ElementsAre("kept"));
}

TEST_P(Savepoints, AnUnknownNameIsRefused) {
  EXPECT_THROW(writer_->release("nope"), StoreError);
  EXPECT_THROW(writer_->rollback_to("nope"), StoreError);
  writer_->commit();  // the transaction is intact
  EXPECT_THAT(task_keys(store_.tasks({})), ElementsAre("kept"));
}

TEST_P(Savepoints, AWriterDroppedWithSavepointsOpenLeavesNothing) {
  writer_->savepoint("outer");
  write("outer");
  writer_->savepoint("inner");
  writer_.reset();
  EXPECT_THAT(store_.tasks({}), IsEmpty());
  EXPECT_THAT(store_.events({}), IsEmpty());
  EXPECT_THAT(store_.records(""), IsEmpty());
}

}  // namespace
}  // namespace duban
