#include "web/login_throttle.hpp"

#include <algorithm>

namespace duban::web {

std::int64_t LoginThrottle::wait(const std::string& name, std::int64_t now) const {
  std::lock_guard lock(mutex_);
  auto it = names_.find(name);
  if (it == names_.end()) return 0;
  return std::max<std::int64_t>(0, it->second.locked_until - now);
}

void LoginThrottle::failed(const std::string& name, std::int64_t now) {
  std::lock_guard lock(mutex_);
  if (names_.size() >= kMaxNames) forget_stale(now);
  Record& r = names_[name];
  if (r.failures == 0 || now - r.first_failure > kWindowMinutes) {
    r.failures = 0;
    r.first_failure = now;
  }
  ++r.failures;
  if (r.failures < kFreeFailures) return;
  const int doublings = std::min(r.failures - kFreeFailures, 4);
  const std::int64_t minutes =
      std::min<std::int64_t>(std::int64_t{1} << doublings, kLongestLockMinutes);
  // The clock counts whole minutes; one more makes the lock last at least
  // that many real minutes, whatever second of the minute it is.
  r.locked_until = now + minutes + 1;
  r.first_failure = now;  // the window runs on while the failures go on
}

void LoginThrottle::succeeded(const std::string& name) {
  std::lock_guard lock(mutex_);
  names_.erase(name);
}

void LoginThrottle::forget_stale(std::int64_t now) {
  std::erase_if(names_, [&](const auto& entry) {
    const Record& r = entry.second;
    return r.locked_until <= now && now - r.first_failure > kWindowMinutes;
  });
  if (names_.size() >= kMaxNames) names_.clear();  // a flood of names: start again
}

}  // namespace duban::web
