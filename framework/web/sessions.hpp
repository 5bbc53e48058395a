#pragma once
// Who is logged in: sessions held in the server's memory (a restart logs
// everyone out), found by the random id in the session cookie. Each has its
// own CSRF token, which every state-changing request must echo.

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace duban::web {

struct Session {
  std::string id;              ///< the cookie's value: 32 random bytes, hex
  std::string person;          ///< who logged in
  std::string csrf;            ///< 32 random bytes, hex; sent back in X-CSRF-Token or _csrf
  std::int64_t started = 0;    ///< minute_number of the log-in
  std::int64_t last_seen = 0;  ///< minute_number of the last request
};

class SessionTable {
 public:
  /// A session ends after this long without a request (a working day).
  static constexpr std::int64_t kIdleMinutes = std::int64_t{8} * 60;
  /// … and this long after the log-in, whatever happens.
  static constexpr std::int64_t kLongestMinutes = std::int64_t{12} * 60;

  Session open(const std::string& person, std::int64_t now);
  /// The live session with this id, its last_seen moved to `now`; an
  /// expired one is removed and not returned.
  std::optional<Session> find(const std::string& id, std::int64_t now);
  void close(const std::string& id);
  [[nodiscard]] std::size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Session> sessions_;
};

}  // namespace duban::web
