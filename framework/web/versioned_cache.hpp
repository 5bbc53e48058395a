#pragma once
// Answers computed from the store, kept until the store changes. Every
// change appends an event, so the newest event id is the store's version:
// an entry built at another version is built again. Callers put in the key
// everything else the answer depends on (the period, the filters, "now"
// to the minute, as lights are assessed at it).

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

  /// The value for `key` at `version`, built by `build()` when missing or
  /// stale. Two threads missing at once may both build; one result is kept.
  template <class Build>
  std::shared_ptr<const Value> get(const std::string& key, std::int64_t version, Build&& build) {
    {
      std::lock_guard lock(mutex_);
      auto it = entries_.find(key);
      if (it != entries_.end() && it->second.version == version) {
        ++hits_;
        return it->second.value;
      }
    }
    // Built outside the lock: a slow build must not hold up the hits.
    auto value = std::make_shared<const Value>(build());
    std::lock_guard lock(mutex_);
    ++misses_;
    if (entries_.size() >= capacity_) entries_.clear();
    entries_[key] = {version, value};
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
  };
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  std::int64_t hits_ = 0;
  std::int64_t misses_ = 0;
};

}  // namespace duban::web
