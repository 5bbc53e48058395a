#pragma once
// Answers computed from the store, kept until the store changes. Every
// change appends an event, so the newest event id is the store's version:
// an entry built at another version is built again. Callers put in the key
// everything else the answer depends on (the period, the filters, "now"
// to the minute, as lights are assessed at it).
//
// One build per key and version: a request that finds the same answer
// being built waits for it instead of building it again, so the minute the
// clock turns (or the moment a task closes) costs one build, not one per
// waiting request on two cores.

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace duban::web {

template <class Value>
class VersionedCache {
 public:
  explicit VersionedCache(std::size_t capacity) : capacity_(capacity) {}

  /// The value for `key` at `version`, built by `build()` when missing or stale.
  template <class Build>
  std::shared_ptr<const Value> get(const std::string& key, std::int64_t version, Build&& build) {
    std::unique_lock lock(mutex_);
    for (;;) {
      Entry& entry = entries_[key];
      if (entry.value && entry.version == version) {
        ++hits_;
        return entry.value;
      }
      if (!entry.building) break;
      built_.wait(lock);  // someone builds it (or an older version): then look again
    }
    entries_[key].building = true;
    lock.unlock();
    std::shared_ptr<const Value> value;
    try {
      // Built outside the lock: other keys' hits must not wait for it.
      value = std::make_shared<const Value>(build());
    } catch (...) {
      lock.lock();
      entries_[key].building = false;
      built_.notify_all();
      throw;
    }
    lock.lock();
    ++misses_;
    if (entries_.size() > capacity_) forget_others(key);
    entries_[key] = {version, value, false};
    built_.notify_all();
    return value;
  }

  [[nodiscard]] std::int64_t hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
  }
  [[nodiscard]] std::int64_t misses() const {
    std::lock_guard lock(mutex_);
    return misses_;
  }

 private:
  struct Entry {
    std::int64_t version = 0;
    std::shared_ptr<const Value> value;
    bool building = false;
  };

  // Full: keep only what is being built (its waiters look for it).
  void forget_others(const std::string& keep) {
    std::erase_if(entries_, [&](const auto& e) { return e.first != keep && !e.second.building; });
  }

  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable built_;
  std::map<std::string, Entry> entries_;
  std::int64_t hits_ = 0;
  std::int64_t misses_ = 0;
};

}  // namespace duban::web
