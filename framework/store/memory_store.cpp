// The in-memory store's reads outside a transaction: the committed tables.

#include "store/memory_store.hpp"

namespace duban {

MemoryStore::MemoryStore() : db_(std::make_shared<MemoryDatabase>()) {}

std::unique_ptr<StoreWriter> MemoryStore::write() {
  return std::make_unique<MemoryStoreWriter>(db_);
}

std::vector<Run> MemoryStore::runs() {
  return all_runs(db_->committed);
}

std::optional<Task> MemoryStore::task(const std::string& id) {
  return find_task(db_->committed, id);
}

std::vector<Task> MemoryStore::tasks(const TaskQuery& query) {
  return select_tasks(db_->committed, query);
}

std::vector<EventRecord> MemoryStore::events(const EventQuery& query) {
  return select_events(db_->committed, query);
}

std::vector<PluginRecord> MemoryStore::records(const std::string& type) {
  return select_records(db_->committed, type);
}

std::optional<PluginRecord> MemoryStore::record(const std::string& type, const std::string& id) {
  return find_record(db_->committed, type, id);
}

std::int64_t MemoryStore::last_event_id() {
  return duban::last_event_id(db_->committed);
}

}  // namespace duban
