// One write transaction of the SQLite store.

#include <utility>

#include "store/sqlite_store.hpp"
#include "store/store_rows.hpp"

namespace duban {

SqliteStoreWriter::SqliteStoreWriter(std::shared_ptr<SqliteConnection> db)
    : db_(std::move(db)), transaction_(*db_) {}

void SqliteStoreWriter::check_open() const {
  // After commit the connection is back in autocommit mode: a further write
  // would silently be its own transaction.
  if (transaction_.committed()) {
    throw StoreError(db_->file() + ": this write transaction was already committed");
  }
}

std::optional<Run> SqliteStoreWriter::run(const std::string& id) {
  auto runs = select_runs(*db_, id);
  if (runs.empty()) return std::nullopt;
  return std::move(runs.front());
}

std::optional<Task> SqliteStoreWriter::task(const std::string& id) {
  return select_task(*db_, id);
}

std::vector<Task> SqliteStoreWriter::tasks(const TaskQuery& query) {
  return select_tasks(*db_, query);
}

EventRecord SqliteStoreWriter::append(EventRecord event) {
  check_open();
  if (!last_hash_) last_hash_ = last_event_hash(*db_);
  event.prev_hash = *last_hash_;
  event.hash = event_hash(event);
  event.id = insert_event(*db_, event);
  last_hash_ = event.hash;
  return event;
}

void SqliteStoreWriter::put_run(const Run& run) {
  check_open();
  upsert_run(*db_, run);
}

void SqliteStoreWriter::put_task(const Task& task) {
  check_open();
  upsert_task(*db_, task);
}

std::vector<PluginRecord> SqliteStoreWriter::records(const std::string& type) {
  return select_records(*db_, type);
}

std::optional<PluginRecord> SqliteStoreWriter::record(const std::string& type,
                                                      const std::string& id) {
  auto found = select_records(*db_, type, id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

void SqliteStoreWriter::put_record(const PluginRecord& record) {
  check_open();
  upsert_record(*db_, record);
}

namespace {

// Savepoint names are ours ("hook_3"), never user text; quoted anyway.
std::string quoted(const std::string& name) {
  return "\"" + name + "\"";
}

}  // namespace

void SqliteStoreWriter::savepoint(const std::string& name) {
  check_open();
  db_->exec("SAVEPOINT " + quoted(name));
}

void SqliteStoreWriter::release(const std::string& name) {
  check_open();
  db_->exec("RELEASE " + quoted(name));
}

void SqliteStoreWriter::rollback_to(const std::string& name) {
  check_open();
  db_->exec("ROLLBACK TO " + quoted(name) + "; RELEASE " + quoted(name));
  last_hash_.reset();  // events appended since the savepoint are gone: read it again
}

void SqliteStoreWriter::commit() {
  check_open();
  transaction_.commit();
}

}  // namespace duban
