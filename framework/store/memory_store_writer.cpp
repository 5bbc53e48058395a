// One write transaction of the in-memory store: a private copy of the
// tables, made the store's on commit.

#include <algorithm>
#include <iterator>
#include <utility>

#include "store/memory_store.hpp"

namespace duban {

MemoryStoreWriter::MemoryStoreWriter(std::shared_ptr<MemoryDatabase> db) : db_(std::move(db)) {
  if (db_->writer_open) {
    throw StoreError("memory store: cannot start a transaction within a transaction");
  }
  working_ = db_->committed;
  db_->writer_open = true;
}

MemoryStoreWriter::~MemoryStoreWriter() {
  // Committed, the flag is already down and another writer may be open.
  if (!committed_) db_->writer_open = false;
}

const MemoryTables& MemoryStoreWriter::readable() const {
  // After commit the copy is gone (moved into the store); the SQLite
  // writer's connection likewise reads the committed database then.
  return committed_ ? db_->committed : working_;
}

void MemoryStoreWriter::check_open() const {
  if (committed_) throw StoreError("memory store: this write transaction was already committed");
}

MemoryTables& MemoryStoreWriter::writable() {
  check_open();
  return working_;
}

std::optional<Run> MemoryStoreWriter::run(const std::string& id) {
  return find_run(readable(), id);
}

std::optional<Task> MemoryStoreWriter::task(const std::string& id) {
  return find_task(readable(), id);
}

std::vector<Task> MemoryStoreWriter::tasks(const TaskQuery& query) {
  return select_tasks(readable(), query);
}

EventRecord MemoryStoreWriter::append(EventRecord event) {
  return append_event(writable(), std::move(event));
}

void MemoryStoreWriter::put_run(const Run& run) {
  duban::put_run(writable(), run);
}

void MemoryStoreWriter::put_task(const Task& task) {
  duban::put_task(writable(), task);
}

std::vector<PluginRecord> MemoryStoreWriter::records(const std::string& type) {
  return select_records(readable(), type);
}

std::optional<PluginRecord> MemoryStoreWriter::record(const std::string& type,
                                                      const std::string& id) {
  return find_record(readable(), type, id);
}

void MemoryStoreWriter::put_record(const PluginRecord& record) {
  duban::put_record(writable(), record);
}

std::vector<MemoryStoreWriter::Savepoint>::iterator MemoryStoreWriter::find_savepoint(
    const std::string& name) {
  auto newest = std::find_if(savepoints_.rbegin(), savepoints_.rend(),
                             [&](const Savepoint& savepoint) { return savepoint.name == name; });
  if (newest == savepoints_.rend()) throw StoreError("memory store: no such savepoint: " + name);
  return std::prev(newest.base());
}

void MemoryStoreWriter::savepoint(const std::string& name) {
  savepoints_.push_back({name, writable()});
}

void MemoryStoreWriter::release(const std::string& name) {
  check_open();
  // What was written since stays; the savepoint and those after it end.
  savepoints_.erase(find_savepoint(name), savepoints_.end());
}

void MemoryStoreWriter::rollback_to(const std::string& name) {
  MemoryTables& tables = writable();
  const auto savepoint = find_savepoint(name);
  tables = std::move(savepoint->tables);
  savepoints_.erase(savepoint, savepoints_.end());
}

void MemoryStoreWriter::commit() {
  db_->committed = std::move(writable());
  savepoints_.clear();
  committed_ = true;
  db_->writer_open = false;
}

}  // namespace duban
