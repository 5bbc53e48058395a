#pragma once
// Slows down guessing: after kFreeFailures failed log-ins for one name
// within kWindowMinutes, that name is locked for 1 minute, then 2, 4, 8 and
// at most 15 for each further failure. While locked every attempt, even
// with the right password, is answered 429 with Retry-After and costs no
// password check. A success clears the name. Counted per name as typed
// (known or not, so the answer tells nothing about who has an account), in
// the server's clock, so tests move time instead of sleeping.

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace duban::web {

class LoginThrottle {
 public:
  static constexpr int kFreeFailures = 5;
  static constexpr std::int64_t kWindowMinutes = 15;
  static constexpr std::int64_t kLongestLockMinutes = 15;
  /// Names remembered at most; beyond it the stale ones are forgotten.
  static constexpr std::size_t kMaxNames = 10000;

  /// Minutes until `name` may try again; 0 when it may now.
  [[nodiscard]] std::int64_t wait(const std::string& name, std::int64_t now) const;
  void failed(const std::string& name, std::int64_t now);
  void succeeded(const std::string& name);

 private:
  struct Record {
    int failures = 0;
    std::int64_t first_failure = 0;  ///< minute_number; the window starts here
    std::int64_t locked_until = 0;   ///< minute_number; no attempt before it
  };
  void forget_stale(std::int64_t now);

  mutable std::mutex mutex_;
  std::unordered_map<std::string, Record> names_;
};

}  // namespace duban::web
