// Several connections writing one file, as several duban processes do.
// The steps are ordered with promises, never with sleeps or the clock.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <exception>
#include <future>
#include <thread>

#include "store_fixture.hpp"

namespace duban {
namespace {

using test::sample_event;

// Runs `body` on a thread; join() rethrows what it threw.
class Worker {
 public:
  template <class Body>
  explicit Worker(Body body)
      : thread_([this, body]() mutable {
          try {
            body();
          } catch (...) {
            error_ = std::current_exception();
          }
        }) {}
  void join() {
    thread_.join();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::exception_ptr error_;
  std::thread thread_;  // last: starts after error_ exists
};

TEST(Concurrency, SecondWriterWaitsForTheFirstToCommit) {
  test::StoreFolder folder;
  { SqliteStore create(folder.db()); }
  std::promise<EventRecord> first_holds_the_lock;
  std::promise<void> second_is_starting;
  Worker first([&] {
    SqliteStore store(folder.db());
    auto writer = store.write();
    try {
      first_holds_the_lock.set_value(writer->append(sample_event("first")));
    } catch (...) {
      first_holds_the_lock.set_exception(std::current_exception());
      throw;
    }
    second_is_starting.get_future().wait();
    writer->commit();
  });
  const EventRecord first_event = first_holds_the_lock.get_future().get();
  SqliteStore store(folder.db());
  second_is_starting.set_value();
  auto writer = store.write();  // waits (busy timeout) until the first commits
  const EventRecord second_event = writer->append(sample_event("second"));
  writer->commit();
  first.join();

  // The second transaction began after the first committed: it saw its event.
  EXPECT_EQ(second_event.prev_hash, first_event.hash);
  const auto events = store.events({});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].type, "first");
  EXPECT_EQ(events[1].type, "second");
}

TEST(Concurrency, ManyWritersKeepOneUnbrokenChain) {
  constexpr int kWriters = 4;
  constexpr int kWritesEach = 50;
  test::StoreFolder folder;
  std::vector<std::unique_ptr<Worker>> workers;
  for (int w = 0; w < kWriters; ++w) {
    // Each opens the (possibly not yet created) file itself, as a process would.
    workers.push_back(std::make_unique<Worker>([&folder, w] {
      SqliteStore store(folder.db());
      for (int i = 0; i < kWritesEach; ++i) {
        auto writer = store.write();
        const std::string task = "w" + std::to_string(w) + "." + std::to_string(i);
        writer->append(sample_event("task.done", task));
        writer->put_task(test::sample_task(task));
        writer->commit();
      }
    }));
  }
  for (auto& worker : workers) worker->join();

  SqliteStore store(folder.db());
  const auto events = store.events({});
  ASSERT_EQ(events.size(), static_cast<std::size_t>(kWriters * kWritesEach));
  for (std::size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(events[i].hash, event_hash(events[i]));
    EXPECT_EQ(events[i].prev_hash, i == 0 ? "" : events[i - 1].hash);
  }
  EXPECT_EQ(store.tasks({}).size(), static_cast<std::size_t>(kWriters * kWritesEach));
}

}  // namespace
}  // namespace duban
